/**
 * Completion from fixture grids (fixtures/completion/*.grille): at each `‸`, the entries offered in
 * order, one per line: kind, label, detail, and the span it replaces when it replaces typed words.
 */
import { describe } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { completionsAt } from '../../server/src/services/completion';
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
