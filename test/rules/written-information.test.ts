/** GR403: the written prior information is due on fees of 70 € or more that include an overbilling, per act. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { gridWith, renderDiagnostics } from '../helpers';

const gr403 = (lines: string[], acts: string[]) => renderDiagnostics(analyze(gridWith({ lines, acts }))).filter((f) => f.includes('GR403'));

describe('GR403 written prior information', () => {
  it('is not due for an act at the tariff, however high (actes techniques 100 € in secteur 1)', () => {
    assert.deepEqual(gr403(['actes techniques dptam 200 % BR non_dptam 180 % BR'], ['actes techniques secteur 1 prix 100 €']), []);
  });

  it('is judged per act, not on price × quantity (3 consultations at 30 €)', () => {
    assert.deepEqual(gr403(['consultation generaliste 100 % BR'], ['consultation generaliste prix 30 € quantite 3']), []);
  });

  it('is due on an overbilled act of 70 € or more, with the overbilling shown', () => {
    assert.deepEqual(gr403(['consultation specialiste dptam 200 % BR non_dptam 180 % BR'], ['consultation specialiste dptam prix 80 €']), [
      '5:39 GR403 Honoraires de 80,00 € par acte, dont 48,50 € de dépassement : à partir de 70,00 € dépassement compris, le professionnel remet une information écrite préalable (devis).',
    ]);
  });

  it('on an act outside the nomenclature, is recalled with its uncertainty', () => {
    assert.deepEqual(gr403(['osteopathie 40 € par seance'], ['osteopathie prix 75 €']), [
      "5:20 GR403 Honoraires de 75,00 € par acte : à partir de 70,00 € dépassement compris, le professionnel remet une information écrite préalable (devis) (acte hors nomenclature : l'application de cette obligation aux actes sans BR est incertaine).",
    ]);
  });
});
