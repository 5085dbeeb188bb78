/**
 * Pull diagnostics (LSP 3.17), debounced. An edit during the wait makes the request stale: it is
 * answered ServerCancelled (-32802) with `retriggerRequest`, so the client asks again for the new
 * version; a `$/cancelRequest` from the client is answered RequestCancelled (-32800).
 */
import { DiagnosticSeverity, DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver';
import { severityOverridesFor, toLspDiagnostic } from '../convert';
import type { Feature } from '../feature';
import { guard } from '../guard';
import { MAX_FINDINGS_PER_DOCUMENT } from '../limits';

/**
 * The first MAX_FINDINGS_PER_DOCUMENT findings (the analysis sorts them by position), then one
 * that says how many were left out, where the first of them starts.
 */
export function boundFindings(items: Diagnostic[], language: 'fr' | 'en'): Diagnostic[] {
  if (items.length <= MAX_FINDINGS_PER_DOCUMENT) return items;
  const hidden = items.length - MAX_FINDINGS_PER_DOCUMENT;
  const start = items[MAX_FINDINGS_PER_DOCUMENT]!.range.start;
  const message = language === 'en'
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

export const diagnosticsFeature: Feature = {
  name: 'diagnostics',
  capabilities: { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } },
  register(ctx) {
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    ctx.connection.languages.diagnostics.on(
      guard('diagnostics', ctx.log, empty, async (params, token) => {
        const document = ctx.documents.get(params.textDocument.uri);
        if (!document) return empty;
        const version = document.version;
        const wait = ctx.workspace.settings.debounceMs;
        if (wait > 0) await delay(wait);
        // The client gave up on this request: say so, it does not want an answer.
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Demande annulée par le client');
        const current = ctx.documents.get(params.textDocument.uri);
        if (!current || current.version !== version) {
          // Stale: the client asks again for the new version.
          throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Document modifié pendant l\'analyse', { retriggerRequest: true });
        }
        const analysis = ctx.workspace.analysis(current);
        const settings = ctx.workspace.settings;
        const overrides = severityOverridesFor(params.textDocument.uri, settings, ctx.log);
        const items = analysis.diagnostics.map((d) => toLspDiagnostic(analysis, d, settings, overrides)).filter((d): d is NonNullable<typeof d> => d !== null);
        return { kind: DocumentDiagnosticReportKind.Full, items: boundFindings(items, settings.language) };
      }),
    );
  },
};
