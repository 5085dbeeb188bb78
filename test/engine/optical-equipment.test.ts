/**
 * Optical equipment as bought (issue 16, mechanism 3): the class B lenses and the frame a
 * beneficiary buys on one day are one equipment. Under a responsible contract the equipment is
 * capped by its correction case, frame included, and the frame within it; the frame's BR is counted
 * once. Each case is computed by hand below.
 *
 * Source: CSS R871-2 3° (Légifrance, consolidated on 14/03/2026; cr.optique.*.maximum and
 * cr.optique.monture_maximum, confirmed): the cover of a class B equipment is at most a) 420 €,
 * b) 560 €, c) 700 € … « dont 100 euros au maximum pour la monture », these amounts « incluant la
 * part des dépenses prise en charge par l'assurance maladie obligatoire et la participation des
 * assurés ». LPP: each element (a frame, a lens) has a BR of 0,05 € (br.optique_classe_b_element),
 * paid 60 % by the Sécu.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { plainSpaces } from '../../server/src/core/engine/money';
import { euros } from '../helpers';

const LINES = ['optique classe b verres simples 100 % BR + 400 € par equipement', 'monture classe b 100 € par equipement'];

function grid(status: 'responsable' | 'non_responsable', lines: string[], acts: string[]): string {
  return [
    `contrat "Test" millesime 2026 ${status} base ro_inclus`,
    'poste "Optique"',
    ...lines.map((l) => `  ${l}`),
    'exemple "Cas"',
    ...acts.map((a) => `  ${a}`),
    '',
  ].join('\n');
}

/** Each act of the example: `secu · mutuelle · reste`. */
function amounts(text: string): string[] {
  return analyze(text).examples[0]!.events.map((e) => `${euros(e.total!.secu)} · ${euros(e.total!.mutuelle)} · ${euros(e.total!.reste)}`);
}

describe('lenses and frame of one equipment under a responsible contract', () => {
  it('case a, 400 € on the lenses and 100 € on the frame: 420 € in all, Sécu included', () => {
    // Lenses at 450 €, the frame bought the same day on its own line: the lenses' BR is 2 × 0,05 €
    // = 0,10 € (Sécu 0,06 €); « 100 % BR + 400 € » = 0,04 € + 400 € = 400,04 €, within 420 € − 0,06 €.
    // Frame at 150 €: BR 0,05 € (Sécu 0,03 €); its line pays 100 €, but the equipment has 420 € −
    // (0,06 + 400,04) € = 19,90 € left, less the frame's Sécu 0,03 €: 19,87 €. Sécu + mutuelle:
    // 0,06 + 400,04 + 0,03 + 19,87 = 420,00 €. Each act alone, the mutuelle paid 400,06 € + 100 €.
    assert.deepEqual(
      amounts(
        grid('responsable', LINES, ['acte optique classe b verres simples prix 450 € date 2026-03-10', 'acte monture classe b prix 150 € date 2026-03-10']),
      ),
      ['0,06 € · 400,04 € · 49,90 €', '0,03 € · 19,87 € · 130,10 €'],
    );
  });

  it('the frame written first takes its 100 € (Sécu included) and the lenses what is left', () => {
    // Frame: min(100 €, 100 € − 0,03 €) = 99,97 €. Lenses: 420 € − (0,03 + 99,97) € − 0,06 € = 319,94 €.
    assert.deepEqual(
      amounts(
        grid('responsable', LINES, ['acte monture classe b prix 150 € date 2026-03-10', 'acte optique classe b verres simples prix 450 € date 2026-03-10']),
      ),
      ['0,03 € · 99,97 € · 50,00 €', '0,06 € · 319,94 € · 130,00 €'],
    );
  });

  it('a lens line above the cap is paid up to it: 420 € − 0,09 € = 419,91 €', () => {
    // Lenses alone (the frame's BR in theirs: 0,15 €, Sécu 0,09 €): the line promises 500,06 €.
    assert.deepEqual(
      amounts(
        grid(
          'responsable',
          ['optique classe b verres simples 100 % BR + 500 € par equipement'],
          ['acte optique classe b verres simples prix 600 € date 2026-03-10'],
        ),
      ),
      ['0,09 € · 419,91 € · 180,00 €'],
    );
  });

  it('on two days they are two equipments: the frame alone is capped at 100 € only', () => {
    // The frame on 11/03: Sécu 0,03 €, its line 100 €, capped at 100 € − 0,03 € = 99,97 €.
    assert.deepEqual(
      amounts(
        grid('responsable', LINES, ['acte optique classe b verres simples prix 450 € date 2026-03-10', 'acte monture classe b prix 150 € date 2026-03-11']),
      ),
      ['0,09 € · 400,06 € · 49,85 €', '0,03 € · 99,97 € · 50,00 €'],
    );
  });

  it('a contract that is not responsible is not capped; the frame is still counted once', () => {
    assert.deepEqual(
      amounts(
        grid('non_responsable', LINES, ['acte optique classe b verres simples prix 450 € date 2026-03-10', 'acte monture classe b prix 150 € date 2026-03-10']),
      ),
      ['0,06 € · 400,04 € · 49,90 €', '0,03 € · 100,00 € · 49,97 €'],
    );
  });

  it('the rules see the two lines together (GR208): 400 € + 100 € beyond the TM for a 420 € case', () => {
    // Beyond the TM: lenses 400 €, frame 100 € − its TM 0,02 € = 99,98 €: 499,98 € > 420 €.
    const findings = analyze(grid('responsable', LINES, []))
      .diagnostics.filter((d) => d.code === 'GR208')
      .map((d) => plainSpaces(d.message));
    assert.deepEqual(findings, [
      'Contrat responsable : un équipement de classe B, cas a), est pris en charge au plus 420,00 € au-delà du ticket modérateur, monture comprise ; avec la monture de la ligne « monture classe b » (99,98 €), cette garantie peut payer 499,98 €.',
    ]);
  });

  it('within the cap together, no finding: 300 € + 100 €', () => {
    const findings = analyze(
      grid('responsable', ['optique classe b verres simples 100 % BR + 300 € par equipement', 'monture classe b 100 € par equipement'], []),
    ).diagnostics.filter((d) => d.code === 'GR208');
    assert.deepEqual(findings, []);
  });
});
