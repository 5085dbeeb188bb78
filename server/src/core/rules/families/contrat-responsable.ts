/**
 * Contrat responsable (L871-1, R871-1, R871-2 CSS) and the collective minimum basket (D911-1), as
 * checkable constraints on what each line can pay. Thresholds come from the dated parameters. (The
 * 100 % Santé baskets up to their caps, GR207 / GR211 / GR213, are in families/sante-100.ts.)
 */
import Decimal from '../../decimal';
import { ACTS, type ActDefinition } from '../../catalogue/acts';
import { catchAllCovers } from '../../catalogue/index';
import type { Localized } from '../../diagnostics/messages';
import { defineRules, gridLines as H, reporter } from '../../diagnostics/rule-definition';
import { max, ZERO } from '../../engine/money';
import type { ColumnModel, LineModel } from '../../model/grid-model';
import { eurosArg, frenchNumber, percentArg } from '../../present/money';
import type { Span } from '../../syntax/text';
import { termsRange } from '../column-spans';
import { RuleContext, type ColumnFacts, type RuleCheck } from '../rule-context';
import { basketInForce, inForce, type ObligationId } from './obligation-dates';
import { annualTerm, contractsOf, grouped, lineApplied, listed, paidOnceLimited, quotedActs, reimbursedAt, yearlyLimit } from '../whole-grid';

export const CONTRAT_RESPONSABLE_RULES = defineRules({
  GR201: {
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Ticket modérateur non couvert (CR-TM)',
    titleEn: 'Ticket modérateur not covered (CR-TM)',
    description:
      "Un contrat responsable couvre l'intégralité du ticket modérateur de tout acte remboursé par la Sécu (au moins 100 % BR en Sécu incluse), sauf médicaments à 30 % et 15 %, homéopathie et cures thermales. À l'hôpital, la participation forfaitaire actes lourds (PAL, 24 €) remplace le ticket modérateur d'un acte d'au moins 120 € : elle fait partie de la participation de l'assuré, donc une ligne `forfait actes lourds` la couvre en entier et sans limite (`100 % FR`) — source secondaire (🟡), le texte de R160-5 n'a pas été lu. Une grille sans ligne `forfait actes lourds` n'est pas signalée : les lignes en « % BR » des actes concernés couvrent déjà la PAL avec leur ticket modérateur (vérifié par cette même règle).",
    bad: H([
      'poste "Hospitalisation"',
      '  forfait journalier 100 % FR',
      '  forfait actes lourds non_couvert',
      'poste "Soins courants"',
      '  consultation specialiste 90 % BR',
    ]),
    good: H([
      'poste "Hospitalisation"',
      '  forfait journalier 100 % FR',
      '  forfait actes lourds 100 % FR',
      'poste "Soins courants"',
      '  consultation specialiste 100 % BR',
      '  pharmacie smr modere non_couvert',
    ]),
    source:
      "R871-2 1° CSS (✅) ; correspondance des exceptions 6°, 7°, 10°, 14° de R160-5 ❓ ; PAL comprise dans la participation de l'assuré à l'hôpital (🟡, pages d'hôpitaux)",
    uncertain: true,
    params: ['pal.montant', 'pal.seuil'],
    messages: {
      default: {
        fr: 'Contrat responsable : le ticket modérateur ({tm} sur une BR de {base}) doit être couvert en entier ; cette garantie en paie {paid}.',
        en: 'Responsible contract: the ticket modérateur ({tm} of a BR of {base}) must be covered in full; this coverage pays {paid} of it.',
      },
      actesLourds: {
        fr: 'Contrat responsable : la participation forfaitaire actes lourds ({amount}) remplace le ticket modérateur et doit être couverte en entier ; cette garantie en paie {paid}.',
        en: 'Responsible contract: the flat heavy-procedure participation (participation forfaitaire actes lourds, {amount}) replaces the ticket modérateur and must be covered in full; this coverage pays {paid} of it.',
      },
      actesLourdsLimited: {
        fr: 'Contrat responsable : la participation forfaitaire actes lourds remplace le ticket modérateur et est couverte sans limite.',
        en: 'Responsible contract: the flat heavy-procedure participation (participation forfaitaire actes lourds) replaces the ticket modérateur and is covered with no limit.',
      },
    },
    fixes: {
      coverTm: { fr: 'Couvrir au moins le ticket modérateur (100 % BR)', en: 'Cover at least the ticket modérateur (100 % BR)' },
      fullCost: { fr: 'Couvrir à 100 % FR', en: 'Cover at 100 % FR' },
      removeLimit: { fr: 'Retirer la limite', en: 'Remove the limit' },
    },
  },
  GR202: {
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Dépassements non DPTAM trop couverts (CR-DH)',
    titleEn: 'Non-DPTAM overbilling covered too much (CR-DH)',
    description:
      "Pour un médecin non adhérent d'un DPTAM, la prise en charge totale est au plus 200 % BR (100 % BR de dépassement) et au plus celle des médecins DPTAM moins 20 % BR : 150 → 130, 200 → 180, 250 → 200.",
    bad: H(['poste "Soins courants"', '  consultation specialiste dptam 150 % BR non_dptam 140 % BR']),
    good: H(['poste "Soins courants"', '  consultation specialiste dptam 150 % BR non_dptam 130 % BR']),
    source: 'R871-2 2° CSS (✅) ; application au secteur 3 ❓',
    uncertain: true,
    params: ['cr.dh.plafond_non_dptam', 'cr.dh.ecart_dptam'],
    messages: {
      default: {
        fr: 'Contrat responsable : hors DPTAM la prise en charge totale est au plus {limit} BR (min(200 %, DPTAM {dptam} BR − 20 %)) ; cette colonne couvre {covered} BR.',
        en: 'Responsible contract: outside the DPTAM, total coverage is at most {limit} BR (min(200%, DPTAM {dptam} BR − 20%)); this column covers {covered} BR.',
      },
      unlimited: {
        fr: 'Contrat responsable : hors DPTAM la prise en charge totale est au plus {limit} BR (min(200 %, DPTAM {dptam} BR − 20 %)) ; cette colonne couvre les frais réels sans limite.',
        en: 'Responsible contract: outside the DPTAM, total coverage is at most {limit} BR (min(200%, DPTAM {dptam} BR − 20%)); this column covers actual costs with no limit.',
      },
      dptamActualCosts: {
        fr: 'Contrat responsable : hors DPTAM la prise en charge totale est au plus {limit} BR (min(200 %, DPTAM frais réels − 20 %)) ; cette colonne couvre {covered} BR.',
        en: 'Responsible contract: outside the DPTAM, total coverage is at most {limit} BR (min(200%, DPTAM actual costs − 20%)); this column covers {covered} BR.',
      },
      bothActualCosts: {
        fr: 'Contrat responsable : hors DPTAM la prise en charge totale est au plus {limit} BR (min(200 %, DPTAM frais réels − 20 %)) ; cette colonne couvre les frais réels sans limite.',
        en: 'Responsible contract: outside the DPTAM, total coverage is at most {limit} BR (min(200%, DPTAM actual costs − 20%)); this column covers actual costs with no limit.',
      },
    },
    fixes: { lower: { fr: 'Ramener à {limit} BR', en: 'Lower to {limit} BR' } },
  },
  GR203: {
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Colonne non DPTAM manquante (CR-DH)',
    titleEn: 'Missing non-DPTAM column (CR-DH)',
    description: "Une ligne qui couvre des dépassements en DPTAM doit dire ce qu'elle paie hors DPTAM, où la couverture est plafonnée.",
    bad: H(['poste "Soins courants"', '  consultation specialiste dptam 200 % BR']),
    good: H(['poste "Soins courants"', '  consultation specialiste dptam 200 % BR non_dptam 180 % BR']),
    source: 'R871-2 2° CSS',
    messages: {
      default: {
        fr: "Contrat responsable : la ligne couvre les médecins DPTAM mais ne dit pas ce qu'elle paie aux médecins non adhérents (colonne « non_dptam »).",
        en: 'Responsible contract: the line covers DPTAM doctors but does not say what it pays doctors who have not joined a DPTAM (column « non_dptam »).',
      },
    },
    fixes: { addNonDptam: { fr: 'Ajouter « non_dptam 100 % BR »', en: 'Add « non_dptam 100 % BR »' } },
  },
  GR204: {
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Participation forfaitaire ou franchise couverte (CR-PF)',
    titleEn: 'Flat participation or deductible covered (CR-PF)',
    description: 'Un contrat responsable ne rembourse ni la participation forfaitaire (2 €) ni les franchises médicales.',
    bad: H(['poste "Soins courants"', '  participation forfaitaire 100 % FR']),
    good: H(['poste "Soins courants"', '  participation forfaitaire non_couvert']),
    source: 'L871-1 CSS (✅)',
    messages: {
      default: {
        fr: 'Un contrat responsable ne rembourse ni la participation forfaitaire ni les franchises.',
        en: 'A responsible contract reimburses neither the flat participation (participation forfaitaire) nor the deductibles (franchises).',
      },
    },
    fixes: { notCovered: { fr: 'Remplacer la garantie par « non_couvert »', en: 'Replace the coverage with « non_couvert »' } },
  },
  GR205: {
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Majoration hors parcours couverte (CR-HP)',
    titleEn: 'Out-of-pathway mark-up covered (CR-HP)',
    description:
      "Un contrat responsable ne couvre ni la majoration du ticket modérateur hors parcours de soins ni les dépassements autorisés qui l'accompagnent.",
    bad: H(['poste "Soins courants"', '  majoration hors parcours 100 % FR']),
    good: H(['poste "Soins courants"', '  majoration hors parcours non_couvert']),
    source: 'L871-1 CSS (✅) ; texte exact de R871-1 ❓',
    uncertain: true,
    messages: {
      default: {
        fr: 'Un contrat responsable ne rembourse ni la majoration hors parcours ni les dépassements autorisés hors parcours.',
        en: 'A responsible contract reimburses neither the out-of-pathway mark-up (majoration hors parcours) nor the overbilling allowed outside the care pathway.',
      },
    },
    fixes: { notCovered: { fr: 'Remplacer la garantie par « non_couvert »', en: 'Replace the coverage with « non_couvert »' } },
  },
  GR206: {
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Forfait journalier mal couvert (CR-FJ)',
    titleEn: 'Daily hospital charge not fully covered (CR-FJ)',
    description:
      'Un contrat responsable couvre le forfait journalier hospitalier intégralement et sans limite de durée : ni limite de jours ni plafond annuel sur sa ligne, ni plafond annuel du poste qui le contient (`poste "Hospitalisation" plafond 1 000 € par an` cesse de le payer une fois atteint).',
    bad: H(['poste "Hospitalisation"', '  forfait journalier 100 % FR, 30 jours par an']),
    good: H(['poste "Hospitalisation"', '  forfait journalier 100 % FR']),
    source: 'Usage constant ; paragraphe de R871-2 non lu ❓',
    uncertain: true,
    params: ['fjh.montant'],
    messages: {
      default: {
        fr: 'Contrat responsable : le forfait journalier ({amount} par jour) est couvert en entier ; cette garantie en paie {paid}.',
        en: 'Responsible contract: the daily hospital charge (forfait journalier, {amount} a day) is covered in full; this coverage pays {paid} of it.',
      },
      limited: {
        fr: 'Contrat responsable : le forfait journalier est couvert sans limite de durée.',
        en: 'Responsible contract: the daily hospital charge (forfait journalier) is covered with no time limit.',
      },
      sectionCap: {
        fr: 'Contrat responsable : le forfait journalier est couvert sans limite de durée ; le plafond annuel du poste « {section} » ({cap}) cesse de le payer une fois atteint.',
        en: 'Responsible contract: the daily hospital charge (forfait journalier) is covered with no time limit; the annual cap of the section « {section} » ({cap}) stops paying it once reached.',
      },
      missing: {
        fr: 'Contrat responsable : la grille doit couvrir le forfait journalier hospitalier (« forfait journalier 100 % FR »).',
        en: 'Responsible contract: the grid must cover the daily hospital charge (« forfait journalier 100 % FR »).',
      },
      missingInFormulas: {
        fr: 'Contrat responsable, formules {formulas} : la grille doit couvrir le forfait journalier hospitalier (« forfait journalier 100 % FR »).',
        en: 'Responsible contract, formulas {formulas}: the grid must cover the daily hospital charge (« forfait journalier 100 % FR »).',
      },
    },
    fixes: {
      fullCost: { fr: 'Couvrir à 100 % FR', en: 'Cover at 100 % FR' },
      removeLimit: { fr: 'Retirer la limite', en: 'Remove the limit' },
    },
  },
  GR216: {
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Ticket modérateur coupé par une limite (CR-TM)',
    titleEn: 'Ticket modérateur cut by a limit (CR-TM)',
    description:
      "Un contrat responsable couvre le ticket modérateur de tout acte remboursé quels que soient ses plafonds : une limite de nombre (`4 séances par an`), un plafond annuel de la ligne (`dans la limite de 1 500 € par an`), un plafond annuel du poste (`poste \"Dentaire\" plafond 1 000 € par an`) ou une garantie qui n'est qu'un forfait annuel (`500 € par an`) cessent de le payer une fois atteints. Une limite qui ne porte que sur ce que la ligne paie au-delà du ticket modérateur ne le coupe pas : un forfait annuel ajouté à une garantie qui paie déjà le ticket modérateur (`100 % BR + 300 € par an`), ou une limite de l'option quand le socle paie le ticket modérateur sans limite. La règle juge ce que le moteur paierait une fois la limite atteinte, au prix de la BR.",
    bad: H(['poste "Dentaire"', '  couronne tarifs libres 300 % BR, dans la limite de 1 500 € par an']),
    good: H(['poste "Dentaire"', '  couronne tarifs libres 100 % BR + 1 500 € par an']),
    source: "R871-2 1° CSS (✅ « l'intégralité de la participation des assurés »)",
    messages: {
      default: {
        fr: "Contrat responsable : le ticket modérateur ({tm} sur une BR de {base}) est couvert quels que soient les plafonds ; une fois la limite de la ligne ({limit}) atteinte, cette garantie n'en paie plus que {paid}.",
        en: "Responsible contract: the ticket modérateur ({tm} of a BR of {base}) is covered whatever the caps; once the line's limit ({limit}) is reached, this coverage pays only {paid} of it.",
      },
      allowance: {
        fr: "Contrat responsable : le ticket modérateur ({tm} sur une BR de {base}) est couvert quels que soient les plafonds ; ce forfait annuel épuisé, cette garantie n'en paie plus que {paid}. Écrivez « 100 % BR + … par an ».",
        en: 'Responsible contract: the ticket modérateur ({tm} of a BR of {base}) is covered whatever the caps; once this annual allowance is spent, this coverage pays only {paid} of it. Write « 100 % BR + … par an ».',
      },
      sectionCap: {
        fr: "Contrat responsable : le ticket modérateur est couvert quels que soient les plafonds ; une fois le plafond annuel du poste « {section} » ({cap}) atteint, il n'est plus payé pour : {acts}.",
        en: 'Responsible contract: the ticket modérateur is covered whatever the caps; once the annual cap of the section « {section} » ({cap}) is reached, it is no longer paid for: {acts}.',
      },
    },
    fixes: {
      removeLimit: { fr: 'Retirer la limite', en: 'Remove the limit' },
    },
  },
  GR217: {
    severity: 'warning',
    category: 'contrat-responsable',
    fast: true,
    title: 'Actes remboursés sans ligne (CR-TM)',
    titleEn: 'Reimbursed acts without a line (CR-TM)',
    description:
      "Un contrat responsable couvre le ticket modérateur de tout acte remboursé par la Sécu, pas seulement de ceux que la grille liste. Un acte remboursé sans ligne propre, sans ligne de sa catégorie (un bridge à défaut de ligne des bridges : la ligne des prothèses) et sans ligne « fourre-tout » n'est pas payé par le moteur. Ajoutez la ligne `autres actes rembourses 100 % BR` (« autres actes remboursés par la Sécurité sociale ») : elle couvre chaque acte remboursé que la grille ne liste pas, avec sa propre BR. Les actes que le ticket modérateur n'oblige pas à couvrir (médicaments à 30 % et 15 %, cures thermales) et ceux des paniers 100 % Santé (GR214, GR220) ne sont pas comptés. Avertissement : les conditions générales d'un contrat disent souvent ce que la grille imprimée tait.",
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', '  autres actes rembourses 100 % BR']),
    source: 'R871-2 1° CSS (✅)',
    messages: {
      default: {
        fr: "Contrat responsable : {count} actes remboursés par la Sécu n'ont pas de ligne, la mutuelle n'en paierait pas le ticket modérateur : {acts}. Ajoutez « autres actes rembourses 100 % BR ».",
        en: 'Responsible contract: {count} acts the Sécu reimburses have no line, the insurer would not pay their ticket modérateur: {acts}. Add « autres actes rembourses 100 % BR ».',
      },
      inFormulas: {
        fr: "Contrat responsable, formules {formulas} : {count} actes remboursés par la Sécu n'ont pas de ligne, la mutuelle n'en paierait pas le ticket modérateur : {acts}. Ajoutez « autres actes rembourses 100 % BR ».",
        en: 'Responsible contract, formulas {formulas}: {count} acts the Sécu reimburses have no line, the insurer would not pay their ticket modérateur: {acts}. Add « autres actes rembourses 100 % BR ».',
      },
    },
    fixes: { catchAll: { fr: 'Ajouter « autres actes rembourses 100 % BR »', en: 'Add « autres actes rembourses 100 % BR »' } },
  },
  GR208: {
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Optique classe B hors du plancher ou du plafond (CR-OPT-B)',
    titleEn: 'Optical class B outside the floor or ceiling',
    description:
      'Pour un équipement de classe B, la prise en charge (au-delà du ticket modérateur) est comprise entre un plancher et un plafond selon la correction : a) 50–420 €, b) 125–560 €, c) 200–700 €, d) 125–610 €, e) 200–750 €, f) 200–800 €, monture comprise : une ligne « monture classe b » compte avec celle des verres dans le plafond.',
    bad: H(['poste "Optique"', '  optique classe b verres simples 100 % BR + 500 € par equipement, 1 equipement tous les 2 ans']),
    good: H(['poste "Optique"', '  optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 2 ans']),
    source: 'R871-2 3° CSS : cas a) ✅ ; plafonds b), d), e) déduits ❓',
    uncertain: true,
    params: ['cr.optique.*.minimum', 'cr.optique.*.maximum', 'br.optique_classe_b_element'],
    messages: {
      default: {
        fr: 'Contrat responsable : un équipement de classe B, cas {case}), est pris en charge au plus {maximum} au-delà du ticket modérateur ; cette garantie peut payer {paid}.',
        en: 'Responsible contract: a class B pair of glasses, case {case}), is covered at most {maximum} beyond the ticket modérateur; this coverage can pay {paid}.',
      },
      unlimited: {
        fr: 'Contrat responsable : un équipement de classe B, cas {case}), est pris en charge au plus {maximum} au-delà du ticket modérateur ; cette garantie peut payer les frais réels.',
        en: 'Responsible contract: a class B pair of glasses, case {case}), is covered at most {maximum} beyond the ticket modérateur; this coverage can pay actual costs.',
      },
      belowFloor: {
        fr: 'Contrat responsable : au-delà du ticket modérateur, un équipement de classe B, cas {case}), est pris en charge au moins {minimum} ; cette garantie paie {paid}.',
        en: 'Responsible contract: beyond the ticket modérateur, a class B pair of glasses, case {case}), is covered at least {minimum}; this coverage pays {paid}.',
      },
      withFrame: {
        fr: 'Contrat responsable : un équipement de classe B, cas {case}), est pris en charge au plus {maximum} au-delà du ticket modérateur, monture comprise ; avec la monture de la ligne « monture classe b » ({frame}), cette garantie peut payer {paid}.',
        en: 'Responsible contract: a class B pair of glasses, case {case}), is covered at most {maximum} beyond the ticket modérateur, frame included; with the frame of the « monture classe b » line ({frame}), this coverage can pay {paid}.',
      },
    },
  },
  GR209: {
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Monture de classe B au-delà de 100 € (CR-OPT-B)',
    titleEn: 'Class B frame above 100 €',
    description: "Dans le plafond d'un équipement de classe B, la monture est prise en charge à 100 € au plus.",
    bad: H(['poste "Optique"', '  monture classe b 150 € par equipement, 1 equipement tous les 2 ans']),
    good: H(['poste "Optique"', '  monture classe b 100 € par equipement, 1 equipement tous les 2 ans']),
    source: 'Presse 2018, sources concordantes (🟡)',
    params: ['cr.optique.monture_maximum'],
    messages: {
      default: {
        fr: 'Contrat responsable : la monture est prise en charge à {maximum} au plus ; cette garantie peut payer {paid}.',
        en: 'Responsible contract: the frame is covered up to {maximum}; this coverage can pay {paid}.',
      },
    },
    fixes: { lower: { fr: 'Ramener à {maximum} par équipement', en: 'Lower to {maximum} per pair of glasses' } },
  },
  GR210: {
    severity: 'warning',
    category: 'contrat-responsable',
    fast: true,
    title: 'Renouvellement non limité (optique, aides auditives)',
    titleEn: 'Renewal not limited',
    description:
      "Un contrat responsable prend en charge un équipement d'optique tous les 2 ans (à partir de 16 ans) et une aide auditive par oreille tous les 4 ans. La ligne doit le dire (`1 équipement tous les 2 ans`). Pour les enfants la période est plus courte : un an avant 16 ans, six mois avant 6 ans (paramètres datés `cr.optique.renouvellement_ans.moins_16` et `.moins_6`, la limite d'âge dans `cr.optique.renouvellement.age_enfant` ; la limite de 16 ans et la condition des six mois sont incertaines ❓, voir docs/parameters.md). **Limite** : une ligne de garantie ne peut pas dire qu'elle vise les enfants (l'âge ne s'écrit que dans un exemple), et une période s'écrit en années entières ; la règle vérifie donc la période adulte, et une ligne écrite pour les enfants (« 1 équipement tous les 1 an ») est signalée — supprimez le constat avec sa raison (`# grille-ignore GR210 : ligne enfants`).",
    bad: H(['poste "Optique"', '  optique classe b verres simples 100 % BR + 150 € par equipement']),
    good: H(['poste "Optique"', '  optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 2 ans']),
    source: 'Instruction DSS (🟡) ; arrêté LPP du 14/11/2018 (🟡)',
    params: ['cr.optique.renouvellement_ans', 'cr.audio.renouvellement_ans'],
    messages: {
      default: {
        fr: "Contrat responsable : la prise en charge est limitée à un équipement d'optique tous les {years} ans (adulte) ; précisez « 1 équipement tous les {years} ans ».",
        en: 'Responsible contract: coverage is limited to one pair of glasses every {years} years (adults); write « 1 équipement tous les {years} ans ».',
      },
      hearing: {
        fr: 'Contrat responsable : la prise en charge est limitée à une aide auditive par oreille tous les {years} ans (adulte) ; précisez « 1 équipement tous les {years} ans ».',
        en: 'Responsible contract: coverage is limited to one hearing aid per ear every {years} years (adults); write « 1 équipement tous les {years} ans ».',
      },
    },
    fixes: { limit: { fr: 'Limiter à 1 équipement tous les {years} ans', en: 'Limit to « 1 équipement tous les {years} ans »' } },
  },
  GR212: {
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Aide auditive classe II au-delà de 1 700 € (CR-AUD)',
    titleEn: 'Hearing aid class II above 1 700 €',
    description: "La prise en charge d'une aide auditive de classe II est plafonnée à 1 700 € par oreille, Sécu comprise.",
    bad: H(['poste "Aides auditives"', '  aide auditive classe ii 100 % BR + 1 500 € par oreille, 1 equipement tous les 4 ans']),
    good: H(['poste "Aides auditives"', '  aide auditive classe ii 100 % BR + 1 000 € par oreille, 1 equipement tous les 4 ans']),
    source: 'insureglobe (🟡) ; texte exact non lu ❓',
    uncertain: true,
    params: ['cr.audio.classe_ii_maximum'],
    messages: {
      default: {
        fr: 'Contrat responsable : une aide auditive de classe II est prise en charge au plus {maximum} par oreille, Sécu comprise ; cette garantie peut atteindre {total}.',
        en: 'Responsible contract: a class II hearing aid is covered at most {maximum} per ear, Sécu included; this coverage can reach {total}.',
      },
      unlimited: {
        fr: 'Contrat responsable : une aide auditive de classe II est prise en charge au plus {maximum} par oreille, Sécu comprise ; cette garantie peut atteindre les frais réels.',
        en: 'Responsible contract: a class II hearing aid is covered at most {maximum} per ear, Sécu included; this coverage can reach actual costs.',
      },
    },
    fixes: { cap: { fr: 'Plafonner à {maximum} par oreille', en: 'Cap at {maximum} per ear' } },
  },
  GR214: {
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Panier 100 % Santé absent',
    titleEn: '100 % Santé basket missing',
    description:
      "Un contrat responsable couvre les trois paniers 100 % Santé : optique classe A, prothèses dentaires du panier, aides auditives classe I. La grille n'a pas de ligne pour l'un d'eux. Chaque panier est exigé d'une grille datée de son entrée en vigueur ou après : optique et dentaire (couronnes, bridges, inlay-core) le 01/01/2020, prothèses amovibles et aides auditives le 01/01/2021 (docs/rules.md, « Rules by date »).",
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
    good: H([
      'poste "Soins courants"',
      '  consultation generaliste 100 % BR',
      'poste "Hospitalisation"',
      '  forfait journalier 100 % FR',
      'poste "Dentaire"',
      '  couronne 100 sante 100 % Santé',
      'poste "Optique"',
      '  optique classe a 100 % Santé, 1 equipement tous les 2 ans',
      'poste "Aides auditives"',
      '  aide auditive classe i 100 % Santé, 1 equipement tous les 4 ans',
    ]),
    source: 'R871-2 CSS (décret 2019-21)',
    messages: {
      default: {
        fr: 'Contrat responsable : pas de ligne pour le panier 100 % Santé {baskets}.',
        en: 'Responsible contract: no line for the 100 % Santé basket {baskets}.',
      },
      several: {
        fr: 'Contrat responsable : pas de ligne pour le panier 100 % Santé {baskets}.',
        en: 'Responsible contract: no line for the 100 % Santé baskets {baskets}.',
      },
      inFormulas: {
        fr: 'Contrat responsable, formules {formulas} : pas de ligne pour le panier 100 % Santé {baskets}.',
        en: 'Responsible contract, formulas {formulas}: no line for the 100 % Santé basket {baskets}.',
      },
      severalInFormulas: {
        fr: 'Contrat responsable, formules {formulas} : pas de ligne pour le panier 100 % Santé {baskets}.',
        en: 'Responsible contract, formulas {formulas}: no line for the 100 % Santé baskets {baskets}.',
      },
    },
  },
  GR215: {
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Panier minimum des contrats collectifs (ANI)',
    titleEn: 'Collective minimum basket (ANI)',
    description:
      "Un contrat collectif, responsable ou non, couvre au moins 125 % BR pour les prothèses dentaires hors 100 % Santé (couronnes, inlay-core, bridges, prothèses amovibles) et l'orthodontie, et en optique au moins 100 € (verres simples), 150 € (mixtes), 200 € (complexes). Chaque prothèse est jugée sur la ligne que le moteur lui applique : la sienne, celle de sa catégorie (un bridge sans ligne des bridges : la ligne des prothèses, `couronne tarifs libres`), la ligne « autres actes remboursés », ou aucune. Un plafond (limite de nombre, plafond annuel de la ligne ou du poste) ne doit pas couper le minimum.",
    bad: H([
      'contrat "Entreprise" millesime 2026 responsable base ro_inclus type collectif',
      'poste "Dentaire"',
      '  couronne tarifs libres 100 % BR',
      '  orthodontie 125 % BR',
    ]),
    good: H([
      'contrat "Entreprise" millesime 2026 responsable base ro_inclus type collectif',
      'poste "Dentaire"',
      '  couronne tarifs libres 125 % BR',
      '  orthodontie 125 % BR',
    ]),
    source:
      "D911-1 CSS (✅ version du décret 2019-65, « en sus des prises en charge mentionnées à l'article R. 871-2 » ; 2° : 125 % BR « pour les actes autres que ceux mentionnés au 5° de l'article R. 871-2 ») ; mise à jour optique 2019-2020 ❓",
    uncertain: true,
    params: ['ani.dentaire_minimum', 'ani.optique.simple_minimum', 'ani.optique.mixte_minimum', 'ani.optique.complexe_minimum'],
    messages: {
      default: {
        fr: "Contrat collectif : les prothèses dentaires et l'orthodontie sont couvertes à {minimum} BR au moins ; cette garantie couvre {covered} BR.",
        en: 'Collective contract: dental prostheses and orthodontics are covered at least {minimum} BR; this coverage is {covered} BR.',
      },
      routed: {
        fr: "Contrat collectif : les prothèses dentaires et l'orthodontie sont couvertes à {minimum} BR au moins ; {acts}.",
        en: 'Collective contract: dental prostheses and orthodontics are covered at least {minimum} BR; {acts}.',
      },
      limited: {
        fr: "Contrat collectif : les prothèses dentaires et l'orthodontie sont couvertes à {minimum} BR au moins, quels que soient les plafonds ; une fois la limite de la ligne ({limit}) atteinte, cette garantie ne couvre plus que {covered} BR.",
        en: "Collective contract: dental prostheses and orthodontics are covered at least {minimum} BR whatever the caps; once the line's limit ({limit}) is reached, this coverage is only {covered} BR.",
      },
      sectionCap: {
        fr: "Contrat collectif : les prothèses dentaires et l'orthodontie sont couvertes à {minimum} BR au moins, quels que soient les plafonds ; une fois le plafond annuel du poste « {section} » ({cap}) atteint, ce minimum n'est plus payé pour : {acts}.",
        en: 'Collective contract: dental prostheses and orthodontics are covered at least {minimum} BR whatever the caps; once the annual cap of the section « {section} » ({cap}) is reached, this minimum is no longer paid for: {acts}.',
      },
      optical: {
        fr: 'Contrat collectif : un équipement {kind} est couvert {minimum} au moins ; cette garantie paie {paid} Sécu comprise.',
        en: 'Collective contract: a {kind} pair of glasses is covered at least {minimum}; this coverage pays {paid}, Sécu included.',
      },
    },
    fixes: { cover: { fr: 'Couvrir {minimum} BR', en: 'Cover {minimum} BR' } },
  },
});

const { finding, fix } = reporter(CONTRAT_RESPONSABLE_RULES);

/** A rate of the BR as the messages write it: to one decimal (`160,5 %` / `160.5%`). */
const rateArg = (d: Decimal): Localized => percentArg(d.toDecimalPlaces(1));

/** Total coverage (Sécu + mutuelle) in % of the column's BR, or 'illimitée' with uncapped frais réels. */
function totalPercent(ctx: RuleContext, line: LineModel, column: ColumnModel, facts: ColumnFacts): Decimal | 'illimitée' | null {
  if (!facts.base || facts.base.isZero()) return null;
  if (!column.limits.unitCap && column.terms.some((t) => t.kind === 'frais-reels' && !t.capPercentBr && t.rate.greaterThanOrEqualTo(100))) return 'illimitée';
  const amc = ctx.amcAt(line, column, RuleContext.HIGH_PRICE, facts);
  if (!amc) return null;
  return facts.amo.plus(amc).dividedBy(facts.base).times(100);
}

function socleLines(ctx: RuleContext): LineModel[] {
  return ctx.model.lines.filter((l) => !l.option && l.act);
}

function headerRange(ctx: RuleContext): Span {
  return ctx.model.document.header?.keywordRange ?? { start: 0, end: 0 };
}

/**
 * Contrat responsable and collective-minimum rules of one line (they depend on the line and the
 * header only). The 100 % Santé check of the line runs after this one (SANTE_100_CHECKS).
 */
function checkLineContract(ctx: RuleContext, line: LineModel): void {
  // Funeral allowances, assistance, birth allowances: printed in grids, but not health cover.
  if (!line.act || line.act.nonSante) return;
  if (ctx.isResponsible(line)) checkLine(ctx, line);
  if (ctx.model.contract.collective && inForce('ani', ctx.date)) checkCollectiveMinimum(ctx, line);
}

/**
 * Whole-grid contrat responsable rules: the lines every responsible grid must have. With formulas
 * side by side, each responsible formula on its own lines and the socle's (the rows without cells
 * apply to all), named in the finding; formulas missing the same lines share one finding.
 */
function checkMandatory(ctx: RuleContext): void {
  const formulas = ctx.model.formulas;
  if (formulas.length === 0) {
    if (ctx.model.contract.responsible) checkMandatoryLines(ctx, socleLines(ctx), null);
    return;
  }
  const groups = new Map<string, { lines: LineModel[]; names: string[] }>();
  for (const formula of formulas) {
    if (!formula.responsible) continue;
    const lines = formula.option ? [...socleLines(ctx), ...formula.option.lines.filter((l) => l.act)] : socleLines(ctx);
    const key = mandatoryKey(lines);
    const group = groups.get(key) ?? { lines, names: [] };
    group.names.push(formula.name);
    groups.set(key, group);
  }
  for (const { lines, names } of groups.values()) checkMandatoryLines(ctx, lines, names.map((n) => `« ${n} »`).join(', '));
}

/** Which mandatory lines a set of lines has (formulas with the same answer share one finding). */
function mandatoryKey(lines: LineModel[]): string {
  const has = (predicate: (l: LineModel) => boolean) => (lines.some(predicate) ? '1' : '0');
  return has((l) => l.act!.id === 'forfait_journalier') + BASKETS.map(([, , test]) => has(test)).join('');
}

function checkLine(ctx: RuleContext, line: LineModel): void {
  const act = line.act!;
  const columns = Object.values(line.columns);
  const covers = columns.some((c) => c.terms.some((t) => t.kind !== 'none'));

  // GR204 / GR205: what a responsible contract never pays.
  if (act.neverCoverable && covers) {
    const code = act.neverCoverable === 'participation' ? 'GR204' : 'GR205';
    const edit = { range: coverageRange(columns), newText: 'non_couvert' };
    if (inForce('responsable', ctx.date)) ctx.report(finding(code, line.node.act.range, {}, [fix(code, { fix: 'notCovered' }, [edit])]));
    return;
  }

  // Each obligation is checked on a grid dated on or after its entry into force (obligation-dates.ts).
  const since2015 = inForce('cahierDesCharges2015', ctx.date);
  const audio = inForce('audio', ctx.date);

  // GR201: the TM of every reimbursed act, except the listed exceptions.
  if (since2015 && act.base && act.rate && !act.tmNotRequired) {
    for (const column of columns) {
      const facts = ctx.facts(line, column.key);
      if (!facts?.base) continue;
      const tm = facts.base.minus(facts.amo);
      if (tm.lessThanOrEqualTo(0)) continue;
      const amc = ctx.amcAt(line, column, facts.base, facts);
      if (amc && amc.lessThan(tm)) {
        const edit = { range: termsRange(column), newText: '100 % BR' };
        ctx.report(
          finding('GR201', column.range, { tm: eurosArg(tm), base: eurosArg(facts.base), paid: eurosArg(amc) }, [fix('GR201', { fix: 'coverTm' }, [edit])]),
        );
      } else if (amc && !(act.sante100 && basketInForce(act, ctx.date))) checkTmLimits(ctx, line, column, facts.base, tm, facts); // a basket's limits: GR219
    }
  }

  if (since2015 && act.doctor && act.base) checkOverbilling(ctx, line);
  if (since2015 && act.id === 'forfait_journalier') checkForfaitJournalier(ctx, line);
  if (since2015 && act.id === 'participation_actes_lourds') checkActesLourds(ctx, line);
  if (since2015 && act.optiqueCase) checkOpticalB(ctx, line);
  if (since2015 && act.id === 'monture_classe_b') checkFrame(ctx, line);
  // The line's 100 % Santé check (GR207 / GR211 / GR213, SANTE_100_CHECKS) runs after this one. Its
  // price cap is read here, where that check used to run, so that on a grid dated before the cap
  // and the renewal period exist, the missing parameters (GR110) are listed in the same order.
  if (act.sante100 && basketInForce(act, ctx.date)) ctx.sante100Cap(act, line.node.act.range);
  if (audio && act.audioClass === 'II') checkHearingII(ctx, line);
  if (since2015 && act.poste === 'Optique' && act.nomenclature === 'LPP' && act.unit === 'equipement')
    checkRenewal(ctx, line, 'cr.optique.renouvellement_ans', 'default');
  if (audio && act.audioClass) checkRenewal(ctx, line, 'cr.audio.renouvellement_ans', 'hearing');
}

/** GR202 / GR203: non-DPTAM coverage ≤ min(100 % BR of overbilling, DPTAM − 20 % BR). */
function checkOverbilling(ctx: RuleContext, line: LineModel): void {
  const dptam = line.columns.dptam ?? line.columns.all;
  const nonDptam = line.columns.non_dptam ?? line.columns.all;
  if (!dptam) return;
  if (line.columns.dptam && !line.columns.non_dptam && !line.columns.all) {
    const at = line.columns.dptam.range.end;
    const edit = { range: { start: at, end: at }, newText: ' non_dptam 100 % BR' };
    ctx.report(finding('GR203', line.node.act.range, {}, [fix('GR203', { fix: 'addNonDptam' }, [edit])]));
    return;
  }
  if (!nonDptam) return;
  const dptamFacts = ctx.facts(line, 'dptam');
  const nonFacts = ctx.facts(line, 'non_dptam');
  if (!dptamFacts || !nonFacts) return;
  const dptamTotal = totalPercent(ctx, line, dptam, dptamFacts);
  const nonTotal = totalPercent(ctx, line, nonDptam, nonFacts);
  if (dptamTotal === null || nonTotal === null) return;
  const cap = ctx.money('cr.dh.plafond_non_dptam', line.node.act.range);
  const gap = ctx.money('cr.dh.ecart_dptam', line.node.act.range);
  if (!cap || !gap) return;
  const absolute = cap.plus(100);
  const relative = dptamTotal === 'illimitée' ? absolute : Decimal.max(new Decimal(100), dptamTotal.minus(gap));
  const limit = Decimal.min(absolute, relative);
  if (nonTotal === 'illimitée' || nonTotal.greaterThan(limit)) {
    const limitArg = rateArg(limit);
    const fixes = line.columns.non_dptam
      ? [
          fix('GR202', { fix: 'lower', limit: limitArg }, [
            { range: termsRange(line.columns.non_dptam), newText: `${limit.toDecimalPlaces(0, Decimal.ROUND_DOWN).toString()} % BR` },
          ]),
        ]
      : [];
    const report =
      dptamTotal === 'illimitée'
        ? nonTotal === 'illimitée'
          ? finding('GR202', nonDptam.range, { variant: 'bothActualCosts', limit: limitArg }, fixes)
          : finding('GR202', nonDptam.range, { variant: 'dptamActualCosts', limit: limitArg, covered: rateArg(nonTotal) }, fixes)
        : nonTotal === 'illimitée'
          ? finding('GR202', nonDptam.range, { variant: 'unlimited', limit: limitArg, dptam: rateArg(dptamTotal) }, fixes)
          : finding('GR202', nonDptam.range, { limit: limitArg, dptam: rateArg(dptamTotal), covered: rateArg(nonTotal) }, fixes);
    ctx.report(report);
  }
}

/** GR206: the forfait journalier in full, with no limit of days. */
function checkForfaitJournalier(ctx: RuleContext, line: LineModel): void {
  const amount = ctx.money('fjh.montant', line.node.act.range);
  if (!amount) return;
  for (const column of Object.values(line.columns)) {
    const facts: ColumnFacts = { base: null, amo: ZERO, rate: null };
    const amc = ctx.amcAt(line, column, amount, facts);
    if (column.limits.count || column.limits.annualCap) {
      const limit = column.limits.count?.range ?? column.limits.annualCap!.range;
      const edit = { range: ctx.limitRemoval(limit), newText: '' };
      ctx.report(finding('GR206', limit, { variant: 'limited' }, [fix('GR206', { fix: 'removeLimit' }, [edit])]));
    } else if (amc && amc.lessThan(amount)) {
      const edit = { range: termsRange(column), newText: '100 % FR' };
      ctx.report(finding('GR206', column.range, { amount: eurosArg(amount), paid: eurosArg(amc) }, [fix('GR206', { fix: 'fullCost' }, [edit])]));
    }
  }
}

/**
 * GR201 on the forfait actes lourds line: the PAL replaces the TM and is part of the participation
 * de l'assuré a responsible contract covers, so the line pays it in full, with no limit. (The PAL
 * on an act of a line in « % BR » is covered by that line's own TM check: without a PAL line the
 * act lines still pay it, so a missing PAL line is not reported.)
 */
function checkActesLourds(ctx: RuleContext, line: LineModel): void {
  const amount = ctx.money('pal.montant', line.node.act.range);
  if (!amount) return;
  for (const column of Object.values(line.columns)) {
    const facts: ColumnFacts = { base: null, amo: ZERO, rate: null };
    const amc = ctx.amcAt(line, column, amount, facts);
    const limit = column.limits.count?.range ?? column.limits.annualCap?.range;
    if (amc && amc.lessThan(amount)) {
      const edit = { range: termsRange(column), newText: '100 % FR' };
      ctx.report(
        finding('GR201', column.range, { variant: 'actesLourds', amount: eurosArg(amount), paid: eurosArg(amc) }, [fix('GR201', { fix: 'fullCost' }, [edit])]),
      );
    } else if (limit) {
      const edit = { range: ctx.limitRemoval(limit), newText: '' };
      ctx.report(finding('GR201', limit, { variant: 'actesLourdsLimited' }, [fix('GR201', { fix: 'removeLimit' }, [edit])]));
    }
  }
}

/** Uncapped frais réels: the column can pay whatever the price. */
function paysActualCosts(column: ColumnModel): boolean {
  return !column.limits.unitCap && column.terms.some((t) => t.kind === 'frais-reels' && !t.capPercentBr);
}

/** GR208: class B equipment between the floor and the ceiling of its correction case. */
function checkOpticalB(ctx: RuleContext, line: LineModel): void {
  const act = line.act!;
  const where = line.node.act.range;
  const minimum = ctx.money(`cr.optique.${act.optiqueCase}.minimum`, where);
  const maximum = ctx.money(`cr.optique.${act.optiqueCase}.maximum`, where);
  if (!minimum || !maximum) return;
  const optiqueCase = act.optiqueCase!;
  for (const column of Object.values(line.columns)) {
    const facts = ctx.facts(line, column.key);
    if (!facts?.base) continue;
    const tm = facts.base.minus(facts.amo);
    const amc = ctx.amcAt(line, column, RuleContext.HIGH_PRICE, facts);
    if (!amc) continue;
    const beyondTm = amc.minus(tm);
    const unlimited = paysActualCosts(column);
    if (unlimited) {
      ctx.report(finding('GR208', column.range, { variant: 'unlimited', case: optiqueCase, maximum: eurosArg(maximum) }));
    } else if (beyondTm.greaterThan(maximum)) {
      ctx.report(finding('GR208', column.range, { case: optiqueCase, maximum: eurosArg(maximum), paid: eurosArg(beyondTm) }));
    } else if (beyondTm.greaterThan(0) && beyondTm.lessThan(minimum)) {
      ctx.report(finding('GR208', column.range, { variant: 'belowFloor', case: optiqueCase, minimum: eurosArg(minimum), paid: eurosArg(beyondTm) }));
    } else {
      // The equipment as bought: its lenses on this line and its frame on a line of its own, summed
      // against the one cap (R871-2 3°: « y compris la monture »).
      const frame = frameBeyondTm(ctx, line);
      if (frame && beyondTm.plus(frame).greaterThan(maximum))
        ctx.report(
          finding('GR208', column.range, {
            variant: 'withFrame',
            case: optiqueCase,
            maximum: eurosArg(maximum),
            frame: eurosArg(frame),
            paid: eurosArg(beyondTm.plus(frame)),
          }),
        );
    }
  }
}

/** What the grid's frame line (in the lenses' socle, option or formula) pays beyond its TM, or null without one. */
function frameBeyondTm(ctx: RuleContext, line: LineModel): Decimal | null {
  const frame = (line.option ? line.option.byAct : ctx.model.socleByAct).get('monture_classe_b');
  const column = frame ? (frame.columns.all ?? frame.columns.dptam) : undefined;
  if (!frame || !column) return null;
  const facts = ctx.facts(frame, column.key);
  if (!facts?.base) return null;
  const amc = ctx.amcAt(frame, column, RuleContext.HIGH_PRICE, facts);
  return amc ? max(ZERO, amc.minus(facts.base.minus(facts.amo))) : null;
}

/** GR209: the frame within 100 €. */
function checkFrame(ctx: RuleContext, line: LineModel): void {
  const maximum = ctx.money('cr.optique.monture_maximum', line.node.act.range);
  if (!maximum) return;
  for (const column of Object.values(line.columns)) {
    const facts = ctx.facts(line, column.key);
    if (!facts) continue;
    const amc = ctx.amcAt(line, column, RuleContext.HIGH_PRICE, facts);
    if (amc && amc.greaterThan(maximum)) {
      const edit = { range: termsRange(column), newText: `${frenchNumber(maximum.toString())} € par equipement` };
      ctx.report(
        finding('GR209', column.range, { maximum: eurosArg(maximum), paid: eurosArg(amc) }, [
          fix('GR209', { fix: 'lower', maximum: eurosArg(maximum) }, [edit]),
        ]),
      );
    }
  }
}

/** GR212: class II hearing aids at most 1 700 € per ear, Sécu included. */
function checkHearingII(ctx: RuleContext, line: LineModel): void {
  const maximum = ctx.money('cr.audio.classe_ii_maximum', line.node.act.range);
  if (!maximum) return;
  for (const column of Object.values(line.columns)) {
    const facts = ctx.facts(line, column.key);
    if (!facts) continue;
    const unlimited = paysActualCosts(column);
    const amc = ctx.amcAt(line, column, RuleContext.HIGH_PRICE, facts);
    if (!amc) continue;
    const total = facts.amo.plus(amc);
    if (unlimited || total.greaterThan(maximum)) {
      const edit = {
        range: { start: column.range.end, end: column.range.end },
        newText: `, plafond ${frenchNumber(maximum.minus(facts.amo).toString())} € par oreille`,
      };
      const fixes = [fix('GR212', { fix: 'cap', maximum: eurosArg(maximum) }, [edit])];
      ctx.report(
        unlimited
          ? finding('GR212', column.range, { variant: 'unlimited', maximum: eurosArg(maximum) }, fixes)
          : finding('GR212', column.range, { maximum: eurosArg(maximum), total: eurosArg(total) }, fixes),
      );
    }
  }
}

/** GR210: one equipment per period (`default`: optical equipment, `hearing`: one hearing aid per ear). */
function checkRenewal(ctx: RuleContext, line: LineModel, param: string, what: 'default' | 'hearing'): void {
  const years = ctx.money(param, line.node.act.range);
  if (!years) return;
  for (const column of Object.values(line.columns)) {
    if (column.terms.every((t) => t.kind === 'none')) continue;
    const renewal = column.limits.renewal;
    if (!renewal || new Decimal(renewal.years).lessThan(years)) {
      const range = renewal?.range ?? column.range;
      const period = String(years);
      const edits = renewal
        ? [{ range: renewal.range, newText: `1 equipement tous les ${period} ans` }]
        : [{ range: { start: column.range.end, end: column.range.end }, newText: `, 1 equipement tous les ${period} ans` }];
      ctx.report(finding('GR210', range, { variant: what, years: period }, [fix('GR210', { fix: 'limit', years: period }, edits)]));
    }
  }
}

/**
 * The three 100 % Santé baskets a responsible grid must have a line for (GR214), each from its
 * entry into force; a line stands for its basket only if its act was in the basket at the grid's
 * date (a removable denture, in the dental basket from 2021, is not a line of the 2020 basket).
 */
const BASKETS: readonly [name: Localized, since: ObligationId, test: (l: LineModel) => boolean][] = [
  [{ fr: 'optique classe A', en: 'optical class A' }, 'optiqueClasseA', (l) => l.act!.id === 'optique_classe_a'],
  [{ fr: 'prothèses dentaires 100 % Santé', en: '100 % Santé dental prostheses' }, 'dentaire100Sante', (l) => l.act!.dentalBasket === '100_sante'],
  [{ fr: 'aides auditives classe I', en: 'class I hearing aids' }, 'audio', (l) => l.act!.audioClass === 'I'],
];

/** `« a », « b »` in each language. */
function quotedList(names: readonly Localized[]): Localized {
  return { fr: names.map((n) => `« ${n.fr} »`).join(', '), en: names.map((n) => `« ${n.en} »`).join(', ') };
}

/** GR206 (no forfait journalier line) and GR214 (a 100 % Santé basket without a line); `formulas`: the formulas named. */
function checkMandatoryLines(ctx: RuleContext, lines: LineModel[], formulas: string | null): void {
  const has = (predicate: (l: LineModel) => boolean) => lines.some(predicate);
  if (inForce('cahierDesCharges2015', ctx.date) && !has((l) => l.act!.id === 'forfait_journalier')) {
    ctx.report(finding('GR206', headerRange(ctx), formulas ? { variant: 'missingInFormulas', formulas } : { variant: 'missing' }));
  }
  const missing = BASKETS.filter(([, since, test]) => inForce(since, ctx.date) && !has((l) => test(l) && basketInForce(l.act!, ctx.date))).map(
    ([name]) => name,
  );
  const baskets = quotedList(missing);
  if (missing.length === 1) ctx.report(finding('GR214', headerRange(ctx), formulas ? { variant: 'inFormulas', baskets, formulas } : { baskets }));
  else if (missing.length > 1)
    ctx.report(finding('GR214', headerRange(ctx), formulas ? { variant: 'severalInFormulas', baskets, formulas } : { variant: 'several', baskets }));
}

/** The ANI equipment kinds of the optical correction cases (GR215). */
const ANI_KIND = {
  simple: { fr: 'simple', en: 'single-vision' },
  mixte: { fr: 'mixte', en: 'mixed' },
  complexe: { fr: 'complexe', en: 'complex' },
} as const;

/** GR215: the ANI minimum of a collective contract. */
function checkCollectiveMinimum(ctx: RuleContext, line: LineModel): void {
  const act = line.act!;
  const where = line.node.act.range;
  if (act.dentalBasket === 'maitrise' || act.dentalBasket === 'libre' || act.id === 'orthodontie') {
    const minimum = ctx.money('ani.dentaire_minimum', where);
    if (!minimum) return;
    for (const column of Object.values(line.columns)) {
      const facts = ctx.facts(line, column.key);
      if (!facts) continue;
      const total = totalPercent(ctx, line, column, facts);
      if (total !== null && total !== 'illimitée' && total.lessThan(minimum)) {
        const edit = { range: termsRange(column), newText: `${minimum.toString()} % BR` };
        ctx.report(
          finding('GR215', column.range, { minimum: rateArg(minimum), covered: rateArg(total) }, [
            fix('GR215', { fix: 'cover', minimum: rateArg(minimum) }, [edit]),
          ]),
        );
        continue;
      }
      // The minimum whatever the caps: once the line's count or annual cap is reached.
      const limit = yearlyLimit(column) ?? (annualTerm(column) ? { range: annualTerm(column)!, text: { fr: 'forfait annuel', en: 'annual allowance' } } : null);
      if (!limit || !facts.base || facts.base.isZero()) continue;
      const left = paidOnceLimited(ctx, line, column, RuleContext.HIGH_PRICE, facts);
      const covered = left ? facts.amo.plus(left).dividedBy(facts.base).times(100) : null;
      if (covered && covered.lessThan(minimum))
        ctx.report(finding('GR215', limit.range, { variant: 'limited', minimum: rateArg(minimum), limit: limit.text, covered: rateArg(covered) }));
    }
  }
  if (act.optiqueCase) {
    const kind = act.optiqueCase === 'a' ? 'simple' : act.optiqueCase === 'b' || act.optiqueCase === 'd' ? 'mixte' : 'complexe';
    const minimum = ctx.money(`ani.optique.${kind}_minimum`, where);
    if (!minimum) return;
    for (const column of Object.values(line.columns)) {
      const facts = ctx.facts(line, column.key);
      if (!facts) continue;
      const amc = ctx.amcAt(line, column, RuleContext.HIGH_PRICE, facts);
      if (amc && facts.amo.plus(amc).lessThan(minimum)) {
        ctx.report(
          finding('GR215', column.range, { variant: 'optical', kind: ANI_KIND[kind], minimum: eurosArg(minimum), paid: eurosArg(facts.amo.plus(amc)) }),
        );
      }
    }
  }
}

/**
 * GR216 on a line: a count limit, an annual cap or an annual allowance of the line that, once
 * reached, leaves part of the TM unpaid (the socle's unlimited part, for an option line, may still pay it).
 */
function checkTmLimits(ctx: RuleContext, line: LineModel, column: ColumnModel, base: Decimal, tm: Decimal, facts: ColumnFacts): void {
  const limit = yearlyLimit(column);
  const allowance = annualTerm(column);
  if (!limit && !allowance) return;
  const left = paidOnceLimited(ctx, line, column, base, facts);
  if (!left || left.greaterThanOrEqualTo(tm)) return;
  if (limit) {
    const edit = { range: ctx.limitRemoval(limit.range), newText: '' };
    ctx.report(
      finding('GR216', limit.range, { tm: eurosArg(tm), base: eurosArg(base), limit: limit.text, paid: eurosArg(left) }, [
        fix('GR216', { fix: 'removeLimit' }, [edit]),
      ]),
    );
  } else if (allowance) {
    ctx.report(finding('GR216', allowance, { variant: 'allowance', tm: eurosArg(tm), base: eurosArg(base), paid: eurosArg(left) }));
  }
}

/** A line and the lines of its formulas side by side. */
function withFormulaLines(lines: readonly LineModel[]): LineModel[] {
  return lines.flatMap((l) => (l.formulaLines ? [l, ...l.formulaLines] : [l]));
}

/** Whether a TM is owed on this act's line: an act the Sécu reimburses, outside the R871-2 1° exceptions. */
function owesTm(act: ActDefinition): boolean {
  return !!act.base && !!act.rate && !act.tmNotRequired && !act.nonSante && !act.neverCoverable;
}

/**
 * Whole-grid caps: the annual cap of a section (`poste "Dentaire" plafond 1 000 € par an`) stops
 * every line of the section once reached. GR216: the TM of the responsible lines it cuts; GR206:
 * the forfait journalier; GR215: the collective minimum on prostheses and orthodontics.
 */
function checkSectionCaps(ctx: RuleContext): void {
  const since2015 = inForce('cahierDesCharges2015', ctx.date);
  const collective = ctx.model.contract.collective && inForce('ani', ctx.date);
  const minimum = collective ? ctx.input.params.lookup('ani.dentaire_minimum', ctx.date ?? '9999-12-31') : null;
  for (const section of ctx.model.sections) {
    const cap = section.annualCap;
    if (!cap) continue;
    const cut: string[] = [];
    const belowMinimum: string[] = [];
    let journalier = false;
    for (const line of withFormulaLines(section.lines)) {
      const act = line.act;
      if (!act || act.nonSante) continue;
      const responsible = since2015 && ctx.isResponsible(line);
      if (responsible && act.id === 'forfait_journalier') journalier = true;
      // A basket act's cap is GR219's (the basket is owed up to its price cap, the TM with it).
      const tmOwed = responsible && owesTm(act) && !(act.sante100 && basketInForce(act, ctx.date));
      const ani = minimum && typeof minimum.value !== 'boolean' && aniDental(act) ? minimum.value : null;
      if (!tmOwed && !ani) continue;
      for (const column of Object.values(line.columns)) {
        const facts = ctx.facts(line, column.key);
        if (!facts?.base) continue;
        const tm = facts.base.minus(facts.amo);
        if (tmOwed && tm.greaterThan(0)) {
          const left = paidOnceLimited(ctx, line, column, facts.base, facts, true);
          if (left && left.lessThan(tm) && !cut.includes(act.label)) cut.push(act.label);
        }
        if (ani) {
          const left = paidOnceLimited(ctx, line, column, RuleContext.HIGH_PRICE, facts, true);
          if (left && facts.amo.plus(left).dividedBy(facts.base).times(100).lessThan(ani) && !belowMinimum.includes(act.label)) belowMinimum.push(act.label);
        }
      }
    }
    const args = { section: section.name, cap: eurosArg(cap.amount) };
    const removal = () => [fix('GR216', { fix: 'removeLimit' }, [{ range: ctx.limitRemoval(cap.range), newText: '' }])];
    if (journalier) ctx.report(finding('GR206', cap.range, { variant: 'sectionCap', ...args }));
    if (cut.length > 0) ctx.report(finding('GR216', cap.range, { variant: 'sectionCap', ...args, acts: quotedActs(cut) }, removal()));
    if (belowMinimum.length > 0 && minimum && typeof minimum.value !== 'boolean')
      ctx.report(finding('GR215', cap.range, { variant: 'sectionCap', ...args, minimum: rateArg(minimum.value), acts: quotedActs(belowMinimum) }));
  }
}

/** GR217: the reimbursed acts a responsible contract has no line for (own, category or catch-all). */
function checkMissingTm(ctx: RuleContext): void {
  if (!inForce('cahierDesCharges2015', ctx.date)) return;
  const owed = ACTS.filter((a) => catchAllCovers(a) && owesTm(a) && !a.sante100 && reimbursedAt(ctx, a));
  const answers = contractsOf(ctx, (r) => r === true).map(({ option, names }) => {
    const missing = owed.filter((a) => !lineApplied(ctx, option, a));
    return { key: missing.map((a) => a.id).join(' '), names, value: missing };
  });
  const last = [...ctx.model.lines].reverse().find((l) => !l.option);
  for (const { names, value: missing } of grouped(answers)) {
    if (missing.length === 0) continue;
    const args = { count: String(missing.length), acts: quotedActs(missing.map((a) => a.label)) };
    const fixes = last
      ? [
          fix('GR217', { fix: 'catchAll' }, [
            { range: { start: last.node.range.end, end: last.node.range.end }, newText: '\n  autres actes rembourses 100 % BR' },
          ]),
        ]
      : [];
    ctx.report(finding('GR217', headerRange(ctx), names ? { variant: 'inFormulas', formulas: names, ...args } : args, fixes));
  }
}

/** The acts of the collective dental minimum (D911-1 2°): prostheses outside the 100 % Santé basket (crowns, inlay-core, bridges, dentures) and orthodontics. */
function aniDental(act: ActDefinition): boolean {
  return act.dentalBasket === 'maitrise' || act.dentalBasket === 'libre' || act.id === 'orthodontie';
}

/**
 * GR215 on the whole grid: each prosthesis and orthodontics act of the collective minimum, judged
 * on the line the engine applies to it when it has none of its own (its category's, the catch-all
 * line's, or none), at least 125 % BR. Acts with their own line are judged on it (line check).
 */
function checkCollectiveRouted(ctx: RuleContext): void {
  if (!ctx.model.contract.collective || !inForce('ani', ctx.date)) return;
  const found = ctx.input.params.lookup('ani.dentaire_minimum', ctx.date ?? '9999-12-31');
  if (!found || typeof found.value === 'boolean') return;
  const minimum = found.value;
  const acts = ACTS.filter((a) => aniDental(a) && reimbursedAt(ctx, a));
  const answers = contractsOf(ctx, () => true).map(({ option, names }) => {
    const short: Localized[] = [];
    for (const act of acts) {
      const line = lineApplied(ctx, option, act);
      if (line?.act?.id === act.id) continue;
      if (!line) {
        short.push({ fr: `« ${act.label} » n'a pas de ligne`, en: `« ${act.label} » has no line` });
        continue;
      }
      const probe: LineModel = { ...line, act };
      const column = columnUsedFor(probe);
      if (!column) continue;
      const facts = ctx.facts(probe, column.key);
      if (!facts?.base || facts.base.isZero()) continue;
      const amc = ctx.amcAt(probe, column, RuleContext.HIGH_PRICE, facts);
      if (!amc) continue;
      const total = facts.amo.plus(amc).dividedBy(facts.base).times(100);
      if (total.lessThan(minimum)) {
        const covered = rateArg(total);
        short.push({
          fr: `« ${act.label} » est couvert à ${covered.fr} BR par la ligne « ${line.act!.label} »`,
          en: `« ${act.label} » is covered ${covered.en} BR by the line « ${line.act!.label} »`,
        });
      }
    }
    return { key: short.map((l) => l.fr).join('\n'), names, value: short };
  });
  for (const { value: short } of grouped(answers)) {
    if (short.length === 0) continue;
    ctx.report(finding('GR215', headerRange(ctx), { variant: 'routed', minimum: rateArg(minimum), acts: listed(short, { fr: ' ; ', en: '; ' }, 3) }));
  }
}

/** The column of a line for a typical case of its act (a doctor's act: the DPTAM one). */
function columnUsedFor(line: LineModel): ColumnModel | null {
  return line.columns.all ?? line.columns.dptam ?? Object.values(line.columns)[0] ?? null;
}

function coverageRange(columns: ColumnModel[]): Span {
  const first = columns[0]!;
  const last = columns[columns.length - 1]!;
  return { start: first.variant.range.start, end: last.variant.range.end };
}

export const CONTRAT_RESPONSABLE_CHECKS: readonly RuleCheck[] = [
  {
    scope: 'line',
    reports: ['GR201', 'GR202', 'GR203', 'GR204', 'GR205', 'GR206', 'GR208', 'GR209', 'GR210', 'GR212', 'GR215', 'GR216'],
    run: checkLineContract,
  },
  { scope: 'grid', reports: ['GR206', 'GR214'], run: checkMandatory },
  { scope: 'grid', reports: ['GR206', 'GR215', 'GR216'], run: checkSectionCaps },
  { scope: 'grid', reports: ['GR217'], run: checkMissingTm },
  { scope: 'grid', reports: ['GR215'], run: checkCollectiveRouted },
];
