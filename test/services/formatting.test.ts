/**
 * Formatting from fixture grids (fixtures/formatting/*.grille): the expected file is the formatted
 * grid itself (the service's edits applied). Formatting it again changes nothing, and formatting
 * only moves spaces: the text without whitespace is the same before and after. Nor does it change
 * what the grid means: the findings, the previews and the examples' amounts are the same before and
 * after, positions apart.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { analyze } from '../../server/src/core/analyze';
import { formatGrid } from '../../server/src/services/formatting';
import { previews } from '../../server/src/services/previews';
import { applyEdits, fixturesOf, fixtureTests, noMarkers } from './fixture';

const formatted = (text: string) => applyEdits(text, formatGrid(analyze(text)));
const withoutSpaces = (text: string) => text.replace(/\s+/g, '');

describe('formatting fixtures', () => {
  fixtureTests('formatting', (fixture) => {
    noMarkers(fixture, 'formatting');
    const out = formatted(fixture.input.text);
    assert.equal(withoutSpaces(out), withoutSpaces(fixture.input.text), 'formatting changed more than whitespace');
    return out;
  });
});

describe('formatting is idempotent', () => {
  for (const fixture of fixturesOf('formatting')) {
    // Read at run time: in update mode the fixture test above has just written the file.
    it(`formatting/${fixture.name}.expected formats to itself`, () => {
      const expected = fs.existsSync(fixture.expectedFile) ? fs.readFileSync(fixture.expectedFile, 'utf8') : formatted(fixture.input.text);
      assert.equal(formatted(expected), expected);
    });
  }
});

/** What a grid means, without positions: its findings, its previews' labels, its examples' amounts. */
function meaning(text: string): { findings: string[]; previews: string[]; examples: string[] } {
  const analysis = analyze(text);
  return {
    findings: analysis.diagnostics.map((d) => `${d.code} ${d.severity} ${d.message}`).sort(),
    previews: previews(analysis, { start: 0, end: text.length }).map((p) => `${p.label} | ${p.tooltip}`),
    examples: analysis.examples.flatMap((e) =>
      e.events.map((ev) => (ev.total ? `${ev.total.secu.toString()} ${ev.total.mutuelle.toString()} ${ev.total.reste.toString()}` : 'incalculable')),
    ),
  };
}

describe('formatting never changes what a grid means', () => {
  for (const fixture of fixturesOf('formatting')) {
    it(`formatting/${fixture.name}: the same findings, previews and amounts before and after`, () => {
      assert.deepEqual(meaning(formatted(fixture.input.text)), meaning(fixture.input.text));
    });
  }
});
