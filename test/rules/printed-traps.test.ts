/**
 * Silent traps of printed grids, made findings (issue « Real grids, written as printed », item 6):
 * each finding's quick fix gives the line the author most likely meant, and the fixed line is clean.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { dedent } from '../helpers';

const HEADER = 'contrat "x" millesime 2026 responsable base ro_inclus\n';

/** The text after applying the fix titled `title` of the first finding `code`. */
function applyFix(text: string, code: string, title: string): string {
  const finding = analyze(text).diagnostics.find((d) => d.code === code);
  assert.ok(finding, `no ${code}`);
  const fix = finding.fixes?.find((f) => f.title === title);
  assert.ok(fix, `no fix « ${title} » on ${code}`);
  let out = text;
  for (const edit of [...fix.edits].sort((a, b) => b.range.start - a.range.start))
    out = out.slice(0, edit.range.start) + edit.newText + out.slice(edit.range.end);
  return out;
}

const codes = (text: string) => analyze(text).diagnostics.map((d) => d.code);

describe('printed traps', () => {
  it('GR124: a limit after the last sector column, applied to every column by the fix', () => {
    const text =
      HEADER +
      dedent(`
      poste "Soins courants"
        consultation specialiste dptam 150 % BR non_dptam 130 % BR, 4 consultations par an
    `);
    const fixed = applyFix(text, 'GR124', 'Appliquer à toutes les colonnes');
    assert.ok(fixed.includes('dptam 150 % BR, 4 consultations par an non_dptam 130 % BR, 4 consultations par an'), fixed);
    assert.ok(!codes(fixed).includes('GR124'));
  });

  it('GR123: a cap without a period under a yearly label, made annual or per act', () => {
    const text =
      HEADER +
      dedent(`
      poste "Médecines douces"
        osteopathie "Ostéopathie (par année civile)" 40 € par seance, dans la limite de 200 €
    `);
    assert.ok(codes(text).includes('GR123'));
    assert.ok(!codes(applyFix(text, 'GR123', 'Plafond annuel (« par an »)')).includes('GR123'));
    assert.ok(!codes(applyFix(text, 'GR123', 'Plafond par acte (« par acte »)')).includes('GR123'));
    // Without a yearly label, a cap without a period is a per-act cap, as written: no finding.
    assert.ok(!codes(text.replace(' "Ostéopathie (par année civile)"', '')).includes('GR123'));
  });

  it('GR122: « Sécu incluse » on an act outside the nomenclature changes nothing; the fix removes it', () => {
    const text =
      HEADER +
      dedent(`
      poste "Médecines douces"
        osteopathie 60 € par seance Sécu incluse
      exemple "x"
        acte osteopathie prix 70 €
    `);
    const before = analyze(text);
    const fixed = applyFix(text, 'GR122', 'Retirer « Sécu incluse »');
    assert.ok(fixed.includes('osteopathie 60 € par seance\n'), fixed);
    // The same amounts either way: 60 € by the mutuelle, 10 € left.
    assert.deepEqual(
      [before, analyze(fixed)].map((a) => a.examples[0]!.events[0]!.total!.mutuelle.toString()),
      ['60', '60'],
    );
  });
});
