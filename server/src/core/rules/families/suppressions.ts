/**
 * Suppressions: `# grille-ignore` comments. Their logic is in core/rules/suppressions.ts, which reads
 * the whole registry (the codes a suppression may name), so it stays outside the families the
 * registry imports.
 */
import { defineRules, gridLines as H } from '../../diagnostics/rule-definition';

export const SUPPRESSION_RULES = defineRules({
  GR901: {
    severity: 'warning',
    category: 'suppression',
    fast: true,
    title: 'Suppression sans raison',
    titleEn: 'Suppression without a reason',
    description:
      "Un commentaire `# grille-ignore CODE : raison` fait taire un constat sur sa ligne (ou, seul sur sa ligne, sur la ligne suivante). La raison est obligatoire : elle reste pour le relecteur. Une suppression sans raison (ou dont la raison n'est pas séparée des codes par « : ») ne fait rien taire : le constat visé reste affiché.",
    bad: H([
      'contrat "Exemple" millesime 2026 non_responsable base ro_inclus',
      'poste "Soins courants"',
      '  consultation generaliste 90 % BR  # grille-ignore GR116',
    ]),
    good: H([
      'contrat "Exemple" millesime 2026 non_responsable base ro_inclus',
      'poste "Soins courants"',
      "  consultation generaliste 90 % BR  # grille-ignore GR116 : reprise à l'identique du contrat historique",
    ]),
    messages: {
      default: {
        fr: 'Donnez la raison de la suppression : « # grille-ignore {codes} : raison ». Sans raison, elle ne fait rien taire.',
        en: 'Give the reason for the suppression: « # grille-ignore {codes} : reason ». Without a reason it silences nothing.',
      },
      noColon: {
        fr: 'Séparez la raison des codes par « : » (« # grille-ignore GR116 : raison ») : sans raison, la suppression ne fait rien taire.',
        en: 'Separate the reason from the codes with « : » (« # grille-ignore GR116 : reason »): without a reason the suppression silences nothing.',
      },
    },
    fixes: { addColon: { fr: 'Ajouter « : » avant la raison', en: 'Add « : » before the reason' } },
  },
  GR902: {
    severity: 'warning',
    category: 'suppression',
    fast: true,
    title: 'Suppression inutile',
    titleEn: 'Suppression that silences nothing',
    description: 'La suppression nomme un code qui ne signale rien sur la ligne visée : retirez-la (ou retirez ce code de la liste).',
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR  # grille-ignore GR116 : ancienne ligne']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
    messages: {
      default: {
        fr: 'La suppression de {codes} ne fait taire aucun constat : retirez-la.',
        en: 'The suppression of {codes} silences no finding: remove it.',
      },
    },
    fixes: {
      remove: { fr: 'Retirer la suppression', en: 'Remove the suppression' },
      removeCodes: { fr: 'Retirer {codes} de la suppression', en: 'Remove {codes} from the suppression' },
    },
  },
  GR903: {
    severity: 'warning',
    category: 'suppression',
    fast: true,
    title: 'Suppression mal formée ou code inconnu',
    titleEn: 'Malformed suppression or unknown code',
    description:
      "Après `grille-ignore` viennent un ou plusieurs codes de ce catalogue (`GR116, GR117`), puis « : » et la raison. Une suppression qui ne nomme aucun code, un mot qui n'est pas un code ou un code inconnu (le message propose le plus proche) ne fait rien taire. Les constats sur les suppressions (GR901 à GR903) ne se suppriment pas.",
    bad: H([
      'contrat "Exemple" millesime 2026 non_responsable base ro_inclus',
      'poste "Soins courants"',
      '  consultation generaliste 90 % BR  # grille-ignore GR161 : reprise du contrat historique',
    ]),
    good: H([
      'contrat "Exemple" millesime 2026 non_responsable base ro_inclus',
      'poste "Soins courants"',
      '  consultation generaliste 90 % BR  # grille-ignore GR116 : reprise du contrat historique',
    ]),
    messages: {
      default: {
        fr: 'Code inconnu « {code} » : ce code ne fait taire aucun constat (voir docs/rules.md).',
        en: 'Unknown code « {code} »: it silences no finding (see docs/rules.md).',
      },
      guess: {
        fr: 'Code inconnu « {code} » (vouliez-vous dire « {guess} » ?) : ce code ne fait taire aucun constat (voir docs/rules.md).',
        en: 'Unknown code « {code} » (did you mean « {guess} »?): it silences no finding (see docs/rules.md).',
      },
      noCode: {
        fr: 'La suppression ne nomme aucun code : écrivez « # grille-ignore GR116 : raison ». Elle ne fait rien taire.',
        en: 'The suppression names no code: write « # grille-ignore GR116 : reason ». It silences nothing.',
      },
      notACode: {
        fr: "« {word} » n'est pas un code de règle (GR suivi de trois chiffres) : écrivez « # grille-ignore GR116 : raison ». La suppression ne fait rien taire.",
        en: '« {word} » is not a rule code (GR followed by three digits): write « # grille-ignore GR116 : reason ». The suppression silences nothing.',
      },
    },
  },
});
