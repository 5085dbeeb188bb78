/**
 * Fixture runner for the service tests: an input grid with markers in
 * `test/services/fixtures/<feature>/<name>.grille`, the service's answer rendered as plain text,
 * compared with `<name>.expected` next to it. With `UPDATE_EXPECT=1` in the environment the expected
 * file is rewritten instead, so an intended change is one command and a reviewable diff.
 *
 * Markers (never part of a grid, stripped before analysis): `‸` a cursor, `⟦…⟧` a range.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { it, type TestContext } from 'node:test';
import type { Analysis } from '../../server/src/core/analyze';
import type { Span } from '../../server/src/core/syntax/text';
import { repoRoot } from '../helpers';

export const CURSOR = '‸';
export const RANGE_OPEN = '⟦';
export const RANGE_CLOSE = '⟧';

export interface MarkedInput {
  /** The grid with the markers removed: what the services see. */
  text: string;
  /** Offsets of the `‸` markers in `text`, in order. */
  cursors: number[];
  /** Spans of the `⟦…⟧` markers in `text`, in order of their opening. */
  ranges: Span[];
}

/** Strips the markers and remembers where they were (offsets in the stripped text). */
export function parseMarkers(marked: string): MarkedInput {
  const cursors: number[] = [];
  const ranges: Span[] = [];
  const open: number[] = [];
  let text = '';
  for (const char of marked) {
    if (char === CURSOR) cursors.push(text.length);
    else if (char === RANGE_OPEN) open.push(text.length);
    else if (char === RANGE_CLOSE) {
      const start = open.pop();
      if (start === undefined) throw new Error(`« ${RANGE_CLOSE} » without « ${RANGE_OPEN} » at offset ${text.length}`);
      ranges.push({ start, end: text.length });
    } else text += char;
  }
  if (open.length > 0) throw new Error(`« ${RANGE_OPEN} » never closed (offset ${open[0]})`);
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, cursors, ranges };
}

export const UPDATE = process.env.UPDATE_EXPECT === '1';
const UPDATE_COMMAND = 'UPDATE_EXPECT=1 npm test  (or, after `npx tsc -p .`: UPDATE_EXPECT=1 node --test out/test/services/*.test.js)';

/** The fixture folder of a feature, in the source tree (tests run compiled, from out/). */
export function fixtureFolder(feature: string): string {
  return path.join(repoRoot(), 'test', 'services', 'fixtures', feature);
}

function relative(file: string): string {
  return path.relative(repoRoot(), file).split(path.sep).join('/');
}

/**
 * Compares `actual` with the expected file, or rewrites it in update mode. A mismatch fails with
 * node's line diff of the two strings and the command that accepts the change.
 */
export function expectFile(expectedFile: string, actual: string, t?: TestContext): void {
  const exists = fs.existsSync(expectedFile);
  const expected = exists ? fs.readFileSync(expectedFile, 'utf8') : null;
  if (UPDATE) {
    if (expected !== actual) {
      fs.writeFileSync(expectedFile, actual);
      const note = `${exists ? 'updated' : 'created'} ${relative(expectedFile)}`;
      if (t) t.diagnostic(note);
      else console.log(note);
    }
    return;
  }
  if (expected === null) assert.fail(`no expected file ${relative(expectedFile)}: create it with\n  ${UPDATE_COMMAND}\nthen read it, it is the spec.`);
  try {
    assert.equal(actual, expected);
  } catch (error) {
    // Keep node's diff (actual +, expected -) and say how to accept an intended change.
    if (error instanceof assert.AssertionError) error.message += `\n\n${relative(expectedFile)} differs. If the change is intended: ${UPDATE_COMMAND}`;
    throw error;
  }
}

export interface Fixture {
  name: string;
  inputFile: string;
  expectedFile: string;
  input: MarkedInput;
}

/** The `.grille` inputs of a feature's folder, sorted by name. */
export function fixturesOf(feature: string): Fixture[] {
  const folder = fixtureFolder(feature);
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.grille'))
    .sort()
    .map((f) => {
      const inputFile = path.join(folder, f);
      const name = f.slice(0, -'.grille'.length);
      return { name, inputFile, expectedFile: path.join(folder, `${name}.expected`), input: parseMarkers(fs.readFileSync(inputFile, 'utf8')) };
    });
}

/**
 * One test per fixture of the feature, plus one that the folder is not empty and has no expected
 * file left without its input (in update mode such a file is deleted).
 */
export function fixtureTests(feature: string, render: (fixture: Fixture) => string): void {
  const fixtures = fixturesOf(feature);
  it(`${feature}: the fixture folder has inputs and no orphan expected file`, (t) => {
    assert.ok(fixtures.length > 0, `no .grille fixture in ${relative(fixtureFolder(feature))}`);
    const inputs = new Set(fixtures.map((f) => f.name));
    const orphans = fs
      .readdirSync(fixtureFolder(feature))
      .filter((f) => f.endsWith('.expected') && !inputs.has(f.slice(0, -'.expected'.length)))
      .map((f) => path.join(fixtureFolder(feature), f));
    if (UPDATE) {
      for (const orphan of orphans) {
        fs.unlinkSync(orphan);
        t.diagnostic(`deleted ${relative(orphan)} (no input)`);
      }
      return;
    }
    assert.deepEqual(orphans.map(relative), [], `expected files without a .grille input: delete them, or run ${UPDATE_COMMAND}`);
  });
  for (const fixture of fixtures) {
    it(`${feature}/${fixture.name}`, (t) => expectFile(fixture.expectedFile, render(fixture), t));
  }
}

/** Refuses markers a feature does not read, so a misplaced `‸` is never silently ignored. */
export function noMarkers(fixture: Fixture, what: string): void {
  if (fixture.input.cursors.length > 0 || fixture.input.ranges.length > 0) throw new Error(`${fixture.name}: ${what} fixtures take no markers`);
}

/** At least one cursor: a hover or completion fixture without one would check nothing. */
export function cursorsOf(fixture: Fixture): number[] {
  if (fixture.input.cursors.length === 0) throw new Error(`${fixture.name}: no « ${CURSOR} » cursor marker`);
  return fixture.input.cursors;
}

// ── Rendering helpers ──────────────────────────────────────────────────────────────────────

/** No-break and narrow no-break spaces (French number formatting) as plain spaces, so expected files diff readably. */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** `line:col`, 1-based, columns in UTF-16 units as the editor counts them. */
export function position(analysis: Analysis, offset: number): string {
  const p = analysis.lineIndex.positionAt(offset);
  return `${p.line + 1}:${p.character + 1}`;
}

export function spanText(analysis: Analysis, span: Span): string {
  return `${position(analysis, span.start)}-${position(analysis, span.end)}`;
}

export function sourceLine(analysis: Analysis, line: number): string {
  return analysis.text.slice(analysis.lineIndex.lineStart(line), analysis.lineIndex.lineEnd(line));
}

/**
 * Each source line the span touches, with a caret line under the part it covers (one caret for an
 * empty span). Tabs stay tabs under the source, so carets line up whatever the tab width.
 */
export function underline(analysis: Analysis, span: Span, indent = '  '): string[] {
  const first = analysis.lineIndex.positionAt(span.start);
  const last = analysis.lineIndex.positionAt(span.end);
  const out: string[] = [];
  for (let line = first.line; line <= last.line; line++) {
    const source = sourceLine(analysis, line);
    const from = line === first.line ? first.character : 0;
    const to = line === last.line ? last.character : source.length;
    const pad = source.slice(0, from).replace(/[^\t]/g, ' ');
    out.push(`${indent}${source}`.trimEnd(), `${indent}${pad}${'^'.repeat(Math.max(1, to - from))}`);
  }
  return out;
}

/** The source line of a cursor with the `‸` put back, to say where a request pointed. */
export function lineWithCursor(analysis: Analysis, offset: number, indent = '  '): string {
  const p = analysis.lineIndex.positionAt(offset);
  const source = sourceLine(analysis, p.line);
  return `${indent}${source.slice(0, p.character)}${CURSOR}${source.slice(p.character)}`;
}

/** The text with edits applied (from the last, so earlier offsets stay valid). */
export function applyEdits(text: string, edits: { range: Span; newText: string }[]): string {
  return [...edits]
    .sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end)
    .reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
}

/**
 * The lines that differ between two texts, as one hunk: `@@ -a,n +b,m @@`, then `-` old lines and
 * `+` new lines (the common first and last lines are cut, as a fix touches one place).
 */
export function lineDiff(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const removed = a.slice(head, a.length - tail);
  const added = b.slice(head, b.length - tail);
  if (removed.length === 0 && added.length === 0) return ['(no change)'];
  return [`@@ -${head + 1},${removed.length} +${head + 1},${added.length} @@`, ...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`)];
}
