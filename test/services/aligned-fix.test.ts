/**
 * A quick fix keeps the printed table aligned: the rows of the fixed section that were laid out as
 * the formatter lays them out are realigned after the fix; rows the author left unaligned, and
 * other sections, are not touched.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { alignedFixEdits, applyEdits } from '../../server/src/services/aligned-fix';
import { formatGrid } from '../../server/src/services/formatting';

const HEAD = ['contrat "X" millesime 2026 base ro_inclus', '', 'formule "Socle"    responsable', 'formule "Option 1" inclut_socle responsable', ''];

/** The section lines as the formatter lays them out. */
function formatted(lines: string[]): string[] {
  const text = [...HEAD, ...lines, ''].join('\n');
  return applyEdits(text, formatGrid(analyze(text)))
    .split('\n')
    .slice(HEAD.length, -1);
}

/** The text after the first fix of the first finding `code`, kept aligned. */
function fixed(lines: string[], code: string): string {
  const text = [...HEAD, ...lines, ''].join('\n');
  const analysis = analyze(text);
  const finding = analysis.diagnostics.find((d) => d.code === code && d.fixes?.length);
  assert.ok(finding, `no ${code} with a fix`);
  return applyEdits(text, alignedFixEdits(analysis, finding.fixes![0]!.edits)).split('\n').slice(HEAD.length, -1).join('\n');
}

describe('a quick fix keeps the columns aligned', () => {
  it('a cell made narrower (GR206 removes the limit of days): the column shrinks on every row of the section', () => {
    const before = [
      'poste "Hospitalisation"',
      '  frais de sejour      | 100 % BR                  | 100 % BR',
      '  forfait journalier   | 100 % FR, 30 jours par an | 100 % FR',
      '  chambre particuliere | 40 € par nuit             | 60 € par nuit',
      '',
      'poste "Soins courants"',
      '  consultation generaliste   100 % BR',
      '  autres actes rembourses    100 % BR',
    ];
    const after = [
      'poste "Hospitalisation"',
      '  frais de sejour      | 100 % BR      | 100 % BR',
      '  forfait journalier   | 100 % FR      | 100 % FR',
      '  chambre particuliere | 40 € par nuit | 60 € par nuit',
      '',
      'poste "Soins courants"',
      '  consultation generaliste   100 % BR',
      '  autres actes rembourses    100 % BR',
    ];
    assert.equal(fixed(before, 'GR206'), after.join('\n'));
  });

  it('a cell made wider (GR113 writes an amount per day): the other rows make room', () => {
    // Laid out by the formatter first: an aligned table.
    const before = formatted([
      'poste "Hospitalisation"',
      '  frais de sejour | 100 % BR | 100 % BR',
      '  chambre particuliere | 100 % BR | 60 € par nuit',
      '  autres actes rembourses 100 % BR',
    ]);
    const out = fixed(before, 'GR113').split('\n');
    // The pipes of the second column line up again, whatever amount the fix wrote.
    const pipes = out.slice(1, 3).map((l) => l.lastIndexOf('|'));
    assert.equal(pipes[0], pipes[1], out.join('\n'));
    assert.match(out[2]!, /^ {2}chambre particuliere +\| \d[\d ]* € par jour +\| 60 € par nuit$/);
    assert.notEqual(out[1], before[1], 'the other row made room');
    assert.equal(out[3], before[3]);
  });

  it('rows the author left unaligned stay as written: only the fix changes them', () => {
    const before = [
      'poste "Hospitalisation"',
      '  frais de sejour | 100 % BR | 100 % BR',
      '  forfait journalier   | 100 % FR, 30 jours par an |   100 % FR',
      '  autres actes rembourses   100 % BR',
    ];
    assert.equal(fixed(before, 'GR206'), before.join('\n').replace(', 30 jours par an', ''));
  });

  it('a fix outside any table (GR010 in a one-formula line) is its own edit, nothing else', () => {
    const text = [...HEAD, 'poste "Soins courants"', '  consultation generaliste   100 % BX', ''].join('\n');
    const analysis = analyze(text);
    const finding = analysis.diagnostics.find((d) => d.code === 'GR010')!;
    assert.deepEqual(alignedFixEdits(analysis, finding.fixes![0]!.edits), finding.fixes![0]!.edits);
  });
});
