/**
 * Amounts as written: a € amount has at most two decimals, and `1.000 €` (a dot followed by
 * exactly three digits) is ambiguous. Neither is computed with silently.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { renderDiagnostics } from '../helpers';

const HEADER = 'contrat "T" millesime 2026 responsable base ro_inclus\nposte "Soins courants"\n  forfait journalier 100 % FR\n';

function findings(text: string, code: string): string[] {
  return renderDiagnostics(analyze(HEADER + text)).filter((d) => d.includes(` ${code} `));
}

describe('amounts beyond the cent', () => {
  it('« prix 10,555 € » in an example is reported and the act is not computed', () => {
    const analysis = analyze(HEADER + '  osteopathie 40 € par seance\nexemple "E"\n  acte osteopathie prix 10,555 €\n  attendu mutuelle 10 €\n');
    assert.deepEqual(
      renderDiagnostics(analysis).filter((d) => d.includes('GR111')),
      ['6:25 GR111 Prix « 10,555 € » : un montant en euros a au plus deux décimales (les centimes).'],
    );
    assert.equal(analysis.examples[0]!.events[0]!.results.length, 0);
    assert.deepEqual(
      renderDiagnostics(analysis).filter((d) => d.includes('GR401')),
      [],
    );
  });

  it('a guarantee amount and a cap with three decimals are reported', () => {
    assert.deepEqual(findings('  osteopathie 40,125 € par seance\n  psychologue 30 € par seance, dans la limite de 100,001 € par an\n', 'GR111'), [
      '4:15 GR111 Montant « 40,125 € » : un montant en euros a au plus deux décimales (les centimes).',
      '5:50 GR111 Plafond « 100,001 € » : un montant en euros a au plus deux décimales (les centimes).',
    ]);
  });

  it('the column with a non-cent amount is left out of computations', () => {
    const analysis = analyze(HEADER + '  osteopathie 40,125 € par seance\n');
    assert.deepEqual(Object.keys(analysis.model.lines[1]!.columns), []);
  });

  it('two decimals are fine', () => {
    assert.deepEqual(findings('  osteopathie 40,50 € par seance\nexemple "E"\n  acte osteopathie prix 60,10 €\n', 'GR111'), []);
  });
});

describe('« 1.000 € »: thousands separator or decimals?', () => {
  it('is a warning that says so, with no automatic fix and no GR501 rewrite', () => {
    const analysis = analyze(HEADER + '  osteopathie 1.000 € par an\n');
    const found = analysis.diagnostics.filter((d) => d.code === 'GR011' || d.code === 'GR501');
    assert.deepEqual(
      found.map((d) => `${d.code} ${d.severity} ${d.fixes ? 'fix' : 'no fix'}`),
      ['GR011 warning no fix'],
    );
    assert.match(found[0]!.message, /ambigu : séparateur des milliers \(1 000\) ou décimales \(1,000\)/);
    assert.match(found[0]!.messageEn!, /ambiguous/);
  });

  it('« 1.000,50 € » and « 1.5 € » are not ambiguous', () => {
    assert.deepEqual(findings('  osteopathie 1.000,50 € par an\n  psychologue 1.5 € par seance\n', 'GR011'), []);
  });
});

describe('GR401 explains where the Sécu figure comes from', () => {
  it('an acte lourd: the BR less the flat participation, not « 70 % de la BR »', () => {
    const text =
      HEADER + '  actes techniques 100 % BR\nexemple "E"\n  acte actes techniques secteur 1 prix 300 € br 300 € date 2026-03-02\n  attendu secu 210 €\n';
    const d = analyze(text).diagnostics.find((x) => x.code === 'GR401')!;
    assert.equal(
      d.message.replace(/\s/g, ' '),
      'Sécu attendu 210,00 €, calculé 274,00 € : acte lourd : la Sécu paie la BR de 300,00 € moins la participation de 24,00 € des actes lourds (au lieu du ticket modérateur), moins 2,00 € de participation forfaitaire.',
    );
    assert.equal(
      d.messageEn,
      'Sécu expected €210.00, computed €274.00: heavy act: the Sécu pays the BR of €300.00 less the €24.00 flat fee on heavy acts (instead of the ticket modérateur), less €2.00 of flat participation.',
    );
  });

  it('a consultation: the rate of the BR, less the participation forfaitaire', () => {
    const text =
      HEADER + '  consultation generaliste 100 % BR\nexemple "E"\n  acte consultation generaliste secteur 1 prix 30 € date 2026-03-02\n  attendu secu 21 €\n';
    const d = analyze(text).diagnostics.find((x) => x.code === 'GR401')!;
    assert.equal(
      d.message.replace(/\s/g, ' '),
      'Sécu attendu 21,00 €, calculé 19,00 € : la Sécu paie 70 % de la BR de 30,00 €, moins 2,00 € de participation forfaitaire.',
    );
  });
});
