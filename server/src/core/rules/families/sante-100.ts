/** 100 % Santé: the baskets with no reste à charge, and what a responsible contract owes on them. */
import { defineRules, gridLines as H } from '../../diagnostics/rule-definition';

export const SANTE_100_RULES = defineRules({
  GR120: {
    severity: 'error',
    category: '100-sante',
    fast: true,
    title: '« 100 % Santé » sur un acte hors panier',
    titleEn: '"100 % Santé" on an act outside the basket',
    description:
      "« 100 % Santé » paie jusqu'au prix limite (PLV ou HLF) d'un acte du panier : optique classe A, prothèses du panier 100 % Santé, aides auditives classe I.",
    bad: H(['poste "Optique"', '  optique classe b verres simples 100 % Santé']),
    good: H(['poste "Optique"', '  optique classe a 100 % Santé']),
    messages: {
      default: {
        fr: "« {act} » n'appartient pas à un panier 100 % Santé : « 100 % Santé » n'y paie rien.",
        en: '« {act} » is not in a 100 % Santé basket: « 100 % Santé » pays nothing on it.',
      },
    },
  },
  GR207: {
    severity: 'error',
    category: '100-sante',
    fast: true,
    title: "Optique classe A non couverte jusqu'au PLV (CR-OPT-A)",
    titleEn: 'Optical class A not covered up to the price cap',
    description: "Les équipements d'optique du panier 100 % Santé (classe A) sont couverts jusqu'au prix limite de vente : reste à charge nul.",
    bad: H(['poste "Optique"', '  optique classe a 100 % BR']),
    good: H(['poste "Optique"', '  optique classe a 100 % Santé']),
    source: 'R871-2 3° CSS (✅)',
    params: ['plv.optique_classe_a_equipement', 'br.optique_classe_a_equipement'],
  },
  GR211: {
    severity: 'error',
    category: '100-sante',
    fast: true,
    title: "Aide auditive classe I non couverte jusqu'au PLV (CR-AUD)",
    titleEn: 'Hearing aid class I not covered up to the price cap',
    description: "Les aides auditives de classe I sont couvertes jusqu'au prix limite de vente : reste à charge nul.",
    bad: H(['poste "Aides auditives"', '  aide auditive classe i 100 % BR, 1 equipement tous les 4 ans']),
    good: H(['poste "Aides auditives"', '  aide auditive classe i 100 % Santé, 1 equipement tous les 4 ans']),
    source: 'ameli.fr (✅)',
    params: ['plv.aide_auditive_classe_i', 'plv.aide_auditive_classe_i.moins_20'],
  },
  GR213: {
    severity: 'error',
    category: '100-sante',
    fast: true,
    title: "Prothèse dentaire 100 % Santé non couverte jusqu'aux HLF (CR-DENT)",
    titleEn: 'Dental 100 % Santé not covered up to the fee cap',
    description: "Les prothèses du panier 100 % Santé sont couvertes jusqu'aux honoraires limites de facturation : reste à charge nul.",
    bad: H(['poste "Dentaire"', '  couronne 100 sante 300 % BR']),
    good: H(['poste "Dentaire"', '  couronne 100 sante 100 % Santé']),
    source: 'lexiques UNOCAM (🟡)',
    params: ['hlf.couronne_100_sante', 'hlf.inlay_core_100_sante'],
  },
});
