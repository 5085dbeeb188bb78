/** Suppressions: `# grille-ignore` comments (core/rules/suppressions.ts). */
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
  },
});
