/**
 * Every step of the analysis stays linear in its input, on the shapes that once were not: a long
 * run of digits (GR501's grouping), many repeats of one act (GR117 named each one's line by
 * splitting the text before it), many lines outside any section (GR503), a long line of terms, and
 * CR-only line ends. Quadrupling the input must not cost more than ~8× (linear is 4×, quadratic 16×).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';

const HEADER = 'contrat "T" millesime 2026 non_responsable base ro_inclus\n';
/** The edits of a fix applied to the text, last first. */
function applyEdits(text: string, edits: { range: { start: number; end: number }; newText: string }[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start).reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
}

const repeatLines = (lines: number, line: string) => line.repeat(lines);

/** Shapes of input, by size in characters (about). */
const SHAPES: Record<string, (size: number) => string> = {
  'a long run of digits': (n) => `${HEADER}poste "Soins courants"\n  osteopathie ${'1'.repeat(n)} € par seance\n`,
  'a long grouped number': (n) => `${HEADER}poste "Soins courants"\n  osteopathie 1${' 000'.repeat(n / 4)} € par seance\n`,
  'many repeats of one act': (n) => `${HEADER}poste "Soins courants"\n${repeatLines(n / 36, '  consultation generaliste 100 % BR\n')}`,
  'many lines outside any section': (n) => HEADER + repeatLines(n / 36, '  consultation generaliste 100 % BR\n'),
  'CR-only line ends': (n) => `${HEADER}poste "Soins courants"\n${repeatLines(n / 36, '  consultation generaliste 100 % BR\n')}`.replace(/\n/g, '\r'),
  'a long line of terms': (n) => `${HEADER}poste "Soins courants"\n  consultation generaliste${' 100 % BR +'.repeat(n / 11)} 1 €\n`,
  'many unknown words': (n) => `${HEADER}poste "Soins courants"\n${repeatLines(n / 33, '  consultaton generalste 100 % BR\n')}`,
  'many unexpected characters': (n) => HEADER + repeatLines(n / 10, '@@ $$ ## \n'),
};

function fastest(text: string): number {
  analyze(text); // warm-up: the first analysis of a shape pays for compilation
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    analyze(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('the analysis is linear in its input', () => {
  for (const [shape, make] of Object.entries(SHAPES)) {
    it(shape, { timeout: 60_000 }, () => {
      // The test files run side by side on a shared machine: a ratio spoilt by another process is
      // measured again (a quadratic step fails every attempt). A floor of 10 ms for the small
      // input: below it, timer and collector noise dominate the ratio.
      const attempts: string[] = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        const small = fastest(make(40_000));
        const large = fastest(make(160_000));
        if (large <= 8 * Math.max(small, 10)) return;
        attempts.push(`${small.toFixed(1)} ms for 40 000 characters, ${large.toFixed(1)} ms for 160 000`);
      }
      assert.fail(`${shape}: ${attempts.join('; ')}`);
    });
  }
});

describe('GR117 names the first line whatever the line ends', () => {
  const grid = `${HEADER}poste "Soins courants"\n  consultation generaliste 100 % BR\n  dentiste 100 % BR\n  consultation generaliste 200 % BR\n  dentiste 50 % BR\n`;
  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ] as const) {
    it(`${name}: the repeat points at line 3, and its fix removes its own line only`, () => {
      const text = grid.replace(/\n/g, eol);
      const analysis = analyze(text);
      const repeats = analysis.diagnostics.filter((d) => d.code === 'GR117');
      assert.deepEqual(
        repeats.map((d) => `${analysis.lineIndex.positionAt(d.range.start).line + 1}: ${d.message}`),
        [
          '5: « Consultation de médecin généraliste » est déjà couvert à la ligne 3 de ce poste : seule la première ligne compte.',
          '6: « Soins dentaires » est déjà couvert à la ligne 4 de ce poste : seule la première ligne compte.',
        ],
      );
      const fixed = applyEdits(text, repeats[0]!.fixes![0]!.edits);
      assert.equal(fixed, text.replace(`  consultation generaliste 200 % BR${eol}`, ''));
    });
  }
});
