/**
 * Meaning, as the model builder finds it (core/model/build-model.ts; GR102 « not a grid » by
 * analyze()): each code's metadata, message templates and quick-fix titles, and the words the
 * builder puts in them (`MODEL_WORDS`).
 */
import { defineRules, gridLines as H } from '../diagnostics/rule-definition';
import type { Template } from '../diagnostics/messages';

/** The codes the model builder (and analyze(), GR102) may report. */
export type ModelCode = keyof typeof MODEL_RULES;

export const MODEL_RULES = defineRules({
  GR101: {
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Acte inconnu',
    titleEn: 'Unknown act',
    description:
      "L'acte n'est pas au catalogue (docs/catalogue.md). Le message propose les noms les plus proches ; un acte hors nomenclature absent du catalogue se déclare avec `hors_nomenclature`.",
    bad: H(['poste "Soins courants"', '  consultation generalste 100 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', '  reflexologie hors_nomenclature 30 € par seance']),
    messages: {
      default: {
        fr: 'Acte inconnu « {act} ». Pour un acte hors nomenclature absent du catalogue, écrivez « {act} hors_nomenclature … ».',
        en: 'Unknown act « {act} ». For an act outside the nomenclature that is not in the catalogue, write « {act} hors_nomenclature … ».',
      },
      suggested: {
        fr: 'Acte inconnu « {act} ». Vouliez-vous dire {suggestions} ? Pour un acte hors nomenclature absent du catalogue, écrivez « {act} hors_nomenclature … ».',
        en: 'Unknown act « {act} ». Did you mean {suggestions}? For an act outside the nomenclature that is not in the catalogue, write « {act} hors_nomenclature … ».',
      },
    },
    fixes: { replace: { fr: 'Remplacer par « {act} »', en: 'Replace with « {act} »' } },
  },
  GR102: {
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'En-tête du contrat incomplet',
    titleEn: 'Incomplete contract header',
    description:
      "Sans millésime (ou date d'effet), Grille ne sait pas quels paramètres appliquer ; sans « responsable » / « non_responsable », il ne sait pas quelles règles vérifier.",
    bad: H(['contrat "Essentiel" base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 100 % BR']),
    good: H(['contrat "Essentiel" millesime 2026 responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 100 % BR']),
    messages: {
      default: {
        fr: 'En-tête « contrat » manquant : le millésime, la base des « % BR » et le caractère responsable ne sont pas définis.',
        en: 'Missing « contrat » header: the vintage, the basis of the « % BR » lines and whether the contract is responsible are not defined.',
      },
      noDate: {
        fr: "Millésime ou date d'effet manquant : ajoutez « millesime 2026 » ou « effet 2026-01-01 » pour choisir les paramètres.",
        en: 'Missing vintage or effective date: add « millesime 2026 » or « effet 2026-01-01 » to choose the parameters.',
      },
      responsible: {
        fr: 'Dites si le contrat est responsable : ajoutez « responsable » ou « non_responsable ».',
        en: 'Say whether the contract is responsible: add « responsable » or « non_responsable ».',
      },
      careDate: {
        fr: "Date des soins inconnue : ajoutez « date 2026-03-15 » à l'acte ou un millésime à l'en-tête.",
        en: 'Unknown date of care: add « date 2026-03-15 » to the act or a vintage to the header.',
      },
      notAGrid: {
        fr: "Ce texte n'est pas une grille : aucun en-tête « contrat » et aucune ligne reconnue (poste, garantie, option, exemple).",
        en: 'This text is not a grid: no « contrat » header and no line reads as a section, guarantee, option or example.',
      },
    },
    fixes: {
      addMillesime: { fr: 'Ajouter « millesime 2026 »', en: 'Add « millesime 2026 »' },
      responsible: { fr: 'Déclarer le contrat responsable', en: 'Declare the contract responsible' },
      nonResponsible: { fr: 'Déclarer le contrat non responsable', en: 'Declare the contract non-responsible' },
    },
  },
  GR103: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Attribut répété',
    titleEn: 'Repeated attribute',
    description: "Un attribut d'en-tête ou un « attendu » écrit deux fois : seule la dernière valeur compte.",
    bad: H(['contrat "Essentiel" millesime 2026 millesime 2025 responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 100 % BR']),
    good: H(['contrat "Essentiel" millesime 2026 responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 100 % BR']),
    messages: {
      default: {
        fr: 'Attribut « {attribute} » répété : seule la dernière valeur compte.',
        en: 'Attribute « {attribute} » repeated: only the last value counts.',
      },
      expected: {
        fr: 'Un seul « attendu » par acte : celui-ci remplace le précédent.',
        en: 'Only one « attendu » per act: this one replaces the previous one.',
      },
    },
  },
  GR104: {
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Base « % BR » ambiguë (RO inclus ou en sus)',
    titleEn: 'Ambiguous "% BR" basis',
    description:
      "« 200 % BR » paie 200 % au total Sécu incluse (RO inclus, l'usage du marché) ou 200 % en plus de la Sécu (en sus) : 1,22 € ou 1,65 € au tarif d'autorité. Précisez la base dans l'en-tête (`base ro_inclus`) ou sur la ligne.",
    bad: H(['contrat "Essentiel" millesime 2026 responsable', 'poste "Soins courants"', '  consultation generaliste 200 % BR']),
    good: H(['contrat "Essentiel" millesime 2026 responsable', 'poste "Soins courants"', '  consultation generaliste 200 % BR ro_inclus']),
    source: 'UNOCAM, engagement de lisibilité des garanties (« remboursement Sécurité sociale inclus » ou non)',
    messages: {
      default: {
        fr: "« {rate} % BR » est ambigu : Sécu incluse (ro_inclus, l'usage du marché) ou en plus de la Sécu (en_sus) ? Précisez-le sur la ligne ou dans l'en-tête (« base ro_inclus »).",
        en: '« {rate} % BR » is ambiguous: Sécu included (ro_inclus, the market usage) or on top of the Sécu (en_sus)? Say which on the line or in the header (« base ro_inclus »).',
      },
    },
    fixes: {
      onLine: { fr: 'Préciser « {basis} » sur cette ligne', en: 'Write « {basis} » on this line' },
      inHeader: { fr: "Ajouter « base ro_inclus » à l'en-tête (toutes les lignes)", en: 'Add « base ro_inclus » to the header (all lines)' },
    },
  },
  GR105: {
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Colonne de secteur répétée',
    titleEn: 'Repeated sector column',
    description: 'La même colonne (dptam, non_dptam, non_conventionne) apparaît deux fois sur une ligne.',
    bad: H(['poste "Soins courants"', '  consultation generaliste dptam 150 % BR dptam 130 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste dptam 150 % BR non_dptam 130 % BR']),
    messages: {
      default: { fr: 'Colonne « {column} » déjà définie sur cette ligne.', en: 'Column « {column} » is already defined on this line.' },
    },
  },
  GR106: {
    severity: 'error',
    category: 'sens',
    fast: true,
    title: "Mode d'empilement de l'option manquant",
    titleEn: 'Option stacking mode missing',
    description:
      "Les montants d'une option incluent-ils le socle (`inclut_socle`) ou s'y ajoutent-ils (`en_sus_du_socle`) ? Les grilles publiées font l'un et l'autre.",
    bad: H([
      'poste "Soins courants"',
      '  consultation generaliste 100 % BR',
      'option "Confort"',
      'poste "Soins courants"',
      '  consultation generaliste 150 % BR',
    ]),
    good: H([
      'poste "Soins courants"',
      '  consultation generaliste 100 % BR',
      'option "Confort" inclut_socle',
      'poste "Soins courants"',
      '  consultation generaliste 150 % BR',
    ]),
    source: 'Grilles publiées au JORF et accords de branche (KALI) : options en montants socle inclus ou en supplément',
    messages: {
      default: {
        fr: "Dites comment l'option s'empile sur le socle : « inclut_socle » (les montants incluent le socle) ou « en_sus_du_socle » (ils s'y ajoutent).",
        en: 'Say how the option stacks on the socle: « inclut_socle » (its amounts include the socle) or « en_sus_du_socle » (they are added to it).',
      },
    },
    fixes: {
      includesSocle: { fr: "Les montants de l'option incluent le socle", en: "The option's amounts include the socle" },
      addsToSocle: { fr: "Les montants de l'option s'ajoutent au socle", en: "The option's amounts are added to the socle" },
    },
  },
  GR107: {
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Option inconnue',
    titleEn: 'Unknown option',
    description: 'Un exemple nomme une option que le fichier ne définit pas.',
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "x"', '  acte consultation generaliste prix 30 € option "Confrt"']),
    good: H([
      'poste "Soins courants"',
      '  consultation generaliste 100 % BR',
      'option "Confort" inclut_socle',
      'poste "Soins courants"',
      '  consultation generaliste 150 % BR',
      'exemple "x"',
      '  acte consultation generaliste prix 30 € option "Confort"',
    ]),
    messages: {
      default: { fr: 'Option « {option} » inconnue (options du fichier : {options}).', en: 'Unknown option « {option} » (options of the file: {options}).' },
      noOption: { fr: 'Option « {option} » inconnue : le fichier ne définit aucune option.', en: 'Unknown option « {option} »: the file defines no option.' },
    },
  },
  GR108: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: "Acte d'exemple sans ligne de garantie",
    titleEn: 'Example act without a guarantee line',
    description: "L'exemple calcule un acte que le socle ne couvre pas : la mutuelle n'y paiera rien.",
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "x"', '  acte osteopathie prix 60 €']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', '  osteopathie 30 € par seance', 'exemple "x"', '  acte osteopathie prix 60 €']),
    messages: {
      default: {
        fr: 'Aucune ligne du socle ne couvre « {act} » : la mutuelle ne paiera rien.',
        en: 'No socle line covers « {act} »: the insurer will pay nothing.',
      },
    },
  },
  GR109: {
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Montant attendu sans acte',
    titleEn: 'Expected amounts without an act',
    description: "« attendu » vérifie l'acte de la ligne au-dessus ; il n'y en a pas.",
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "x"', '  attendu secu 19 €']),
    good: H([
      'poste "Soins courants"',
      '  consultation generaliste 100 % BR',
      'exemple "x"',
      '  acte consultation generaliste prix 30 €',
      '  attendu secu 19 €',
    ]),
    messages: {
      default: { fr: "« attendu » doit suivre une ligne « acte » de l'exemple.", en: '« attendu » must follow an « acte » line of the example.' },
    },
  },
  GR111: {
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Valeur hors limites',
    titleEn: 'Value out of range',
    description:
      "Un millésime, un âge, une quantité, un nombre de séances ou une durée qui n'a pas de sens, ou un montant en euros au-delà du centime (`10,555 €`), qui n'est pas utilisé dans les calculs.",
    bad: H(['poste "Soins courants"', '  osteopathie 40 € par seance, 2,5 seances par an']),
    good: H(['poste "Soins courants"', '  osteopathie 40 € par seance, 3 seances par an']),
    messages: {
      default: {
        fr: '{what} « {amount} € » : un montant en euros a au plus deux décimales (les centimes).',
        en: '{what} « {amount} € »: a euro amount has at most two decimals (the cents).',
      },
      negative: { fr: '{what} négatif : un montant positif est attendu.', en: '{what}: negative amount, a positive amount is expected.' },
      wholeNumber: { fr: '{what} invalide : un entier de {min} à {max} est attendu.', en: 'Invalid {what}: a whole number from {min} to {max} is expected.' },
      millesime: {
        fr: 'Millésime {year} invalide : une année entre {first} et {last} est attendue.',
        en: 'Vintage {year} is invalid: a year between {first} and {last} is expected.',
      },
      sectionLimit: {
        fr: 'Sur un poste, seul un plafond annuel commun est permis (« plafond 300 € par an »).',
        en: 'On a section, only a shared annual cap is allowed (« plafond 300 € par an »).',
      },
      annualAllowanceSecu: {
        fr: "« Sécu incluse » ne s'applique pas à un forfait annuel : écrivez un plafond annuel (« dans la limite de 500 € par an Sécu incluse ») ou un montant par acte.",
        en: '« Sécu incluse » does not apply to an annual allowance: write an annual cap (« dans la limite de 500 € par an Sécu incluse ») or an amount per act.',
      },
      count: {
        fr: "« {count} » : le nombre d'unités par an doit être un entier positif.",
        en: '« {count} »: the number of units per year must be a positive whole number.',
      },
      renewalYears: {
        fr: "Période de renouvellement invalide : un nombre entier d'années de 1 à {most} est attendu.",
        en: 'Invalid renewal period: a whole number of years from 1 to {most} is expected.',
      },
      renewalCount: { fr: 'Seul « 1 équipement tous les N ans » est pris en charge.', en: 'Only « 1 équipement tous les N ans » is supported.' },
      rankUnit: {
        fr: "« à compter du … » compte des « {unit} », mais l'acte se facture par « {actUnit} » : le rang n'est pas appliqué.",
        en: '« à compter du … » counts « {unit} », but the act is billed per « {actUnit} »: the rank is not applied.',
      },
      seniorityOrder: {
        fr: "Année d'adhésion {year} après l'année {previous} : les années se suivent en croissant ; ces montants ne sont pas utilisés.",
        en: 'Membership year {year} after year {previous}: the years must increase; these amounts are not used.',
      },
      seniorityFirst: {
        fr: "Les montants par ancienneté commencent à l'année {year} : ceux de cette ligne valent aussi pour les années d'avant (écrivez « 1re année : … » pour les dire).",
        en: "The amounts by seniority start at year {year}: this line's also apply to the years before (write « 1re année : … » to state them).",
      },
      carence: {
        fr: 'Durée de carence invalide : un nombre entier de 0 à {most} {unit} est attendu.',
        en: 'Invalid waiting period: a whole number from 0 to {most} {unit} is expected.',
      },
    },
  },
  GR112: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Acte déclaré hors nomenclature à tort',
    titleEn: 'Act wrongly declared outside the nomenclature',
    description: "L'acte est au catalogue avec une BR : le déclarer `hors_nomenclature` est une erreur.",
    bad: H(['poste "Soins courants"', '  consultation generaliste hors_nomenclature 30 €']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
    messages: {
      default: {
        fr: '« {act} » est dans le catalogue ({nomenclature}) : il a une BR, ne le déclarez pas hors nomenclature.',
        en: '« {act} » is in the catalogue ({nomenclature}): it has a BR, do not declare it hors nomenclature.',
      },
    },
    fixes: { remove: { fr: 'Retirer « hors_nomenclature »', en: 'Remove « hors_nomenclature »' } },
  },
  GR130: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: "Actes d'un exemple hors de l'ordre des dates",
    titleEn: 'Example acts out of date order',
    description:
      "Un exemple suit un bénéficiaire dans l'ordre écrit : séances comptées, forfaits et plafonds annuels, renouvellements. Un acte daté avant l'acte précédent du même bénéficiaire fausse ces compteurs sans bruit : écrivez les actes dans l'ordre des dates.",
    bad: H([
      'poste "Soins courants"',
      '  osteopathie 40 € par seance, 2 seances par an',
      'exemple "x"',
      '  acte osteopathie prix 60 € date 2026-05-01',
      '  acte osteopathie prix 60 € date 2026-02-01',
    ]),
    good: H([
      'poste "Soins courants"',
      '  osteopathie 40 € par seance, 2 seances par an',
      'exemple "x"',
      '  acte osteopathie prix 60 € date 2026-02-01',
      '  acte osteopathie prix 60 € date 2026-05-01',
    ]),
    messages: {
      default: {
        fr: "Soins du {date} écrits après ceux du {previous} : écrivez les actes dans l'ordre des dates, les limites annuelles et les renouvellements se comptent dans l'ordre écrit.",
        en: 'Care on {date} written after care on {previous}: write the acts in date order; annual limits and renewals are counted in the order written.',
      },
    },
  },
  GR131: {
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Cellules et formules ne correspondent pas',
    titleEn: 'Cells do not match the formulas',
    description:
      'Une ligne écrite en cellules (`| 100 % BR | 150 % BR`) donne une cellule par formule déclarée (`formule "…"`), dans l\'ordre des déclarations. Une cellule en trop ou en moins, ou des cellules sans formule déclarée, laissent une formule sans garantie lisible : la ligne est calculée pour les cellules présentes.',
    bad: H(['formule "Socle"', 'formule "Option 1" inclut_socle', 'poste "Soins courants"', '  consultation generaliste | 100 % BR | 150 % BR | 200 % BR']),
    good: H(['formule "Socle"', 'formule "Option 1" inclut_socle', 'poste "Soins courants"', '  consultation generaliste | 100 % BR | 150 % BR']),
    messages: {
      default: {
        fr: "{cells} cellules pour {formulas} formules ({names}) : une cellule par formule, dans l'ordre des déclarations.",
        en: '{cells} cells for {formulas} formulas ({names}): one cell per formula, in the order they are declared.',
      },
      noFormulas: {
        fr: 'Cellules sans formule déclarée : déclarez les formules en tête (« formule "Socle" », « formule "Option 1" inclut_socle »…) ; seule la première cellule est lue.',
        en: 'Cells without declared formulas: declare the formulas at the top (« formule "Socle" », « formule "Option 1" inclut_socle »…); only the first cell is read.',
      },
      inOption: {
        fr: 'Cellules dans le bloc « option » « {option} » : une option a une seule colonne ; seule la première cellule est lue.',
        en: 'Cells in the « option » block « {option} »: an option has one column; only the first cell is read.',
      },
    },
  },
  GR132: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Formule mal déclarée',
    titleEn: 'Badly declared formula',
    description:
      "Deux formules du même nom (un exemple ne saurait laquelle calculer), ou une première formule déclarée empilée : la première formule est le socle, les autres s'empilent sur elle (`inclut_socle`, `en_sus_du_socle`) ou sont indépendantes.",
    bad: H(['formule "Socle" inclut_socle', 'formule "Option 1" inclut_socle', 'poste "Soins courants"', '  consultation generaliste | 100 % BR | 150 % BR']),
    good: H(['formule "Socle"', 'formule "Option 1" inclut_socle', 'poste "Soins courants"', '  consultation generaliste | 100 % BR | 150 % BR']),
    messages: {
      default: { fr: "Deux formules s'appellent « {formula} ».", en: 'Two formulas are named « {formula} ».' },
      firstStacked: {
        fr: "La première formule est le socle : « {mode} » ne s'applique qu'aux formules suivantes, empilées sur elle.",
        en: 'The first formula is the socle: « {mode} » only applies to the next formulas, stacked on it.',
      },
    },
    fixes: { removeMode: { fr: 'Retirer « {mode} »', en: 'Remove « {mode} »' } },
  },
  GR133: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Exemple sans formule',
    titleEn: 'Example without a formula',
    description:
      'Dans une grille de plusieurs formules, un exemple dit quelle formule il calcule (`exemple "…" formule "Option 1"`, ou `formule "…"` sur un `acte`). Sans cela il est calculé avec la première formule, ce que l\'auteur n\'a peut-être pas voulu.',
    bad: H([
      'formule "Socle"',
      'formule "Option 1" inclut_socle',
      'poste "Soins courants"',
      '  consultation generaliste | 100 % BR | 150 % BR',
      'exemple "x"',
      '  acte consultation generaliste prix 30 €',
    ]),
    good: H([
      'formule "Socle"',
      'formule "Option 1" inclut_socle',
      'poste "Soins courants"',
      '  consultation generaliste | 100 % BR | 150 % BR',
      'exemple "x" formule "Option 1"',
      '  acte consultation generaliste prix 30 €',
    ]),
    messages: {
      default: {
        fr: 'Exemple sans formule : il est calculé avec « {formula} ». Précisez-la : exemple "…" formule "…" (formules : {formulas}).',
        en: 'Example without a formula: it is computed with « {formula} ». Name it: exemple "…" formule "…" (formulas: {formulas}).',
      },
    },
    fixes: { name: { fr: 'Calculer avec « {formula} »', en: 'Compute with « {formula} »' } },
  },
  GR134: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Notation imprimée lue au plus proche',
    titleEn: 'Printed notation read at its closest meaning',
    description:
      "Une notation imprimée qui ne dit pas tout : un pourcentage seul (`150 %`) sans que le poste ni l'en-tête disent de quoi (`pourcentages BR`), lu « % BR » (l'usage du marché ; « % FR » pour un acte sans BR) ; « 100 % Forfait » sur un acte qui n'est pas un forfait réglementé, lu « 100 % FR ». La ligne est calculée avec cette lecture ; dites-la pour lever le doute.",
    bad: H(['contrat "Essentiel" millesime 2026 responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 150 %']),
    good: H(['contrat "Essentiel" millesime 2026 responsable base ro_inclus pourcentages BR', 'poste "Soins courants"', '  consultation generaliste 150 %']),
    messages: {
      default: {
        fr: "« {rate} % » ne dit pas de quoi : il est lu « {rate} % BR », l'usage du marché. Dites-le dans l'en-tête ou sur le poste (« pourcentages BR »), ou écrivez « {rate} % BR ».",
        en: '« {rate} % » does not say of what: it is read as « {rate} % BR », the market usage. Say it in the header or on the section (« pourcentages BR »), or write « {rate} % BR ».',
      },
      forfait: {
        fr: "« {rate} % Forfait » : « {act} » n'a pas de forfait réglementé ; il est lu « {rate} % FR », un pourcentage du prix payé. Écrivez « {rate} % FR » ou le forfait en euros.",
        en: '« {rate} % Forfait »: « {act} » has no regulated flat fee; it is read as « {rate} % FR », a percentage of the price paid. Write « {rate} % FR » or the flat fee in euros.',
      },
    },
    fixes: { unit: { fr: 'Écrire « {rate} % {unit} »', en: 'Write « {rate} % {unit} »' } },
  },
});

/** The words the model builder's messages are filled with. */
export const MODEL_WORDS = {
  /** The amount that is not in cents or negative (`{what}` of GR111). */
  sectionCap: { fr: 'Plafond du poste', en: 'Section cap' },
  amount: { fr: 'Montant', en: 'Amount' },
  cap: { fr: 'Plafond', en: 'Cap' },
  typicalPrice: { fr: 'Prix typique', en: 'Typical price' },
  price: { fr: 'Prix', en: 'Price' },
  br: { fr: 'BR', en: 'BR' },
  expectedAmount: { fr: 'Montant « {field} »', en: 'Amount « {field} »' },
  /** The whole numbers of an example (`{what}` of GR111 `wholeNumber`). */
  repeat: { fr: 'Nombre de répétitions', en: 'repeat count' },
  quantity: { fr: 'Quantité', en: 'quantity' },
  age: { fr: 'Âge', en: 'age' },
  /** The column of a line without a sector (GR105). */
  allSectors: { fr: 'tous secteurs', en: 'all sectors' },
  /** The unit of a waiting period (GR111 `carence`). */
  months: { fr: 'mois', en: 'months' },
  days: { fr: 'jours', en: 'days' },
} as const satisfies Record<string, Template>;
