/** Meaning rules: lines that say something other than what the author likely meant. */
import { defineRules, gridLines as H } from '../../diagnostics/rule-definition';

export const MEANING_RULES = defineRules({
  GR110: {
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Paramètre non défini à cette date',
    titleEn: 'Parameter undefined at this date',
    description:
      "La grille utilise un chiffre réglementaire (PMSS, BR, PLV…) qui n'est pas défini pour son millésime dans les paramètres datés : aucun montant n'est calculé plutôt qu'un montant faux.",
    bad: H(['contrat "Ancien" millesime 2023 responsable base ro_inclus', 'poste "Hospitalisation"', '  chambre particuliere 2 % PMSS par jour']),
    good: H(['contrat "Récent" millesime 2024 responsable base ro_inclus', 'poste "Hospitalisation"', '  chambre particuliere 2 % PMSS par jour']),
  },
  GR113: {
    severity: 'error',
    category: 'sens',
    fast: true,
    title: '« % BR » sur un poste sans base de remboursement',
    titleEn: '"% BR" on an item without a BR',
    description:
      "Les actes hors nomenclature, le forfait journalier, le FPU, la chambre particulière n'ont pas de BR : « 100 % BR » n'y paie rien. Écrivez « 100 % FR » ou un montant en euros.",
    bad: H(['poste "Hospitalisation"', '  forfait journalier 100 % BR']),
    good: H(['poste "Hospitalisation"', '  forfait journalier 100 % FR']),
    source: 'domain.md §3 (cas limites), §4.2 points 4 et 12',
  },
  GR114: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Optique classe B en « % BR » sans montant en euros',
    titleEn: 'Optical class B in "% BR" without a euro amount',
    description:
      "La BR d'un équipement de classe B est de quelques centimes (3 éléments à la BR d'un élément) : « 300 % BR » y paie quelques centimes. Ajoutez un forfait en euros ; le correctif ajoute le plancher du cas de correction en contrat responsable.",
    bad: H(['poste "Optique"', '  optique classe b verres simples 300 % BR']),
    good: H(['poste "Optique"', '  optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 2 ans']),
    source: 'domain.md §4.2, point 5',
    params: ['br.optique_classe_b_element', 'cr.optique.*.minimum'],
  },
  GR115: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: '« % BR » pour un médecin non conventionné',
    titleEn: '"% BR" for a non-contracted doctor',
    description:
      "En secteur 3 la BR est le tarif d'autorité (0,61 € pour un généraliste, 1,22 € pour un spécialiste) : « 200 % BR » paie quelques centimes. Le message donne ce que la ligne paie vraiment.",
    bad: H(['poste "Soins courants"', '  consultation generaliste dptam 200 % BR non_dptam 180 % BR non_conventionne 200 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste dptam 200 % BR non_dptam 180 % BR']),
    source: 'domain.md §4.2 point 12, §7 (article sur le secteur 3)',
    params: ['ta.consultation_generaliste', 'ta.consultation_specialiste', 'ta.actes_techniques'],
  },
  GR116: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Ligne sous 100 % BR en Sécu incluse',
    titleEn: 'Line below 100 % BR, RO included',
    description:
      "En RO inclus, « 90 % BR » couvre moins que le ticket modérateur (la Sécu paie déjà 70 %). Vérifiez que la base n'est pas « en sus ». Dans un contrat responsable, GR201 le dit déjà et GR116 n'est pas répété sur le même terme.",
    bad: H(['contrat "Exemple" millesime 2026 non_responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 90 % BR']),
    good: H(['contrat "Exemple" millesime 2026 non_responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 100 % BR']),
    source: 'domain.md §4.2, point 3',
  },
  GR117: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Acte couvert deux fois dans un poste',
    titleEn: 'Act covered twice in a section',
    description: 'Deux lignes du même poste couvrent le même acte : seule la première compte.',
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', '  generaliste 150 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste 150 % BR']),
  },
  GR118: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Ligne sans effet',
    titleEn: 'Line with no effect',
    description:
      "Quel que soit le prix, la ligne ne paie rien de plus que la Sécu (ex. « 60 % BR » sur une consultation remboursée à 70 %). Écrivez « non_couvert » si c'est voulu. Dans un contrat responsable, quand GR201 (ticket modérateur) est signalé sur la même garantie, GR118 n'est pas répété.",
    bad: H(['contrat "Exemple" millesime 2026 non_responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 60 % BR']),
    good: H(['contrat "Exemple" millesime 2026 non_responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste non_couvert']),
  },
  GR119: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Limite qui ne peut jamais jouer',
    titleEn: 'Limit that can never bind',
    description:
      "Le plafond ne peut jamais être atteint : un plafond annuel au-dessus de tout ce que la ligne peut payer dans l'année (forfait par séance × nombre de séances, ou forfait annuel : « 100 € par an, dans la limite de 150 € par an ») ; un plafond par acte au-dessus de ce que la ligne peut payer sur un acte quel que soit le prix (« 100 % BR, plafond 500 € par acte » sur une consultation). Le second cas n'est vérifié que si ce maximum est borné et connu : « % BR », montants en euros, « % FR » plafonné en « % BR », 100 % Santé ; un « % FR » sans plafond n'a pas de maximum, et le plafond d'une ligne d'option dépend du socle.",
    bad: H(['poste "Autres"', '  osteopathie 40 € par seance, 4 seances par an, dans la limite de 200 € par an']),
    good: H(['poste "Autres"', '  osteopathie 40 € par seance, 4 seances par an, dans la limite de 120 € par an']),
  },
  GR121: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Colonne de secteur sur un acte sans secteur',
    titleEn: 'Sector column on an act without sectors',
    description: 'Les colonnes DPTAM / non DPTAM / non conventionné ne concernent que les honoraires de médecins.',
    bad: H(['poste "Soins courants"', '  pharmacie smr majeur dptam 100 % BR non_dptam 100 % BR']),
    good: H(['poste "Soins courants"', '  pharmacie smr majeur 100 % BR']),
  },
});
