/**
 * A quick fix that keeps the printed table aligned. A fix edits a cell (« 100 % BX » → « 100 % BR »,
 * a wrong figure → the computed one); when the new text is wider or narrower, the rows around it,
 * aligned before, would no longer line up. The fix's edits are applied, the result is laid out by
 * the formatter, and the formatter's changes are kept only on the rows of the sections the fix
 * touched that were already laid out as the formatter would: a row the author left unaligned is
 * not rewritten by a fix they did not ask to reformat it.
 */
import { analyze, commonPrefix, commonSuffix, type Analysis, type TextEdit } from '../core';
import { formatGrid } from './formatting';

/** The text with non-overlapping edits applied (any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.range.start) + e.newText;
    at = e.range.end;
  }
  return out + text.slice(at);
}

/** The lines (0-based) an edit list changes in the text it applies to. */
function linesOf(analysis: Analysis, edits: readonly TextEdit[]): Set<number> {
  const lines = new Set<number>();
  for (const e of edits) {
    const first = analysis.lineIndex.positionAt(e.range.start).line;
    const last = analysis.lineIndex.positionAt(e.range.end).line;
    for (let n = first; n <= last; n++) lines.add(n);
  }
  return lines;
}

/** The sections (by their first line) of the guarantee lines on the given source lines. */
function sectionsOn(analysis: Analysis, lines: ReadonlySet<number>): Map<number, unknown> {
  const sectionOfLine = new Map<number, unknown>();
  for (const model of analysis.model.lines) {
    const first = analysis.lineIndex.positionAt(model.node.range.start).line;
    const last = analysis.lineIndex.positionAt(model.node.range.end).line;
    for (let n = first; n <= last; n++) sectionOfLine.set(n, model.section);
  }
  const touched = new Set<unknown>();
  for (const n of lines) if (sectionOfLine.has(n)) touched.add(sectionOfLine.get(n));
  const result = new Map<number, unknown>();
  for (const [n, section] of sectionOfLine) if (touched.has(section)) result.set(n, section);
  return result;
}

/**
 * The fix's edits, plus the realignment of the rows it shifted, as edits of `analysis.text`.
 * Without anything to realign, the fix's own edits unchanged.
 */
export function alignedFixEdits(analysis: Analysis, edits: readonly TextEdit[]): TextEdit[] {
  if (edits.length === 0) return [];
  const before = analysis.text;
  const fixed = applyEdits(before, edits);
  const next = analyze(fixed, { slowRules: false });
  // Line numbers of the fixed text: the same before the first edited line; shifted by the change
  // in line count after the last one; in between, the same when the fix adds or removes no line,
  // else lines the fix wrote (laid out freely).
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  const firstLine = analysis.lineIndex.positionAt(sorted[0]!.range.start).line;
  const lastLine = analysis.lineIndex.positionAt(sorted[sorted.length - 1]!.range.end).line;
  const shift = next.lineIndex.lineCount - analysis.lineIndex.lineCount;
  const oldLineOf = (n: number): number | null => (n < firstLine || shift === 0 ? n : n > lastLine + shift ? n - shift : null);

  const unaligned = linesOf(analysis, formatGrid(analysis));
  const fixLines = new Set<number>();
  for (let n = firstLine; n <= lastLine + shift; n++) fixLines.add(n);
  const region = sectionsOn(next, fixLines);
  const kept = formatGrid(next).filter((e) => {
    const n = next.lineIndex.positionAt(e.range.start).line;
    if (!region.has(n)) return false;
    const old = oldLineOf(n);
    return old === null || !unaligned.has(old);
  });
  if (kept.length === 0) return [...edits];
  const after = applyEdits(fixed, kept);
  // One edit from the first changed character to the last.
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
  return [{ range: { start: prefix, end: before.length - suffix }, newText: after.slice(prefix, after.length - suffix) }];
}
