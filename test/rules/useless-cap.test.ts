/** GR119, a limit that can never bind: the line can never pay as much as its cap. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { dedent, renderDiagnostics } from '../helpers';

const findings = (line: string) =>
  renderDiagnostics(
    analyze(
      dedent(`
    contrat "Exemple" millesime 2026 non_responsable base ro_inclus
    poste "Soins courants"
      ${line}
  `),
    ),
  ).filter((f) => f.includes('GR119'));

describe('GR119: an annual cap above what the line can pay in a year', () => {
  it('per-session amount × sessions', () => {
    assert.deepEqual(findings('osteopathie 40 € par seance, 4 seances par an, dans la limite de 200 € par an'), [
      '3:50 GR119 Ce plafond ne peut jamais jouer : 4 × 40,00 € = 160,00 € au plus par an.',
    ]);
    assert.deepEqual(findings('osteopathie 40 € par seance, 4 seances par an, dans la limite de 120 € par an'), []);
  });

  it('an annual forfait under a larger annual cap', () => {
    assert.deepEqual(findings('osteopathie 100 € par an, dans la limite de 150 € par an'), [
      '3:29 GR119 Ce plafond ne peut jamais jouer : la garantie paie 100,00 € par an.',
    ]);
    assert.deepEqual(findings('osteopathie 100 € par an, dans la limite de 80 € par an'), []);
  });

  it('per-session amounts without a count of sessions can reach any cap', () => {
    assert.deepEqual(findings('osteopathie 40 € par seance, dans la limite de 150 € par an'), []);
  });
});

describe('GR119: a cap per act above the most the line pays on one act', () => {
  it('« 100 % BR » on a consultation pays at most the TM', () => {
    assert.deepEqual(findings('consultation generaliste 100 % BR, plafond 500 € par acte'), [
      '3:38 GR119 Ce plafond ne peut jamais jouer : quel que soit le prix, la garantie paie au plus 9,00 € par acte en plus de la Sécu.',
    ]);
    assert.deepEqual(findings('consultation generaliste 300 % BR, plafond 50 € par acte'), []);
  });

  it('a euro amount under a larger cap, with the unit written as read', () => {
    assert.deepEqual(findings('osteopathie 40 € par seance, plafond 50 € par seance'), [
      '3:32 GR119 Ce plafond ne peut jamais jouer : quel que soit le prix, la garantie paie au plus 40,00 € par séance en plus de la Sécu.',
    ]);
  });

  it('uncapped « % FR » has no maximum: the cap binds', () => {
    assert.deepEqual(findings('consultation generaliste 100 % FR, plafond 500 € par acte'), []);
  });
});
