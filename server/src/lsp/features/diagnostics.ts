/**
 * Pull diagnostics (LSP 3.17), debounced: by default only while the document's analysis is slow
 * (`grille.debounce`, settings.ts: `debounceWait`). An edit during the wait makes the request stale: it is
 * answered ServerCancelled (-32802) with `retriggerRequest`, so the client asks again for the new
 * version; a `$/cancelRequest` from the client is answered RequestCancelled (-32800).
 *
 * Fast findings first: while the full analysis of the text is not there, a pull answers the fast
 * one's findings (no example computed, so no GR401–GR403); the full analysis runs right after the
 * answer, and the server asks the client to pull again (`workspace/diagnostic/refresh`), which then
 * gets the full findings. Once the full analysis is there, a pull answers it: fast findings never
 * replace the full ones of the same text (docs/language-server.md, « Fast findings first »).
 */
import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type Diagnostic,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import { commonPrefix, commonSuffix, isSlow, type Analysis, type Diagnostic as CoreDiagnostic } from '../../core';
import { severityOverridesFor, toLspDiagnostic } from '../convert';
import type { Feature, FeatureContext } from '../feature';
import { guard } from '../guard';
import { MAX_FINDINGS_PER_DOCUMENT } from '../limits';
import { debounceWait } from '../settings';

/**
 * The first MAX_FINDINGS_PER_DOCUMENT findings (the analysis sorts them by position), then one
 * that says how many were left out, where the first of them starts.
 */
export function boundFindings(items: Diagnostic[], language: 'fr' | 'en'): Diagnostic[] {
  if (items.length <= MAX_FINDINGS_PER_DOCUMENT) return items;
  const hidden = items.length - MAX_FINDINGS_PER_DOCUMENT;
  const start = items[MAX_FINDINGS_PER_DOCUMENT]!.range.start;
  const message =
    language === 'en'
      ? `${hidden} more findings not shown (at most ${MAX_FINDINGS_PER_DOCUMENT} per document).`
      : `${hidden} autres constats non affichés (au plus ${MAX_FINDINGS_PER_DOCUMENT} par document).`;
  const summary: Diagnostic = { range: { start, end: start }, severity: DiagnosticSeverity.Information, source: 'grille', message };
  return [...items.slice(0, MAX_FINDINGS_PER_DOCUMENT), summary];
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref?.();
  });
}

/**
 * Runs `task` once the answer being computed has gone out, and after the messages already read
 * (the next keystroke's `didChange`). vscode-jsonrpc handles each message and writes each answer
 * from a `setImmediate` queued after the handler returns: a first turn lets those run, a second
 * one starts the task after them.
 */
function afterTheAnswer(task: () => void): void {
  setImmediate(() => setImmediate(task));
}

/**
 * The full analyses to come, and whether the client shows fast findings: per document, the text
 * whose full analysis is scheduled, and the text whose last answer was the fast findings.
 */
class FullAnalysisScheduler {
  private readonly scheduled = new Map<string, string>();
  private readonly answeredFast = new Map<string, string>();

  constructor(private readonly ctx: FeatureContext) {}

  answered(uri: string, text: string, complete: boolean): void {
    if (complete) {
      this.answeredFast.delete(uri);
      return;
    }
    this.answeredFast.set(uri, text);
    if (this.scheduled.get(uri) === text) return;
    this.scheduled.set(uri, text);
    afterTheAnswer(() => this.run(uri, text));
  }

  private run(uri: string, text: string): void {
    if (this.scheduled.get(uri) === text) this.scheduled.delete(uri);
    const showsFastFindings = this.answeredFast.get(uri) === text;
    if (showsFastFindings) this.answeredFast.delete(uri);
    const document = this.ctx.documents.get(uri);
    // Superseded (edited or closed since): never analysed in full; the new text's pull schedules its own.
    if (!document || document.getText() !== text) return;
    // Already there if a feature needed it meanwhile (inlay hints); the client may still show the fast findings.
    this.ctx.workspace.fullAnalysis(document);
    if (!showsFastFindings) return;
    this.ctx.connection.languages.diagnostics.refresh().catch((error: unknown) => {
      this.ctx.log(`Rafraîchissement des diagnostics refusé : ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}

/**
 * The slow findings of each document's last full analysis, with its text. A fast answer for a
 * later text carries them over where the edit did not touch them (moved with the text after it),
 * so a GR401 does not blink off and on at each keystroke elsewhere in the grid; the full analysis
 * of the new text replaces them one round trip later.
 */
class SlowFindingsCarry {
  private readonly byDocument = new Map<string, { text: string; findings: CoreDiagnostic[] }>();

  remember(uri: string, analysis: Analysis): void {
    // Ranges copied: an analysis's ranges are the tree's, moved in place by the next analysis made with the memo.
    const findings = analysis.diagnostics.filter((d) => isSlow(d.code)).map((d) => ({ ...d, range: { start: d.range.start, end: d.range.end }, fixes: [] }));
    this.byDocument.set(uri, { text: analysis.text, findings });
  }

  forget(uri: string): void {
    this.byDocument.delete(uri);
  }

  /** The remembered slow findings, moved into `text`; those the edit overlaps are dropped. */
  carried(uri: string, text: string): CoreDiagnostic[] {
    const last = this.byDocument.get(uri);
    if (!last || last.findings.length === 0) return [];
    const old = last.text;
    const prefix = commonPrefix(old, text);
    const changedEnd = old.length - commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
    const by = text.length - old.length;
    const out: CoreDiagnostic[] = [];
    for (const d of last.findings) {
      if (d.range.end <= prefix && d.range.end < changedEnd) out.push(d);
      else if (d.range.start >= changedEnd && d.range.start > prefix) out.push({ ...d, range: { start: d.range.start + by, end: d.range.end + by } });
    }
    return out;
  }
}

export const diagnosticsFeature: Feature = {
  name: 'diagnostics',
  capabilities: { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } },
  register(ctx) {
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const fullAnalyses = new FullAnalysisScheduler(ctx);
    const carry = new SlowFindingsCarry();
    ctx.documents.onDidClose((event) => carry.forget(event.document.uri));
    ctx.connection.languages.diagnostics.on(
      guard('diagnostics', ctx.log, empty, async (params, token) => {
        const document = ctx.documents.get(params.textDocument.uri);
        if (!document) return empty;
        const version = document.version;
        // Adaptive (the default): no wait while this document's analysis is fast (settings.ts).
        const wait = debounceWait(ctx.workspace.settings, ctx.workspace.lastAnalysisMs(document.uri, !ctx.canRefreshDiagnostics()));
        if (wait > 0) await delay(wait);
        // The client gave up on this request: say so, it does not want an answer.
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Demande annulée par le client');
        const current = ctx.documents.get(params.textDocument.uri);
        if (!current || current.version !== version) {
          // Stale: the client asks again for the new version.
          throw new ResponseError(LSPErrorCodes.ServerCancelled, "Document modifié pendant l'analyse", { retriggerRequest: true });
        }
        // A client that cannot be asked to pull again gets the full findings at once.
        const analysis = ctx.canRefreshDiagnostics() ? ctx.workspace.analysis(current) : ctx.workspace.fullAnalysis(current);
        const settings = ctx.workspace.settings;
        const overrides = severityOverridesFor(params.textDocument.uri, settings, ctx.log);
        const complete = ctx.workspace.hasFullAnalysis(current);
        if (complete) carry.remember(current.uri, analysis);
        const findings = complete
          ? analysis.diagnostics
          : [...analysis.diagnostics, ...carry.carried(current.uri, current.getText())].sort(
              (a, b) => a.range.start - b.range.start || a.range.end - b.range.end,
            );
        // Converted now: the full analysis of the same text, run after this answer, changes nothing in it.
        const items = findings.map((d) => toLspDiagnostic(analysis, d, settings, overrides)).filter((d): d is NonNullable<typeof d> => d !== null);
        fullAnalyses.answered(current.uri, current.getText(), complete);
        return { kind: DocumentDiagnosticReportKind.Full, items: boundFindings(items, settings.language) };
      }),
    );
  },
};
