/**
 * Inline previews from fixture grids (fixtures/previews/*.grille): each preview's position and
 * label after the source line it ends, in the full style, the compact style and in English. A
 * `⟦…⟧` range in the input asks for the previews of that range only (the editor asks for the
 * visible range); without one, the whole grid.
 */
import { describe } from 'node:test';
import { analyze, type Analysis } from '../../server/src/core/analyze';
import type { Span } from '../../server/src/core/syntax/text';
import type { Language } from '../../server/src/core/present/labels';
import { previews, type PreviewStyle } from '../../server/src/services/previews';
import { fixtureTests, plain, position, sourceLine } from './fixture';

function renderPreviews(analysis: Analysis, range: Span, style: PreviewStyle, language: Language): string[] {
  const list = previews(analysis, range, { style, language });
  if (list.length === 0) return ['(no preview)'];
  return list.flatMap((p) => [
    `${position(analysis, p.offset)} ${sourceLine(analysis, analysis.lineIndex.positionAt(p.offset).line).trim()}`,
    `  » ${plain(p.label)}`,
  ]);
}

describe('previews fixtures', () => {
  fixtureTests('previews', (fixture) => {
    const { text, ranges, cursors } = fixture.input;
    if (cursors.length > 0 || ranges.length > 1) throw new Error(`${fixture.name}: previews fixtures take at most one ⟦…⟧ range and no cursor`);
    const analysis = analyze(text);
    const range = ranges[0] ?? { start: 0, end: text.length };
    const sections: [string, PreviewStyle, Language][] = [
      ['full, fr', 'full', 'fr'],
      ['compact, fr', 'compact', 'fr'],
      ['full, en', 'full', 'en'],
    ];
    const head = ranges[0] ? [`range ${position(analysis, range.start)}-${position(analysis, range.end)}`, ''] : [];
    return [...head, ...sections.flatMap(([title, style, language]) => [`=== ${title}`, ...renderPreviews(analysis, range, style, language), ''])].join('\n');
  });
});
