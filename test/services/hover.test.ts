/**
 * Hovers from fixture grids (fixtures/hover/*.grille): at each `‸`, the line it points into, the
 * range the hover covers (carets) and its Markdown exactly as the service returns it (French; in
 * English for a fixture whose name ends in `-en`).
 */
import { describe } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { hoverAt } from '../../server/src/services/hover';
import { cursorsOf, fixtureTests, lineWithCursor, plain, position, spanText, underline } from './fixture';

describe('hover fixtures', () => {
  fixtureTests('hover', (fixture) => {
    const analysis = analyze(fixture.input.text);
    const out: string[] = [];
    for (const offset of cursorsOf(fixture)) {
      out.push(`=== hover at ${position(analysis, offset)}`, lineWithCursor(analysis, offset));
      const hover = hoverAt(analysis, offset, { language: fixture.name.endsWith('-en') ? 'en' : 'fr' });
      if (!hover) {
        out.push('(no hover)', '');
        continue;
      }
      out.push(`range ${spanText(analysis, hover.range)}`, ...underline(analysis, hover.range), '', plain(hover.markdown), '');
    }
    return out.join('\n');
  });
});
