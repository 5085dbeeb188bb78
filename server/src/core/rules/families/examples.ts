/** Examples: a grid's worked cases, judged against what the engine computes. */
import { defineRules, gridLines as H } from '../../diagnostics/rule-definition';

export const EXAMPLE_RULES = defineRules({
  GR401: {
    severity: 'error',
    category: 'exemples',
    fast: false,
    title: 'Montant attendu différent du calcul',
    titleEn: 'Expected amount differs from the computation',
    description:
      "Le montant attendu de l'exemple n'est pas celui que calcule le moteur. Le message donne le montant calculé et la raison ; le correctif remplace le chiffre.",
    bad: H([
      'poste "Soins courants"',
      '  consultation generaliste non_conventionne 200 % BR',
      'exemple "Secteur 3"',
      '  acte consultation generaliste secteur 3 prix 50 €',
      '  attendu secu 0,61 € mutuelle 1,22 € reste 48,17 €',
    ]),
    good: H([
      'poste "Soins courants"',
      '  consultation generaliste non_conventionne 200 % BR',
      'exemple "Secteur 3"',
      '  acte consultation generaliste secteur 3 prix 50 €',
      '  attendu secu 0,43 € mutuelle 0,79 € reste 48,78 €',
    ]),
  },
  GR402: {
    severity: 'error',
    category: 'exemples',
    fast: false,
    title: 'Exemple incalculable',
    titleEn: 'Example cannot be computed',
    description: "Un paramètre manque à la date des soins : aucun montant n'est calculé plutôt qu'un montant faux.",
    bad: H(['poste "Hospitalisation"', '  chambre particuliere 2 % PMSS par jour', 'exemple "x"', '  acte chambre particuliere prix 100 € date 2023-05-01']),
    good: H(['poste "Hospitalisation"', '  chambre particuliere 2 % PMSS par jour', 'exemple "x"', '  acte chambre particuliere prix 100 € date 2025-05-01']),
  },
  GR403: {
    severity: 'info',
    category: 'exemples',
    fast: false,
    title: 'Information écrite préalable (devis) obligatoire',
    titleEn: 'Written prior information required',
    description:
      "Quand les honoraires d'un acte comportent un dépassement (prix au-dessus de la BR) et atteignent 70 €, dépassement compris, le professionnel doit remettre une information écrite préalable (devis). Rappel affiché sur les exemples concernés ; le seuil s'apprécie par acte (prix unitaire), pas sur une quantité. Un acte au tarif n'est pas concerné. Pour un acte hors nomenclature (sans BR), le rappel est donné mais l'application de l'obligation est incertaine.",
    bad: H([
      'poste "Soins courants"',
      '  consultation specialiste dptam 200 % BR non_dptam 180 % BR',
      'exemple "x"',
      '  acte consultation specialiste dptam prix 80 €',
    ]),
    good: H([
      'poste "Soins courants"',
      '  consultation specialiste dptam 200 % BR non_dptam 180 % BR',
      '  actes techniques dptam 200 % BR non_dptam 180 % BR',
      'exemple "x"',
      '  acte consultation specialiste dptam prix 60 €',
      '  acte actes techniques secteur 1 prix 100 €',
      '  acte consultation specialiste dptam prix 30 € quantite 3',
    ]),
    source: 'Arrêté du 2 oct. 2008 (✅) ; actes hors nomenclature ❓',
    uncertain: true,
    params: ['seuil.information_ecrite'],
  },
});
