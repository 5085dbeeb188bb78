/**
 * Suppressions, as the rules issue puts it: an author silences a finding on one line with a comment
 * that names the rule code and gives a reason; a suppression without a reason, or one that silences
 * nothing, is itself reported. A suppression that is not valid silences nothing.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { dedent, renderDiagnostics } from '../helpers';

const HEADER = 'contrat "Historique" millesime 2026 non_responsable base ro_inclus';
const findings = (grid: string) => renderDiagnostics(analyze(dedent(grid)));
const GR116 = (at: string) =>
  `${at} GR116 « 90 % BR » Sécu incluse couvre moins que le ticket modérateur : la Sécu paie déjà sa part de la BR. Vouliez-vous « en_sus » ?`;

describe('a suppression with codes and a reason silences the finding', () => {
  it('at the end of the line it silences that line', () => {
    assert.deepEqual(
      findings(`
      ${HEADER}
      poste "Soins courants"
        consultation generaliste 90 % BR
        consultation specialiste 90 % BR  # grille-ignore GR116 : reprise du contrat historique
    `),
      [GR116('3:28')],
    );
  });

  it('alone on a line it silences the next line, over blank lines and other comments', () => {
    assert.deepEqual(
      findings(`
      ${HEADER}
      poste "Soins courants"
        # grille-ignore GR116 : reprise du contrat historique

        # (ligne reprise telle quelle)
        consultation specialiste 90 % BR
        consultation generaliste 90 % BR
    `),
      [GR116('7:28')],
    );
  });

  it('one comment can name several codes', () => {
    assert.deepEqual(
      findings(`
      ${HEADER}
      poste "Soins courants"
        consultation generaliste 100 % BR
        generaliste 90 % BR  # grille-ignore GR116, GR117 : ligne historique gardée pour le comparatif
    `),
      [],
    );
  });

  it('a finding on a continuation line is silenced where it is reported', () => {
    assert.deepEqual(
      findings(`
      ${HEADER}
      poste "Soins courants"
        consultation specialiste
          dptam 90 % BR  # grille-ignore GR116 : reprise du contrat historique
          # grille-ignore GR116 : reprise du contrat historique
          non_dptam 90 % BR
    `),
      [],
    );
  });

  it('only the named code is silenced; a code of the list that silences nothing is reported', () => {
    assert.deepEqual(
      findings(`
      ${HEADER}
      poste "Soins courants"
        consultation generaliste 90 % BR  # grille-ignore GR116, GR117 : reprise du contrat historique
    `),
      ['3:37 GR902 La suppression de GR117 ne fait taire aucun constat : retirez-la.'],
    );
  });
});

describe('a suppression that is not valid is reported and silences nothing', () => {
  it('without a reason', () => {
    assert.deepEqual(
      findings(`
      ${HEADER}
      poste "Soins courants"
        consultation generaliste 90 % BR  # grille-ignore GR116
        consultation specialiste 90 % BR  # grille-ignore GR116 :
    `),
      [
        GR116('3:28'),
        '3:37 GR901 Donnez la raison de la suppression : « # grille-ignore GR116 : raison ». Sans raison, elle ne fait rien taire.',
        GR116('4:28'),
        '4:37 GR901 Donnez la raison de la suppression : « # grille-ignore GR116 : raison ». Sans raison, elle ne fait rien taire.',
      ],
    );
  });

  it('with a reason not separated by « : » (the fix adds it)', () => {
    const text = dedent(`
      ${HEADER}
      poste "Soins courants"
        consultation generaliste 90 % BR  # grille-ignore GR116 reprise du contrat historique
    `);
    const analysis = analyze(text);
    assert.deepEqual(renderDiagnostics(analysis), [
      GR116('3:28'),
      '3:37 GR901 Séparez la raison des codes par « : » (« # grille-ignore GR116 : raison ») : sans raison, la suppression ne fait rien taire.',
    ]);
    const edit = analysis.diagnostics.find((d) => d.code === 'GR901')!.fixes![0]!.edits[0]!;
    const fixed = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
    assert.match(fixed, /# grille-ignore GR116 : reprise du contrat historique/);
    assert.deepEqual(renderDiagnostics(analyze(fixed)), []);
  });

  it('naming no code', () => {
    assert.deepEqual(
      findings(`
      ${HEADER}
      poste "Soins courants"
        consultation generaliste 90 % BR  # grille-ignore : reprise du contrat historique
    `),
      [GR116('3:28'), '3:37 GR903 La suppression ne nomme aucun code : écrivez « # grille-ignore GR116 : raison ». Elle ne fait rien taire.'],
    );
  });

  it('naming an unknown code: « code inconnu », with the closest code when one is a typo away', () => {
    assert.deepEqual(
      findings(`
      ${HEADER}
      poste "Soins courants"
        consultation generaliste 90 % BR  # grille-ignore GR161 : reprise du contrat historique
        consultation specialiste 100 % BR  # grille-ignore GR999 : reprise du contrat historique
    `),
      [
        GR116('3:28'),
        '3:37 GR903 Code inconnu « GR161 » (vouliez-vous dire « GR116 » ?) : ce code ne fait taire aucun constat (voir docs/rules.md).',
        '4:38 GR903 Code inconnu « GR999 » : ce code ne fait taire aucun constat (voir docs/rules.md).',
      ],
    );
  });

  it('naming a word that is not a code', () => {
    assert.deepEqual(
      findings(`
      ${HEADER}
      poste "Soins courants"
        consultation generaliste 90 % BR  # grille-ignore tout : reprise du contrat historique
    `),
      [
        GR116('3:28'),
        "3:37 GR903 « tout » n'est pas un code de règle (GR suivi de trois chiffres) : écrivez « # grille-ignore GR116 : raison ». La suppression ne fait rien taire.",
      ],
    );
  });

  it('a comment that merely mentions grille-ignore is not a suppression', () => {
    assert.deepEqual(
      findings(`
      ${HEADER}
      poste "Soins courants"
        consultation generaliste 100 % BR  # voir grille-ignore dans docs/rules.md
    `),
      [],
    );
  });
});
