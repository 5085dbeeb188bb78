/**
 * Formatting from fixture grids (fixtures/formatting/*.grille): the expected file is the formatted
 * grid itself (the service's edits applied). Formatting it again changes nothing, and formatting
 * only moves spaces: the text without whitespace is the same before and after.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { analyze } from '../../server/src/core/analyze';
import { formatGrid } from '../../server/src/services/formatting';
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
