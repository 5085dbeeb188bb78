/**
 * Completion from fixture grids (fixtures/completion/*.grille): at each `‸`, the entries offered in
 * order, one per line: kind, label, detail, and the span it replaces when it replaces typed words.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { completionsAt, HEADER_SNIPPETS, SNIPPETS } from '../../server/src/services/completion';
import { cursorsOf, fixtureTests, lineWithCursor, plain, position, spanText } from './fixture';

describe('completion fixtures', () => {
  fixtureTests('completion', (fixture) => {
    const analysis = analyze(fixture.input.text);
    const out: string[] = [];
    for (const offset of cursorsOf(fixture)) {
      const entries = completionsAt(analysis, offset);
      out.push(`=== completion at ${position(analysis, offset)} (${entries.length})`, lineWithCursor(analysis, offset));
      if (entries.length === 0) out.push('(no entry)');
      for (const e of entries) {
        const detail = e.detail ? ` — ${plain(e.detail)}` : '';
        const replace = e.replace ? ` [replaces ${spanText(analysis, e.replace)} « ${analysis.text.slice(e.replace.start, e.replace.end)} »]` : '';
        out.push(`${e.kind.padEnd(8)} ${e.label}${detail}${replace}`);
      }
      out.push('');
    }
    return out.join('\n');
  });
});

/**
 * The snippets completion offers, expanded with their default values (`${1:150}` → `150`, a
 * choice `${1|a,b|}` → its first word, tab stops removed), each where it is offered: a header
 * snippet as the whole text (the grid snippet) or as the header of the grid snippet, a line snippet
 * inside its last section, a block snippet after it. Each gives a grid without any error.
 */
describe('snippets expand to a valid grid', () => {
  const expand = (body: string) =>
    body
      .replace(/\$\{\d+\|([^,|}]*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, '');
  const grid = expand(HEADER_SNIPPETS.find((s) => s.label === 'grille')!.insertText!);
  const [header, ...rest] = grid.split('\n');
  const exampleAt = rest.findIndex((l) => l.startsWith('exemple'));
  const cases: [string, string][] = [
    ['grille', grid],
    ['contrat', [expand(HEADER_SNIPPETS.find((s) => s.label === 'contrat')!.insertText!).trimEnd(), ...rest].join('\n')],
    ...SNIPPETS.map((s): [string, string] => {
      const body = expand(s.insertText!);
      // A line snippet (it starts with an act) goes inside the last section; a block snippet after the grid.
      const block = /^(poste|option|exemple)\b/.test(body);
      const lines = block ? [header!, ...rest, body] : [header!, ...rest.slice(0, exampleAt), `  ${body}`, ...rest.slice(exampleAt)];
      return [s.label, lines.join('\n')];
    }),
  ];
  for (const [label, text] of cases) {
    it(`« ${label} »`, () => {
      const errors = analyze(text).diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(
        errors.map((d) => `${d.code} ${d.message}`),
        [],
        text,
      );
    });
  }
});
