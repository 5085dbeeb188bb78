/**
 * Line previews: what a line pays at the act's typical price. The grid may give its own price for
 * a column with `prix typique 80 €`; it wins over the editor setting and the catalogue.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { previewLine } from '../../server/src/core/engine/simulate';
import { codesByLine, euros } from '../helpers';

function preview(line: string, settings?: Record<string, number>): string {
  const analysis = analyze(`contrat "T" millesime 2026 responsable base ro_inclus\nposte "P"\n  ${line}\n`);
  const model = analysis.model;
  return previewLine(model, model.lines[0]!, settings ? { typicalPrices: settings } : {})
    .map((p) => `${p.column}: prix ${euros(p.result.price)} secu ${euros(p.result.amoNet)} mutuelle ${euros(p.result.amc)}`)
    .join(' | ');
}

describe('previews at the typical price', () => {
  it('the catalogue price when the grid says nothing', () => {
    assert.match(preview('osteopathie 40 € par seance'), /^all: prix 60,00 € /);
  });

  it('« prix typique 80 € » on the line', () => {
    assert.equal(preview('osteopathie 40 € par seance, prix typique 80 €'), 'all: prix 80,00 € secu 0,00 € mutuelle 40,00 €');
  });

  it('one price per sector column', () => {
    assert.equal(
      preview('consultation specialiste dptam 200 % BR, prix typique 60 € non_dptam 130 % BR, prix typique 90 €'),
      'dptam: prix 60,00 € secu 20,05 € mutuelle 37,95 € | non_dptam: prix 90,00 € secu 15,50 € mutuelle 15,00 €',
    );
  });

  it('the grid price wins over the editor setting', () => {
    assert.equal(preview('osteopathie 40 € par seance, prix typique 80 €', { osteopathie: 30 }), 'all: prix 80,00 € secu 0,00 € mutuelle 40,00 €');
  });

  it('a hors_nomenclature act previews at its « prix typique », not at 50 €, and examples without « prix » use it', () => {
    assert.equal(preview('hypnotherapie hors_nomenclature 100 % FR, prix typique 70 €'), 'all: prix 70,00 € secu 0,00 € mutuelle 70,00 €');
    assert.equal(preview('sophrologie 100 % FR, prix typique 70 €'), 'all: prix 70,00 € secu 0,00 € mutuelle 70,00 €');
    const text =
      'contrat "T" millesime 2026 responsable\nposte "P"\n  hypnotherapie hors_nomenclature 100 % FR, prix typique 70 €\nexemple "E"\n  acte hypnotherapie\n  attendu mutuelle 70 €\n';
    assert.deepEqual(
      codesByLine(analyze(text)).filter((c) => c.includes('GR4')),
      [],
    );
  });

  it('« prix typique » may continue on the next line', () => {
    assert.equal(preview('osteopathie 40 € par seance\n    prix typique 80 €'), 'all: prix 80,00 € secu 0,00 € mutuelle 40,00 €');
  });

  it('a negative « prix typique » is reported and ignored', () => {
    const analysis = analyze('contrat "T" millesime 2026 responsable\nposte "P"\n  osteopathie 40 € par seance, prix typique -80 €\n');
    assert.ok(codesByLine(analysis).includes('3 GR111'));
  });

  it('« prix typique » on a section header is an error', () => {
    const analysis = analyze('contrat "T" millesime 2026 responsable\nposte "P" prix typique 80 €\n  osteopathie 40 € par seance\n');
    assert.ok(codesByLine(analysis).includes('2 GR005'));
  });
});
