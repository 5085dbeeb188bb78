/**
 * Parse, full analysis and previews of a visible range, per simulated keystroke, on the realistic
 * grids (generate-grid.ts: `realisticGrid`); and ms per MB of a cold analysis against `JSON.parse`
 * of the same grid as JSON.
 *
 * The keystroke path is the language server's: `analyze(text, { memo })` with the memo the server
 * keeps per document (server/src/lsp/workspace.ts), then `previews` for the 60 lines on screen
 * (what the inlay hints ask for). « parse » is the parse alone, with a memo of its own.
 */
import { analyze, AnalysisMemo } from '../server/src/core/analyze';
import { parse, SyntaxMemo } from '../server/src/core/syntax/blocks';
import { previews } from '../server/src/services/previews';
import { realisticGrid } from './generate-grid';
import { gridToJson } from './lib/grid-json';
import { KeystrokeSequence } from './lib/keystrokes';
import { MB, medianMs, summarize, timed, type Summary } from './lib/stats';

export const VISIBLE_LINES = 60;

export interface AnalysisResult {
  lines: number;
  bytes: number;
  jsonBytes: number;
  findings: number;
  keystroke: { parse: Summary; analysis: Summary; previews: Summary; previewCount: number };
  /** Cold: the whole text, no memo. */
  cold: { parseMs: number; analysisMs: number; jsonParseMs: number };
  perMB: { parse: number; analysis: number; jsonParse: number };
  /** ms per MB of the grid ÷ ms per MB of the JSON (how many times slower than JSON.parse). */
  vsJson: { parse: number; analysis: number };
}

export interface AnalysisOptions {
  keystrokes: number;
  coldRuns: number;
}

/** At least 300 keystrokes per p95; cold runs for a stable median. */
export function defaultAnalysisOptions(lines: number): AnalysisOptions {
  if (lines <= 1000) return { keystrokes: 300, coldRuns: 21 };
  if (lines <= 5000) return { keystrokes: 300, coldRuns: 11 };
  return { keystrokes: 100, coldRuns: 5 };
}

export function benchAnalysis(lines: number, options: AnalysisOptions = defaultAnalysisOptions(lines)): AnalysisResult {
  const original = realisticGrid(lines);
  const bytes = Buffer.byteLength(original);
  const json = JSON.stringify(gridToJson(parse(original), original));
  const jsonBytes = Buffer.byteLength(json);

  const cold = {
    parseMs: medianMs(() => parse(original), options.coldRuns),
    analysisMs: medianMs(() => analyze(original), options.coldRuns),
    jsonParseMs: medianMs(() => JSON.parse(json), Math.max(options.coldRuns, 20)),
  };

  // The editing session: the server's memo, warmed by opening the document.
  const memo = new AnalysisMemo();
  const parseMemo = new SyntaxMemo();
  const edits = new KeystrokeSequence(original);
  let analysis = analyze(edits.current, { memo });
  parseMemo.parse(edits.current);
  const findings = analysis.diagnostics.length;
  const parseTimes: number[] = [];
  const analysisTimes: number[] = [];
  const previewTimes: number[] = [];
  let previewCount = 0;
  for (let i = 0; i < options.keystrokes; i++) {
    const { keystroke, text } = edits.next();
    parseTimes.push(timed(() => parseMemo.parse(text)).ms);
    const run = timed(() => analyze(text, { memo }));
    analysisTimes.push(run.ms);
    analysis = run.value;
    // The screen shows the edited line with the 60 lines around it.
    const first = Math.max(0, keystroke.line - VISIBLE_LINES / 2);
    const range = {
      start: analysis.lineIndex.lineStart(first),
      end: analysis.lineIndex.lineEnd(Math.min(analysis.lineIndex.lineCount - 1, first + VISIBLE_LINES - 1)),
    };
    const shown = timed(() => previews(analysis, range));
    previewTimes.push(shown.ms);
    previewCount = shown.value.length;
  }

  const perMB = { parse: cold.parseMs / (bytes / MB), analysis: cold.analysisMs / (bytes / MB), jsonParse: cold.jsonParseMs / (jsonBytes / MB) };
  return {
    lines,
    bytes,
    jsonBytes,
    findings,
    keystroke: { parse: summarize(parseTimes), analysis: summarize(analysisTimes), previews: summarize(previewTimes), previewCount },
    cold,
    perMB,
    vsJson: { parse: perMB.parse / perMB.jsonParse, analysis: perMB.analysis / perMB.jsonParse },
  };
}

if (require.main === module) {
  for (const lines of [1000, 5000]) console.log(JSON.stringify(benchAnalysis(lines)));
}
