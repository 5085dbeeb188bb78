/**
 * Fast and slow rules: `analyze(text, { slowRules: false })` leaves out exactly the rules the
 * registry marks slow (the example checks, which need every example case run through the engine),
 * so an editor can run the fast ones on every keystroke and the rest after a pause.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { isSlow, RULES, snippetAsGrid } from '../../server/src/core/rules/registry';
import { CHECKS, isSlowCheck } from '../../server/src/core/rules/run-rules';
import { CONTRAT_RESPONSABLE_RULES } from '../../server/src/core/rules/families/contrat-responsable';
import { EXAMPLE_RULES } from '../../server/src/core/rules/families/examples';
import { MEANING_RULES } from '../../server/src/core/rules/families/meaning';
import { SANTE_100_RULES } from '../../server/src/core/rules/families/sante-100';
import { STYLE_RULES } from '../../server/src/core/rules/families/style';
import { dedent, renderDiagnostics } from '../helpers';

const GRID = dedent(`
  contrat "Exemple" millesime 2026 responsable base ro_inclus
  poste "Soins courants"
    consultation specialiste dptam 200 % BR non_dptam 180 % BR
    consultation generaliste 90 % BR
    consultation generaliste 100 % BR
  exemple "Spécialiste"
    acte consultation specialiste dptam prix 80 €
    attendu mutuelle 10 €  # grille-ignore GR401 : chiffre de la plaquette, corrigé à la prochaine édition
`);

const fast = (text: string) => analyze(text, { slowRules: false });
const withoutSlow = (text: string) => {
  const full = analyze(text);
  return { ...full, diagnostics: full.diagnostics.filter((d) => !isSlow(d.code)) };
};

describe('fast and slow rules', () => {
  it('the slow rules are the example checks', () => {
    assert.deepEqual(
      RULES.filter((r) => !r.fast).map((r) => r.code),
      ['GR401', 'GR402', 'GR403', 'GR404'],
    );
  });

  it('skipping slow rules drops exactly the slow codes', () => {
    const full = renderDiagnostics(analyze(GRID));
    assert.deepEqual(full, [
      '1:1 GR206 Contrat responsable : la grille doit couvrir le forfait journalier hospitalier (« forfait journalier 100 % FR »).',
      '1:1 GR214 Contrat responsable : pas de ligne pour le panier 100 % Santé « optique classe A », « prothèses dentaires 100 % Santé », « aides auditives classe I ».',
      "1:1 GR217 Contrat responsable : 47 actes remboursés par la Sécu n'ont pas de ligne, la mutuelle n'en paierait pas le ticket modérateur : « Séance de psychologue « Mon soutien psy » », « Mammographie (sur prescription) », « Mammographie du dépistage organisé du cancer du sein », « Appareillage et matériel médical (LPP) », « Petit appareillage (orthèses, contention) » et 42 autres. Ajoutez « autres actes rembourses 100 % BR ».",
      '4:28 GR201 Contrat responsable : le ticket modérateur (9,00 € sur une BR de 30,00 €) doit être couvert en entier ; cette garantie en paie 6,00 €.',
      '5:3 GR117 « Consultation de médecin généraliste » est déjà couvert à la ligne 4 de ce poste : seule la première ligne compte.',
      '7:39 GR403 Honoraires de 80,00 € par acte, dont 48,50 € de dépassement : à partir de 70,00 € dépassement compris, le professionnel remet une information écrite préalable (devis).',
    ]);
    assert.deepEqual(
      renderDiagnostics(fast(GRID)),
      full.filter((f) => !/ GR40[123] /.test(f)),
    );
    const unsuppressed = GRID.replace(/  # grille-ignore.*/, '');
    assert.deepEqual(
      analyze(unsuppressed)
        .diagnostics.filter((d) => isSlow(d.code))
        .map((d) => d.code),
      ['GR403', 'GR401'],
    );
    assert.deepEqual(
      fast(unsuppressed).diagnostics.filter((d) => isSlow(d.code)),
      [],
    );
  });

  it('a suppression of a slow code is not reported as useless in a fast run', () => {
    assert.ok(!fast(GRID).diagnostics.some((d) => d.code === 'GR902'));
  });

  it('on every documented snippet, the fast run is the full run without the slow codes', () => {
    for (const rule of RULES) {
      for (const snippet of [rule.bad, rule.good]) {
        const text = snippetAsGrid(snippet);
        assert.deepEqual(renderDiagnostics(fast(text)), renderDiagnostics(withoutSlow(text)), `${rule.code}:\n${text}`);
      }
    }
  });

  it('scheduling is read from the checks and the metadata: line checks are fast, each check family code has its check', () => {
    assert.deepEqual(
      CHECKS.filter((c) => c.scope === 'line' && isSlowCheck(c)),
      [],
    );
    const checkFamilies = [MEANING_RULES, SANTE_100_RULES, CONTRAT_RESPONSABLE_RULES, EXAMPLE_RULES, STYLE_RULES].flatMap((table) => Object.keys(table));
    // GR110 (a parameter missing at the grid's date) is reported by run-rules itself, for every check.
    assert.deepEqual([...new Set(CHECKS.flatMap((c) => c.reports))].sort(), checkFamilies.filter((code) => code !== 'GR110').sort());
  });

  it('a fast run does not compute the example cases', () => {
    assert.equal(fast(GRID).examples.length, 0);
    assert.equal(analyze(GRID).examples.length, 1);
  });
});
