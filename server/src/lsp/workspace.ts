/**
 * The server's state: open documents, their analyses (one per text, computed on demand), the
 * last good analysis of each, and the settings. Features read from here; nothing here knows LSP.
 */
import { type Analysis, AnalysisMemo, analyze, type Diagnostic, isBinaryContent, LineIndex, severityOf } from '../core';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export interface OpenDocument {
  uri: string;
  version: number;
  getText(): string;
}

export class GrilleWorkspace {
  settings: Settings = DEFAULT_SETTINGS;
  /**
   * The analysis of each document's current text. Keyed by the text itself, not the version: a
   * client that reuses a version number must not be served the analysis of an older text. The
   * comparison is cheap: the document hands out the same string until it changes.
   */
  private readonly cache = new Map<string, { text: string; analysis: Analysis }>();
  /** The last analysis that completed, whatever its findings: what a failed analysis falls back on. */
  private readonly lastCompleted = new Map<string, Analysis>();
  /** The last analysis without syntax errors (see `stableAnalysis`). */
  private readonly lastGood = new Map<string, Analysis>();
  /** Per document: a keystroke re-parses, re-models and re-checks only the blocks it changed. */
  private readonly memos = new Map<string, AnalysisMemo>();
  /** Test hook (GRILLE_TEST_FAULTS=1 only): the next analysis of these documents throws. */
  readonly injectedFaults = new Set<string>();

  constructor(private readonly log: (message: string) => void = () => undefined) {}

  /**
   * The analysis of the document's current text. Binary content is not analysed: one finding says
   * so. If analysing throws, the failure is logged and the last analysis that completed answers,
   * read against the current text; with none, one internal-error finding, never an invented one.
   */
  analysis(document: OpenDocument): Analysis {
    const text = document.getText();
    const cached = this.cache.get(document.uri);
    if (cached && cached.text === text) return cached.analysis;
    let analysis: Analysis;
    if (isBinaryContent(text)) {
      analysis = placeholderAnalysis(text, binaryContent());
    } else {
      try {
        analysis = this.analyzeWithMemo(document.uri, text);
        this.lastCompleted.set(document.uri, analysis);
        if (analysis.document.errors.length === 0) this.lastGood.set(document.uri, analysis);
      } catch (error) {
        this.log(`Analyse impossible de ${document.uri} : ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        // The memo may be half updated: the next analysis starts afresh.
        this.memos.delete(document.uri);
        analysis = this.fallback(document.uri, text);
      }
    }
    // A failed analysis is cached too: every feature asks for it, and it would fail again.
    this.cache.set(document.uri, { text, analysis });
    return analysis;
  }

  private analyzeWithMemo(uri: string, text: string): Analysis {
    if (this.injectedFaults.delete(uri)) throw new Error(`panne injectée dans l'analyse de ${uri}`);
    let memo = this.memos.get(uri);
    if (!memo) this.memos.set(uri, (memo = new AnalysisMemo()));
    return analyze(text, { memo });
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
