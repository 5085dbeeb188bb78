/** Act names: a name shared by several catalogue acts is not resolved to one of them silently. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { defaultCatalogue } from '../../server/src/core/catalogue/index';
import { renderDiagnostics } from '../helpers';

describe('act names', () => {
  it('bare « optique classe b » is unknown (GR101) and the message lists the six correction cases', () => {
    const text =
      'contrat "T" millesime 2026 responsable base ro_inclus\nposte "Optique"\n  optique classe b 100 % BR + 150 € par equipement, 1 equipement tous les 2 ans\n';
    const findings = renderDiagnostics(analyze(text)).filter((f) => f.includes('GR101'));
    assert.deepEqual(findings, [
      '3:3 GR101 Acte inconnu « optique classe b ». Vouliez-vous dire « optique classe b verres simples », « optique classe b verres mixtes », « optique classe b verres complexes », « optique classe b verres simple tres complexe », « optique classe b verres complexe tres complexe », « optique classe b verres tres complexes » ? Pour un acte hors nomenclature absent du catalogue, écrivez « optique classe b hors_nomenclature … ».',
    ]);
  });

  it('no act identifier becomes a name that loses a word (`optique_classe_b_d` is not « optique classe b »)', () => {
    assert.equal(defaultCatalogue.find(['optique', 'classe', 'b']), undefined);
    assert.equal(defaultCatalogue.find(['optique', 'classe', 'b', 'd']), undefined);
    assert.equal(defaultCatalogue.find(['optique', 'classe', 'b', 'a'])?.id, 'optique_classe_b_a');
    assert.equal(defaultCatalogue.find(['optique', 'classe', 'b', 'verres', 'simple', 'tres', 'complexe'])?.id, 'optique_classe_b_d');
  });

  it('« did you mean » prefers names that share every typed word, and makes no far-fetched guess', () => {
    const gr101 = (name: string) =>
      renderDiagnostics(analyze(`contrat "T" millesime 2026 non_responsable base ro_inclus\nposte "Optique"\n  ${name} 100 % BR\n`)).filter((f) =>
        f.includes('GR101'),
      );
    assert.deepEqual(gr101('verre simple classe b'), [
      '3:3 GR101 Acte inconnu « verre simple classe b ». Vouliez-vous dire « equipement classe b verres simples » ? Pour un acte hors nomenclature absent du catalogue, écrivez « verre simple classe b hors_nomenclature … ».',
    ]);
    assert.deepEqual(gr101('consultation specialist'), [
      '3:3 GR101 Acte inconnu « consultation specialist ». Vouliez-vous dire « consultation specialiste » ? Pour un acte hors nomenclature absent du catalogue, écrivez « consultation specialist hors_nomenclature … ».',
    ]);
    assert.deepEqual(gr101('banane'), [
      '3:3 GR101 Acte inconnu « banane ». Pour un acte hors nomenclature absent du catalogue, écrivez « banane hors_nomenclature … ».',
    ]);
    assert.deepEqual(defaultCatalogue.suggest(['bananes', 'frites']), []);
  });
});
