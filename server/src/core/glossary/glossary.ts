/**
 * The domain glossary behind hovers: each term with its French and English definition, the key
 * figure (named by dated parameter, so the hover shows the value of the grid's millésime), the
 * formula where there is one, and the source. Figures are never written here: a definition or a
 * formula names a parameter between braces (`{pal.montant}`) and shows its value at the grid's date.
 */
import type Decimal from '../decimal';
import { formatEuros, formatPercent } from '../engine/money';

export interface GlossaryEntry {
  id: string;
  /** Normalized words that show this entry on hover (`br`, `brss`, `optam_co`…). */
  words: string[];
  title: string;
  titleEn: string;
  definition: string;
  definitionEn: string;
  /** Parameters whose value at the grid's date is the key figure. */
  figures?: string[];
  formula?: string;
  source: string;
}

export const GLOSSARY: GlossaryEntry[] = [
  {
    id: 'br',
    words: ['br', 'brss', 'tr', 'bss', 'trss', 'base'],
    title: 'BR — base de remboursement de la Sécurité sociale',
    titleEn: 'BR — reimbursement base',
    definition:
      "Tarif de référence fixé par l'Assurance maladie pour chaque acte ou produit : « tarif de convention » pour un médecin conventionné, « tarif de responsabilité » pour un dispositif de la LPP (optique, audioprothèse), « tarif d'autorité » pour un médecin non conventionné. Les taux de la Sécu et les garanties en « % BR » s'appliquent à ce montant, jamais au prix payé.",
    definitionEn:
      'The reference tariff set by the national health insurance for each act or product (convention tariff, liability tariff for devices, authority tariff for non-contracted doctors). AMO rates and "% BR" guarantees apply to it, never to the price paid.',
    figures: ['br.consultation_generaliste', 'br.consultation_specialiste', 'ta.consultation_generaliste'],
    formula: 'Sécu = arrondi au centime (BR × taux) ; « X % BR » Sécu incluse : mutuelle = min(prix, X % × BR) − Sécu',
    source: 'service-public.fr F17042 ; ameli.fr',
  },
  {
    id: 'tm',
    words: ['tm', 'ticket', 'moderateur'],
    title: 'TM — ticket modérateur',
    titleEn: 'TM — patient co-payment',
    definition:
      "Part de la BR que la Sécu ne rembourse pas : TM = BR − remboursement de la Sécu, calculé avant la participation forfaitaire et les franchises. Un contrat responsable le couvre en entier. Pour un acte d'au moins {pal.seuil}, il est remplacé par la participation de {pal.montant} (PAL).",
    definitionEn: 'The part of the BR the statutory insurance does not pay, before flat participations. A responsible contract covers it in full.',
    figures: ['taux.medecin', 'br.consultation_generaliste'],
    formula: 'TM = BR − Sécu ; mutuelle « TM » = min(prix, BR) − Sécu',
    source: 'R871-2 1° CSS ; glossaires mutelios, CNP',
  },
  {
    id: 'ro',
    words: ['ro', 'amo', 'secu', 'mr', 'rss', 'ro_inclus', 'en_sus'],
    title: 'RO / AMO — régime obligatoire (la « Sécu »)',
    titleEn: 'RO / AMO — statutory health insurance',
    definition:
      "Assurance maladie obligatoire (CPAM, MSA…). « RO inclus » : le pourcentage d'une garantie est un total Sécu comprise (l'usage du marché) ; « en sus » : il s'ajoute au remboursement de la Sécu.",
    definitionEn: 'The statutory health insurance. "RO inclus": a guarantee\'s percentage is a total including the Sécu; "en sus": it comes on top.',
    figures: ['taux.medecin'],
    formula: 'RO inclus : mutuelle = min(prix, X % × BR) − Sécu ; en sus : mutuelle = min(prix − Sécu, X % × BR)',
    source: 'ameli.fr, « Tableaux récapitulatifs des taux de remboursement » ; UNOCAM, engagement de lisibilité des garanties (RO inclus / en sus)',
  },
  {
    id: 'amc',
    words: ['amc', 'ocam', 'mutuelle'],
    title: 'AMC — assurance maladie complémentaire',
    titleEn: 'AMC — complementary health insurance',
    definition:
      "Assurance complémentaire (mutuelle, institution de prévoyance, société d'assurance) qui rembourse après la Sécu selon le tableau de garanties. Elle ne paie jamais plus que la dépense moins la part de la Sécu.",
    definitionEn: "Complementary health insurance, paying after the Sécu according to the guarantee grid, never more than the expense less the Sécu's part.",
    formula: 'mutuelle ≤ prix − Sécu (avant participation forfaitaire)',
    source: 'Code de la sécurité sociale, art. L871-1 ; service-public.fr F17042',
  },
  {
    id: 'optam',
    words: ['optam', 'optam_co', 'optam_aco', 'dptam', 'adherent', 'non_dptam', 'non_optam', 'non_adherent'],
    title: 'OPTAM / OPTAM-CO — DPTAM',
    titleEn: 'OPTAM / OPTAM-CO — controlled-fee options',
    definition:
      "Options de pratique tarifaire maîtrisée (depuis le 1er janvier 2017) : un médecin de secteur 2 s'engage à modérer ses dépassements ; ses patients sont remboursés sur la base du secteur 1. OPTAM-CO (étendu aux anesthésistes : OPTAM-ACO) concerne chirurgiens et gynécologues-obstétriciens. « DPTAM » est le terme générique du code de la Sécurité sociale. En contrat responsable, les dépassements d'un médecin non DPTAM sont couverts au plus à {cr.dh.plafond_non_dptam} de la BR et {cr.dh.ecart_dptam} de la BR de moins que pour un médecin DPTAM.",
    definitionEn:
      'Controlled-fee options for sector-2 doctors; patients are reimbursed on the sector-1 base. A responsible contract covers non-DPTAM overbilling at most {cr.dh.plafond_non_dptam} of the BR and {cr.dh.ecart_dptam} of the BR less than DPTAM overbilling.',
    figures: ['cr.dh.plafond_non_dptam', 'cr.dh.ecart_dptam', 'br.consultation_generaliste.non_dptam'],
    formula: 'dépassement couvert, non DPTAM ≤ min({cr.dh.plafond_non_dptam} de la BR, dépassement couvert DPTAM − {cr.dh.ecart_dptam} de la BR)',
    source: 'R871-2 2° CSS ; SNCUF 2025',
  },
  {
    id: 'hn',
    words: ['hn', 'hors_nomenclature', 'nomenclature'],
    title: 'HN — acte hors nomenclature',
    titleEn: 'HN — act outside the nomenclature',
    definition:
      "Acte ou produit absent de toutes les listes de remboursement (NGAP, CCAM, NABM, LPP, médicaments) : pas de BR, pas de taux, la Sécu ne paie rien. Seul un forfait en euros du contrat peut intervenir, souvent par séance avec un nombre limité ou dans un plafond annuel consommé au fil de l'année (ostéopathie, implants, parodontologie, chirurgie réfractive).",
    definitionEn:
      'An act outside every reimbursement list: no BR, the Sécu pays nothing; only a euro allowance of the contract can pay, often per session with a count limit or an annual cap.',
    formula: 'mutuelle = min(prix, forfait restant) ; Sécu = 0',
    source: 'ameli.fr, « Tableaux récapitulatifs des taux de remboursement » (actes non remboursables) ; article « Acte hors nomenclature »',
  },
  {
    id: 'secteur',
    words: ['secteur', 'secteur3', 'non_conventionne', 'hors_convention', 'conventionne'],
    title: 'Secteurs 1, 2 et 3',
    titleEn: 'Sectors 1, 2 and 3',
    definition:
      "Secteur 1 : médecin conventionné au tarif opposable. Secteur 2 : conventionné à honoraires libres, adhérent ou non d'un DPTAM. Secteur 3 : non conventionné ; remboursé sur le tarif d'autorité ({ta.consultation_generaliste} pour un généraliste, {ta.consultation_specialiste} pour un spécialiste, {ta.actes_techniques} du tarif CCAM pour un acte technique), la Sécu paie {taux.medecin} de ce tarif : « 200 % BR » ne paie presque rien.",
    definitionEn:
      'Sector 1: contracted, regulated fees. Sector 2: contracted, free fees. Sector 3: non-contracted, reimbursed on the authority tariff ({ta.consultation_generaliste} GP, {ta.consultation_specialiste} specialist), so "200 % BR" pays almost nothing.',
    figures: ['ta.consultation_generaliste', 'ta.consultation_specialiste', 'ta.actes_techniques'],
    formula: "secteur 3 : Sécu = {taux.medecin} × tarif d'autorité",
    source: 'service-public.fr F17042 ; arrêté du 1er déc. 2006 (JORFTEXT000000275557)',
  },
  {
    id: 'dh',
    words: ['dh', 'depassement', 'depassements'],
    title: "DH — dépassement d'honoraires",
    titleEn: 'DH — overbilling',
    definition:
      'Part du prix au-dessus de la BR. Jamais remboursé par la Sécu ; couvert ou non par la mutuelle selon le contrat et les plafonds du contrat responsable.',
    definitionEn: 'The part of the price above the BR; never paid by the Sécu, possibly by the complementary within the responsible-contract caps.',
    formula: 'DH = prix − BR',
    source: 'ameli.fr, « Tarifs conventionnels des médecins » ; Code de la sécurité sociale, art. R871-2 (plafonds du contrat responsable)',
  },
  {
    id: 'fr',
    words: ['fr', 'frais', 'reels'],
    title: 'FR — frais réels',
    titleEn: 'FR — actual costs',
    definition:
      "Le montant réellement facturé. « 100 % FR » rembourse jusqu'à la dépense réelle, sous déduction de la Sécu, souvent dans une limite (« 100 % FR limité à 150 % BR »).",
    definitionEn: 'The amount actually charged. "100 % FR" pays up to the actual expense, less the Sécu, often within a cap.',
    formula: '« 100 % FR » : mutuelle = prix − Sécu ; « limité à Y % BR » : mutuelle = min(prix, Y % × BR) − Sécu',
    source: 'UNOCAM, engagement de lisibilité des garanties (exemples de remboursement en frais réels)',
  },
  {
    id: 'rac',
    words: ['rac', 'reste'],
    title: 'RAC — reste à charge',
    titleEn: 'RAC — out-of-pocket',
    definition:
      "Ce que paie finalement l'assuré : prix − Sécu − mutuelle. Il comprend la participation forfaitaire, les franchises, les dépassements et le ticket modérateur non couverts.",
    definitionEn: 'What the patient finally pays: price − Sécu − complementary.',
    formula: 'reste = prix − Sécu nette − mutuelle',
    source: 'UNOCAM, engagement de lisibilité des garanties (reste à charge des exemples chiffrés)',
  },
  {
    id: 'pf',
    words: ['pf', 'participation', 'participation_forfaitaire'],
    title: 'PF — participation forfaitaire',
    titleEn: 'PF — flat participation',
    definition:
      'Somme déduite du remboursement de la Sécu pour chaque consultation ou acte de médecin, examen de radiologie et analyse de biologie, hors hospitalisation. Plafonnée par jour et par an ; pas due avant 18 ans, avec la CSS ou en maternité. Un contrat responsable ne la rembourse jamais.',
    definitionEn: 'A flat amount withheld from the Sécu payment per doctor act, imaging exam or lab test; a responsible contract never reimburses it.',
    figures: ['pf.montant', 'pf.plafond_journalier', 'pf.plafond_annuel'],
    formula: 'Sécu nette = Sécu − PF',
    source: 'L871-1 CSS ; décret de février 2024',
  },
  {
    id: 'pal',
    words: ['pal', 'actes_lourds', 'lourds'],
    title: 'PAL — participation forfaitaire « actes lourds »',
    titleEn: 'Flat fee on heavy acts',
    definition:
      'Pour un acte dont le tarif atteint {pal.seuil}, le ticket modérateur est remplacé par une participation forfaitaire de {pal.montant}. La mutuelle peut la couvrir, contrairement à la PF de {pf.montant}.',
    definitionEn: 'For acts of {pal.seuil} or more, a flat fee of {pal.montant} replaces the ticket modérateur; the complementary may cover it.',
    figures: ['pal.montant', 'pal.seuil'],
    formula: 'Sécu = BR − {pal.montant} (acte ≥ {pal.seuil})',
    source: 'magnolia ; grille JORF JORFARTI000049486847',
  },
  {
    id: 'franchise',
    words: ['franchise', 'franchises'],
    title: 'Franchise médicale',
    titleEn: 'Medical deductible',
    definition:
      'Somme déduite des remboursements de la Sécu sur les médicaments (par boîte), les actes paramédicaux et les transports. Plafonds journaliers et annuel. Un contrat responsable ne la rembourse pas.',
    definitionEn: 'A deductible withheld from Sécu payments on drugs, paramedical acts and transport; a responsible contract does not reimburse it.',
    figures: ['franchise.medicament', 'franchise.paramedical', 'franchise.transport', 'franchise.plafond_annuel'],
    source: 'LFSS 2008 art. 52 ; L871-1 CSS',
  },
  {
    id: 'fjh',
    words: ['fjh', 'journalier'],
    title: 'FJH — forfait journalier hospitalier',
    titleEn: 'Daily hospital charge',
    definition:
      "Participation aux frais d'hébergement pour tout séjour de plus de 24 h, jour de sortie compris. Jamais payée par la Sécu ; un contrat responsable la couvre en entier, sans limite de durée.",
    definitionEn: 'A daily lodging charge for stays over 24 h, never paid by the Sécu; a responsible contract covers it with no time limit.',
    figures: ['fjh.montant', 'fjh.psychiatrie'],
    formula: 'mutuelle « 100 % FR » = FJH × jours',
    source: 'MSA ; VYV « Book Sécu 2022 »',
  },
  {
    id: 'fpu',
    words: ['fpu', 'urgences'],
    title: 'FPU — forfait patient urgences',
    titleEn: 'Emergency flat fee',
    definition: "Forfait dû pour un passage aux urgences non suivi d'hospitalisation, pris en charge par la mutuelle ; réduit pour les patients en ALD.",
    definitionEn: 'A flat fee for an emergency visit without admission, covered by the complementary.',
    figures: ['fpu.montant', 'fpu.reduit'],
    source: 'Arrêté du 17 déc. 2021',
  },
  {
    id: 'pmss',
    words: ['pmss', 'pass'],
    title: 'PMSS — plafond mensuel de la Sécurité sociale',
    titleEn: 'Monthly social-security ceiling',
    definition:
      "Revalorisé chaque 1er janvier ; les grilles l'utilisent comme unité (« 2 % PMSS par jour » pour la chambre particulière). Grille prend le PMSS de l'année des soins, ou du millésime si l'en-tête dit « pmss millesime ».",
    definitionEn: 'Revalued every 1 January; grids use it as a money unit ("2 % PMSS per day").',
    figures: ['pmss'],
    formula: "X % PMSS = arrondi au centime (X % × PMSS de l'année)",
    source: 'BOSS, communiqué du 21/10/2025',
  },
  {
    id: '100-sante',
    words: ['sante', '100_sante', 'plv', 'hlf', 'rac0'],
    title: '100 % Santé (reste à charge zéro)',
    titleEn: '100 % Santé (zero out-of-pocket)',
    definition:
      'Avec un contrat responsable, reste à charge nul sur trois paniers : optique classe A, prothèses dentaires du panier 100 % Santé, aides auditives classe I, dans la limite des prix limites de vente (PLV) ou honoraires limites de facturation (HLF).',
    definitionEn:
      'With a responsible contract, zero out-of-pocket on optical class A, the dental 100 % Santé basket and class I hearing aids, up to regulated price caps.',
    figures: ['plv.optique_classe_a_equipement', 'plv.aide_auditive_classe_i', 'hlf.couronne_100_sante'],
    formula: 'mutuelle = min(prix, PLV ou HLF) − Sécu',
    source: 'ameli.fr (aides auditives, 13/12/2024) ; R871-2 3° CSS',
  },
  {
    id: 'responsable',
    words: ['responsable', 'non_responsable'],
    title: 'Contrat responsable',
    titleEn: 'Responsible contract',
    definition:
      "Contrat qui respecte le cahier des charges des articles L871-1, R871-1 et R871-2 du code de la Sécurité sociale en échange d'avantages fiscaux et sociaux : ticket modérateur couvert, forfait journalier sans limite, paniers 100 % Santé, dépassements non DPTAM plafonnés, ni PF ni franchises ni majoration hors parcours, plafonds en optique et audiologie.",
    definitionEn: 'A contract following the statutory specification (L871-1, R871-1, R871-2 CSS) in exchange for tax and social advantages.',
    figures: ['cr.dh.plafond_non_dptam', 'cr.optique.a.maximum', 'cr.audio.classe_ii_maximum'],
    source: 'L871-1, R871-1, R871-2 CSS (décret n° 2019-21)',
  },
  {
    id: 'css',
    words: ['css'],
    title: 'CSS — complémentaire santé solidaire',
    titleEn: 'CSS — public means-tested complementary',
    definition:
      'Complémentaire publique gratuite ou à faible participation, sous conditions de ressources (depuis le 1er novembre 2019). Dépassements interdits, ni participation forfaitaire ni franchises.',
    definitionEn: 'Means-tested public complementary cover; no overbilling, no flat participation or deductibles.',
    source: 'CPAM 13 ; efl.fr',
  },
  {
    id: 'ald',
    words: ['ald'],
    title: 'ALD — affection de longue durée',
    titleEn: 'ALD — long-term condition',
    definition:
      'Maladie chronique ou grave : les soins liés sont remboursés à {taux.exoneration} de la BR. La participation forfaitaire, les franchises et les dépassements restent dus ; une garantie « 100 % BR » ne paie alors rien.',
    definitionEn: 'A long-term condition: related care is reimbursed at {taux.exoneration} of the BR; flat participations and overbilling remain.',
    figures: ['taux.exoneration'],
    source: 'ameli.fr',
  },
  {
    id: 'parcours',
    words: ['parcours', 'hors_parcours', 'majoration'],
    title: 'Parcours de soins coordonnés',
    titleEn: 'Coordinated care pathway',
    definition:
      "L'assuré de 16 ans ou plus déclare un médecin traitant et passe par lui avant un spécialiste (accès direct : gynécologue, ophtalmologue, psychiatre jusqu'à 25 ans, dentiste). Hors parcours, la Sécu ne paie que {taux.hors_parcours} ; un contrat responsable ne couvre ni la majoration ni les dépassements autorisés.",
    definitionEn:
      'Outside the pathway, the Sécu pays {taux.hors_parcours} instead of {taux.medecin}; a responsible contract covers neither the mark-up nor the authorised overbilling.',
    figures: ['taux.hors_parcours', 'parcours.age_minimum', 'parcours.depassement_autorise'],
    source: 'service-public.fr F17042 ; L871-1 CSS',
  },
  {
    id: 'regime_local',
    words: ['regime', 'local', 'alsace_moselle', 'alsace-moselle', 'alsace', 'moselle'],
    title: "Régime local d'Alsace-Moselle",
    titleEn: 'Alsace-Moselle local scheme',
    definition:
      "Complément obligatoire du régime général des salariés et retraités du Bas-Rhin, du Haut-Rhin et de la Moselle : la Sécu (régime local compris) paie {rl.taux.medecin} des honoraires médicaux, {rl.taux.auxiliaire} des auxiliaires, {rl.taux.pharmacie_65} / {rl.taux.pharmacie_30} des médicaments remboursés {taux.pharmacie_65} / {taux.pharmacie_30} par le régime général, {rl.taux.hospitalisation} à l'hôpital et le forfait journalier. Il ne couvre ni la participation forfaitaire, ni les franchises, ni les dépassements, ni la majoration hors parcours. « regime local » sur un acte, une situation ou l'en-tête (le défaut des exemples).",
    definitionEn:
      'A compulsory complement to the general scheme in Alsace and Moselle: the Sécu (local scheme included) pays {rl.taux.medecin} of doctors’ fees, {rl.taux.hospitalisation} in hospital and the daily hospital charge; not the flat participations, franchises, overbilling nor the out-of-pathway mark-up.',
    figures: [
      'rl.taux.medecin',
      'rl.taux.auxiliaire',
      'rl.taux.dentaire',
      'rl.taux.pharmacie_65',
      'rl.taux.pharmacie_30',
      'rl.taux.hospitalisation',
      'rl.taux.lpp',
      'rl.taux.transport',
      'rl.forfait_journalier',
      'rl.hors_parcours_sans_majoration',
    ],
    source: 'lelynx.fr ; Le Quotidien du médecin (2006, 2019) ; rue89strasbourg (2023)',
  },
  {
    id: 'at_mp',
    words: ['accident_travail', 'maladie_professionnelle', 'at_mp'],
    title: 'Accident du travail, maladie professionnelle (AT/MP)',
    titleEn: 'Work accident, occupational disease',
    definition:
      'Les soins liés sont pris en charge à {taux.at_mp} de la BR, sans participation forfaitaire, franchise ni forfait journalier ; le forfait patient urgences est minoré. Les prothèses dentaires à {taux.at_mp.protheses_dentaires} de la BR (incertain). Les dépassements restent à charge.',
    definitionEn:
      'Related care is paid at {taux.at_mp} of the BR, without flat participation, franchise nor daily hospital charge; dental prostheses at {taux.at_mp.protheses_dentaires} (uncertain).',
    figures: ['taux.at_mp', 'taux.at_mp.protheses_dentaires', 'fpu.reduit'],
    source: 'ameli.fr ; CSS L431-1, L432-1 à L432-3, L174-4, L160-13',
  },
  {
    id: 'outre_mer',
    words: ['residence', 'guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte', 'dom'],
    title: 'Soins en outre-mer : coefficients de la LPP',
    titleEn: 'Care overseas: LPP coefficients',
    definition:
      "Dans les départements d'outre-mer, les tarifs de responsabilité et les prix limites de l'optique et des aides auditives sont ceux de métropole multipliés par un coefficient (arrêté du 1er décembre 2020) : optique {dom.optique.guadeloupe} en Guadeloupe, {dom.optique.martinique} en Martinique et en Guyane, {dom.optique.reunion} à La Réunion ; aides auditives {dom.audio.reunion} à La Réunion. Un coefficient non trouvé (Mayotte, aides auditives des Antilles et de la Guyane) arrête le calcul plutôt que de le fausser.",
    definitionEn: 'Overseas, the LPP bases and price caps of optics and hearing aids are the mainland ones times a coefficient (arrêté of 1 December 2020).',
    figures: ['dom.optique.guadeloupe', 'dom.optique.martinique', 'dom.optique.guyane', 'dom.optique.reunion', 'dom.audio.reunion'],
    source: 'arrêté du 1er décembre 2020, cité par opticien-lunetier.media (2025)',
  },
  {
    id: 'carence',
    words: ['carence', 'delai'],
    title: 'Délai de carence',
    titleEn: 'Waiting period',
    definition:
      "Période après l'adhésion pendant laquelle une garantie ne joue pas encore. Grille la compte depuis la date d'adhésion de l'exemple (par défaut la date d'effet du contrat).",
    definitionEn: 'The period after joining during which a guarantee does not apply yet.',
    formula: 'garantie acquise à partir de adhésion + carence',
    source: 'Conditions générales des contrats',
  },
];

const BY_WORD = new Map<string, GlossaryEntry>();
for (const entry of GLOSSARY) for (const word of entry.words) if (!BY_WORD.has(word)) BY_WORD.set(word, entry);

/** The glossary entry a normalized word points to, if any. */
export function glossaryEntryFor(word: string): GlossaryEntry | undefined {
  return BY_WORD.get(word);
}

/** The parameters a text names between braces, with the value of each at a date. */
export interface FigureSource {
  lookup(id: string, date: string): { unit: string; value: Decimal | boolean; confidence?: string } | null;
}

/**
 * A definition or formula with each `{parameter.id}` replaced by its value at `date` (« ? » when
 * unknown); an uncertain figure is followed by « ❓ » (its source is in the hover's table of figures).
 */
export function glossaryText(text: string, params: FigureSource, date: string): string {
  return text.replace(/\{([a-z0-9_.]+)\}/g, (_, id: string) => {
    const p = params.lookup(id, date);
    if (!p || typeof p.value === 'boolean') return '?';
    const value = p.unit === 'EUR' ? formatEuros(p.value) : p.unit === 'percent' ? formatPercent(p.value) : p.value.toString();
    return p.confidence === 'uncertain' ? `${value} ❓` : value;
  });
}

/** Every parameter a glossary text names. */
export function namedFigures(text: string): string[] {
  return [...text.matchAll(/\{([a-z0-9_.]+)\}/g)].map((m) => m[1]!);
}
