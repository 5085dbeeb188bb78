/**
 * The server's state: open documents, their analyses (one per version, computed on demand), the
 * last good analysis of each, and the settings. Features read from here; nothing here knows LSP.
 */
import { analyze, AnalysisMemo, type Analysis } from '../core/analyze';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export interface OpenDocument {
  uri: string;
  version: number;
  getText(): string;
}

export class GrilleWorkspace {
  settings: Settings = DEFAULT_SETTINGS;
  private readonly cache = new Map<string, { version: number; analysis: Analysis }>();
  private readonly lastGood = new Map<string, Analysis>();
  /** Per document: a keystroke re-parses, re-models and re-checks only the blocks it changed. */
  private readonly memos = new Map<string, AnalysisMemo>();

  constructor(private readonly log: (message: string) => void = () => undefined) {}

  /** The analysis of this version; if analysing throws, the last good one (never a crash). */
  analysis(document: OpenDocument): Analysis {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    try {
      let memo = this.memos.get(document.uri);
      if (!memo) this.memos.set(document.uri, (memo = new AnalysisMemo()));
      const analysis = analyze(document.getText(), { memo });
      this.cache.set(document.uri, { version: document.version, analysis });
      if (analysis.document.errors.length === 0) this.lastGood.set(document.uri, analysis);
      return analysis;
    } catch (error) {
      this.log(`Analyse impossible de ${document.uri} : ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      // The memo may be half updated: the next analysis starts afresh.
      this.memos.delete(document.uri);
      const fallback = this.lastGood.get(document.uri) ?? analyze('');
      return fallback;
    }
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
    this.lastGood.delete(uri);
    this.memos.delete(uri);
  }
}
