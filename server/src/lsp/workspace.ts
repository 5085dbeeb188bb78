/**
 * The server's state: open documents, their analyses (per text: the fast one, then the full one,
 * computed on demand), the last good analysis of each, and the settings. Features read from here;
 * nothing here knows LSP.
 */
import { type Analysis, AnalysisMemo, analyze, type Diagnostic, isBinaryContent, LineIndex, severityOf } from '../core';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export interface OpenDocument {
  uri: string;
  version: number;
  getText(): string;
}

/**
 * The analysis of one text of a document. The fast one (`slowRules: false`: no example computed, no
 * GR401–GR403) comes first; the full one replaces it (docs/language-server.md, « Fast findings
 * first »).
 */
interface TextAnalysis {
  text: string;
  analysis: Analysis;
  /** Whether `analysis` is final for this text: the full analysis, or what stands for it (binary content, a failure's fallback). */
  complete: boolean;
}

/** Which analysis a test fault hits: the next one whichever it is, or only the next fast or full one. */
export type FaultPhase = 'any' | 'fast' | 'full';

export class GrilleWorkspace {
  settings: Settings = DEFAULT_SETTINGS;
  /** The client runs the « Expliquer » command from a link in a hover (InitializationOptions.explainCommand). */
  explainLinks = false;
  /**
   * The analysis of each document's current text. Keyed by the text itself, not the version: a
   * client that reuses a version number must not be served the analysis of an older text. The
   * comparison is cheap: the document hands out the same string until it changes.
   */
  private readonly cache = new Map<string, TextAnalysis>();
  /** The last analysis that completed, fast or full, whatever its findings: what a failed analysis falls back on. */
  private readonly lastCompleted = new Map<string, Analysis>();
  /** The last analysis without syntax errors (see `stableAnalysis`). */
  private readonly lastGood = new Map<string, Analysis>();
  /** Per document: a keystroke re-parses, re-models and re-checks only the blocks it changed. */
  private readonly memos = new Map<string, AnalysisMemo>();
  /** Per document: how long its last analysis took, fast and full (ms), for the adaptive debounce. */
  private readonly durations = new Map<string, { fast?: number; full?: number }>();
  /** Test hook (GRILLE_TEST_FAULTS=1 only): the next analysis of these documents (of that phase) throws. */
  readonly injectedFaults = new Map<string, FaultPhase>();

  constructor(private readonly log: (message: string) => void = () => undefined) {}

  /**
   * The current analysis of the document's text, full or fast: for the features that do not read
   * the examples' outcomes. When the text has none yet, the fast one is computed.
   */
  analysis(document: OpenDocument): Analysis {
    return this.analysisOfText(document, false).analysis;
  }

  /**
   * The full analysis of the document's text (examples computed, GR401–GR403 checked): computed now
   * if only the fast one is there, and it replaces it as the current analysis.
   */
  fullAnalysis(document: OpenDocument): Analysis {
    return this.analysisOfText(document, true).analysis;
  }

  /** How long the document's last fast (or full) analysis took, ms; undefined before the first. */
  lastAnalysisMs(uri: string, full: boolean): number | undefined {
    const durations = this.durations.get(uri);
    return full ? durations?.full : durations?.fast;
  }

  /** Whether the current text's analysis is final: a diagnostics pull can answer it with nothing to come. */
  hasFullAnalysis(document: OpenDocument): boolean {
    const cached = this.cache.get(document.uri);
    return cached !== undefined && cached.text === document.getText() && cached.complete;
  }

  /**
   * Binary content is not analysed: one finding says so. If analysing throws, the failure is
   * logged and the last analysis that completed answers, read against the current text; with none,
   * one internal-error finding, never an invented one. Either is final for this text.
   */
  private analysisOfText(document: OpenDocument, full: boolean): TextAnalysis {
    const text = document.getText();
    const cached = this.cache.get(document.uri);
    if (cached && cached.text === text && (cached.complete || !full)) return cached;
    let entry: TextAnalysis;
    if (isBinaryContent(text)) {
      entry = { text, analysis: placeholderAnalysis(text, binaryContent()), complete: true };
    } else {
      try {
        // Same memo for both: the full analysis of the text the fast one just read re-parses and
        // re-models nothing, and moves nothing, so the fast findings already answered stay exact.
        const started = performance.now();
        const analysis = this.analyzeWithMemo(document.uri, text, full);
        const ms = performance.now() - started;
        const durations = this.durations.get(document.uri) ?? {};
        if (full) durations.full = ms;
        else durations.fast = ms;
        this.durations.set(document.uri, durations);
        this.lastCompleted.set(document.uri, analysis);
        if (analysis.document.errors.length === 0) this.lastGood.set(document.uri, analysis);
        entry = { text, analysis, complete: full };
      } catch (error) {
        this.log(
          `Analyse impossible de ${document.uri} (analyse ${full ? 'complète' : 'rapide'}) : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        // The memo may be half updated: the next analysis starts afresh.
        this.memos.delete(document.uri);
        // Final for this text: every feature asks for it, and it would fail again.
        entry = { text, analysis: this.fallback(document.uri, text), complete: true };
      }
    }
    this.cache.set(document.uri, entry);
    return entry;
  }

  private analyzeWithMemo(uri: string, text: string, full: boolean): Analysis {
    const fault = this.injectedFaults.get(uri);
    if (fault === 'any' || fault === (full ? 'full' : 'fast')) {
      this.injectedFaults.delete(uri);
      throw new Error(`panne injectée dans l'analyse ${full ? 'complète' : 'rapide'} de ${uri}`);
    }
    let memo = this.memos.get(uri);
    if (!memo) this.memos.set(uri, (memo = new AnalysisMemo()));
    return analyze(text, { memo, slowRules: full });
  }

  /**
   * The last analysis that completed, read against the current text as `stableAnalysis` reads the
   * last good one: its ranges land on the lines the edits since did not move.
   */
  private fallback(uri: string, text: string): Analysis {
    const last = this.lastCompleted.get(uri);
    if (last) return { ...last, text, lineIndex: new LineIndex(text) };
    return placeholderAnalysis(text, analysisFailed());
  }

  /**
   * For features that show the document's structure (outline, folding, « Expliquer » lenses): while
   * the text has syntax errors (a line mid-edit, an unclosed quote in the header), the last analysis
   * without any, so the outline does not collapse and the lenses stay put. Only when it has as many
   * lines as the current text, so its ranges still land on the right lines; otherwise the current one.
   *
   * The two share the blocks the edits since did not touch, and those have been moved to the
   * current text's offsets (see `AnalysisMemo`), so the last good analysis is read against the
   * current text and its line index: exact for every block but the ones edited since, which keep
   * the offsets of the text they were parsed from.
   */
  stableAnalysis(document: OpenDocument): Analysis {
    const current = this.analysis(document);
    if (current.document.errors.length === 0) return current;
    const good = this.lastGood.get(document.uri);
    return good && good.lineIndex.lineCount === current.lineIndex.lineCount ? { ...good, text: current.text, lineIndex: current.lineIndex } : current;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.lastCompleted.delete(uri);
    this.lastGood.delete(uri);
    this.memos.delete(uri);
    this.durations.delete(uri);
  }
}

/**
 * An analysis of nothing (no header, no line, no example) over the document's text, with the one
 * finding given: features answer empty, the finding says why.
 */
function placeholderAnalysis(text: string, finding: Diagnostic): Analysis {
  return { ...analyze(''), text, lineIndex: new LineIndex(text), diagnostics: [finding] };
}

function binaryContent(): Diagnostic {
  return {
    code: 'GR102',
    severity: severityOf('GR102'),
    message: "Ce fichier n'est pas une grille : contenu binaire (caractère nul). Il n'est pas analysé.",
    messageEn: 'This file is not a grid: binary content (a NUL character). It is not analysed.',
    range: { start: 0, end: 0 },
  };
}

function analysisFailed(): Diagnostic {
  return {
    code: 'GR000',
    severity: severityOf('GR000'),
    message: "Analyse impossible : erreur interne du serveur Grille (détails dans la sortie « Grille »). Aucun constat n'est affiché pour ce document.",
    messageEn: 'Analysis failed: internal error of the Grille server (details in the « Grille » output). No finding is shown for this document.',
    range: { start: 0, end: 0 },
  };
}
