/**
 * What each sample grid yields, pinned: the clean ones have no error nor warning and all their
 * examples pass; the seed-article grid fails exactly on the article's figures and explains the
 * 200 % BR line in secteur 3; the broken grid reports each fault on its line and still computes.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { codesByLine, renderDiagnostics, repoRoot } from '../helpers';

function sample(name: string) {
  return analyze(fs.readFileSync(path.join(repoRoot(), 'samples', name), 'utf8'));
}

/** `✓|✗ example — act`, per computed act. */
function exampleStatus(name: string): string[] {
  return sample(name).examples.flatMap((e) => e.events.map((ev) => `${ev.total && ev.mismatches.length === 0 ? '✓' : '✗'} ${e.example.name}`));
}

describe('samples', () => {
  it('there are at least five grids', () => {
    assert.ok(fs.readdirSync(path.join(repoRoot(), 'samples')).filter((f) => f.endsWith('.grille')).length >= 5);
  });

  for (const name of [
    'essentiel.grille',
    'confort-plus.grille',
    'entreprise-socle-option.grille',
    'jorf-publiee.grille',
    'gamme-quatre-formules.grille',
    'accord-branche-socle-options.grille',
    'entreprise-socle-surcomplementaires.grille',
  ]) {
    it(`${name}: no error, no warning, every example passes`, () => {
      const analysis = sample(name);
      assert.deepEqual(
        renderDiagnostics(analysis).filter((d) => !/ GR403 /.test(d)),
        [],
      );
      assert.ok(analysis.examples.length > 0);
      assert.ok(
        exampleStatus(name).every((s) => s.startsWith('✓')),
        exampleStatus(name).join('\n'),
      );
    });
  }

  it("secteur3-article.grille: the article's figures fail, the correct ones pass, the secteur-3 line is explained", () => {
    const analysis = sample('secteur3-article.grille');
    assert.deepEqual(codesByLine(analysis), ['13 GR115', '23 GR401', '23 GR401', '23 GR401', '31 GR401', '31 GR401']);
    assert.deepEqual(exampleStatus('secteur3-article.grille'), [
      "✗ Cas 1 — les chiffres de l'article",
      '✓ Cas 1 — les chiffres corrects',
      "✗ Cas 2 — les chiffres de l'article",
      '✓ Cas 2 — les chiffres corrects',
    ]);
    const lines = renderDiagnostics(analysis);
    assert.ok(
      lines.includes(
        "13:70 GR115 En secteur 3, la BR est le tarif d'autorité de 0,61 € : pour 50,00 € payés, la Sécu rembourse 0,43 € et cette ligne 0,79 €, reste 48,78 €. Un forfait en euros serait plus lisible.",
      ),
    );
    assert.ok(lines.includes('23:16 GR401 Sécu attendu 0,61 €, calculé 0,43 € : la Sécu paie 70 % de la BR de 0,61 €.'));
    assert.ok(lines.includes('31:46 GR401 reste à charge attendu 19,39 €, calculé 19,57 € : prix 50,00 € − Sécu 0,43 € − mutuelle 30,00 €.'));
  });

  it('casse.grille: each fault on its line, the rest still parsed and computed', () => {
    const analysis = sample('casse.grille');
    assert.deepEqual(codesByLine(analysis), [
      '3 GR214', // responsible without the 100 % Santé baskets
      '3 GR217', // nor the acts it does not list (no catch-all line)
      '5 GR007', // continuation line with no guarantee line above
      '6 GR101', // « generalste »
      '7 GR010', // « 150 % BX »
      '9 GR104', // % BR without a basis
      '10 GR001', // stray « @ »
      '11 GR502', // Hospitalisation after Soins courants
      '11 GR002', // unterminated section name
      '12 GR104',
      '12 GR113', // « 100 % BR » on the forfait journalier, which has no BR
      '12 GR206', // so the forfait journalier is not covered
      '15 GR004', // 30 February
      '18 GR401',
      '18 GR401',
    ]);
    assert.deepEqual(
      analysis.model.lines.map((l) => l.act?.id ?? `inconnu:${l.node.act.text}`),
      [
        'inconnu:consultation generalste',
        'consultation_specialiste',
        'osteopathie',
        'biologie',
        'auxiliaires_medicaux',
        'forfait_journalier',
        'chambre_particuliere',
      ],
    );
    assert.deepEqual(exampleStatus('casse.grille'), ["✗ Une date qui n'existe pas", '✗ Un montant attendu faux']);
    assert.equal(analysis.examples[1]!.events[0]!.total!.mutuelle.toString(), '40');
  });
});
