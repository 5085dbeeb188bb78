/**
 * An option line is checked as the engine pays it: socle and option together. `en_sus_du_socle`
 * adds the option's terms on top of the socle's part; `inclut_socle` amounts include the socle.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { dedent, renderDiagnostics } from '../helpers';

const HEADER = 'contrat "Empilé" millesime 2026 responsable base ro_inclus';
/** Findings of the grid's option lines only (after the `option` line), header-level findings left out. */
function optionFindings(body: string): string[] {
  const text = `${HEADER}\n${dedent(body)}`;
  const optionLine = text.split('\n').findIndex((l) => l.startsWith('option'));
  return renderDiagnostics(analyze(text)).filter((f) => Number(f.split(':')[0]) > optionLine + 1);
}

describe('option lines stacked on the socle', () => {
  it('a legal en_sus_du_socle option on top of the socle (170 % / 150 % BR in total) raises nothing', () => {
    assert.deepEqual(
      optionFindings(`
        poste "Soins courants"
          consultation specialiste dptam 150 % BR non_dptam 130 % BR
        option "Plus" en_sus_du_socle
        poste "Soins courants"
          consultation specialiste dptam 20 % BR en_sus non_dptam 20 % BR en_sus
      `),
      [],
    );
  });

  it('the non-DPTAM limit is checked on socle + option: 130 % + 60 % = 190 % against DPTAM 170 %', () => {
    assert.deepEqual(
      optionFindings(`
        poste "Soins courants"
          consultation specialiste dptam 150 % BR non_dptam 130 % BR
        option "Plus" en_sus_du_socle
        poste "Soins courants"
          consultation specialiste dptam 20 % BR non_dptam 60 % BR
      `),
      [
        '6:42 GR202 Contrat responsable : hors DPTAM la prise en charge totale est au plus 150 % BR (min(200 %, DPTAM 170 % BR − 20 %)) ; cette colonne couvre 190 % BR.',
      ],
    );
  });

  it('the class B ceiling is checked on socle + option: 150 € + 300 € = 450 € > 420 €', () => {
    assert.deepEqual(
      optionFindings(`
        poste "Optique"
          optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 2 ans
        option "Plus" en_sus_du_socle
        poste "Optique"
          optique classe b verres simples 300 € par equipement, 1 equipement tous les 2 ans
      `),
      [
        '6:35 GR208 Contrat responsable : un équipement de classe B, cas a), est pris en charge au plus 420,00 € au-delà du ticket modérateur ; cette garantie peut payer 450,00 €.',
      ],
    );
  });

  it('an en_sus_du_socle "50 % BR" pays on top (15,75 € on a specialist): no GR116, GR118 nor GR201', () => {
    const body = `
      poste "Soins courants"
        consultation generaliste 100 % BR
      option "Plus" en_sus_du_socle
      poste "Soins courants"
        consultation specialiste dptam 50 % BR non_dptam 30 % BR
    `;
    assert.deepEqual(optionFindings(body), []);
  });

  it("an inclut_socle option below the socle is checked on what is paid (the socle's part)", () => {
    assert.deepEqual(
      optionFindings(`
        poste "Optique"
          optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 2 ans
        option "Plus" inclut_socle
        poste "Optique"
          optique classe b verres simples 100 % BR + 500 € par equipement, 1 equipement tous les 2 ans
      `),
      [
        '6:35 GR208 Contrat responsable : un équipement de classe B, cas a), est pris en charge au plus 420,00 € au-delà du ticket modérateur ; cette garantie peut payer 500,00 €.',
      ],
    );
  });
});

describe('one term, one finding', () => {
  it('`pharmacie smr majeur 50 % BR` in a responsible grid raises GR201 only (not GR116 nor GR118 too)', () => {
    const text = `${HEADER}\nposte "Soins courants"\n  pharmacie smr majeur 50 % BR\n`;
    assert.deepEqual(
      renderDiagnostics(analyze(text))
        .filter((f) => f.startsWith('3:'))
        .map((f) => f.split(' ')[1]),
      ['GR201'],
    );
  });
});
