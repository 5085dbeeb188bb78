/**
 * Regulatory figures as dated, sourced data (OpenFisca style). Nothing else in the code base holds
 * a regulatory number: the engine, the rules and the hovers look values up here by date.
 *
 * Confidence follows ../docs/parameters.md: `confirmed` (official or primary source), `secondary`
 * (insurer, broker or press pages), `uncertain` (conflicting sources or memory: verify before use).
 * Money and rates are decimal strings, never floats.
 */

export type Confidence = 'confirmed' | 'secondary' | 'uncertain';
export type ParameterUnit = 'EUR' | 'percent' | 'boolean' | 'years' | 'days';

export interface ParameterPeriod {
  /** ISO date from which the value applies (until the next period's start). */
  start: string;
  /** Decimal string, a boolean, or null when the parameter stops being defined. */
  value: string | boolean | null;
  confidence: Confidence;
  source: string;
  note?: string;
}

export interface ParameterDefinition {
  id: string;
  label: string;
  unit: ParameterUnit;
  periods: ParameterPeriod[];
}

const SP_F17042 = 'service-public.fr F17042 (vérifié le 22/12/2024)';
const AMELI_TAUX = 'ameli.fr, « Tableaux récapitulatifs des taux de remboursement » (24/09/2024)';
const PMSS_TEXT_NOT_READ = 'texte non lu, valeur citée par';
const CSS_R160_16 = 'CSS R160-16 (Légifrance, consolidé au 14/03/2026, version en vigueur depuis le 01/01/2019)';
const AFP_2026_02_23 = 'boursorama/AFP (23/02/2026, projets de textes consultés)';
const FJH_FPU_2026 =
  'pourquoidocteur.fr (« arrêté paru au Journal officiel, le 28 février 2026 »), upday/AFP (28/02/2026), vivamagazine.fr (03/03/2026), boursorama/AFP (23/02/2026)';
const CONSULTATION_2017 =
  'Le Quotidien du médecin (01/05/2017, « Tarifs et cotations : ce qui change pour les généralistes et les pédiatres »), francetvinfo, Europe 1, Radio France (04/2017), BFM (22/08/2016)';
const CS_2017 = 'egora (01/07/2017 : « CS + MPC (2 euros) + MCS (5 euros) = 30 euros »), Les Echos Publishing/cinqplus (06/07/2017 : MCS « de 3 à 5 € »)';
const POSTPONED_2026 =
  "moneyvox/AFP (06/2025 : « suspendues et s'appliqueront au 1er janvier 2026 »), Klesia (23/06/2025), cegedim-sante (26/01/2026 : « a enfin eu lieu au 1er janvier 2026 »)";
const ARRETE_TA = 'Légifrance, arrêté du 1er déc. 2006, art. 2 bis (JORFTEXT000000275557)';
const ILLUSTRATIVE =
  "Valeur illustrative de Grille pour les aperçus : cette catégorie n'a pas de BR unique. Donnez la BR réelle de l'acte dans un exemple (« br 120 € »).";
const UNKNOWN_START = 'Date de début non vérifiée : valeur connue comme en vigueur à la date de la source.';
const MON_SOUTIEN_PSY =
  'Mon soutien psy : legitimconseil.fr, mes-allocs.fr, prevoyance-agipi.com, medisite.fr (50 € par séance et 12 séances par an depuis le 15/06/2024, AMO 60 %)';
const DENTAL_POSTERS = "Affiches d'honoraires de cabinets dentaires (centredentaireleluc.fr, cabinetdentairenguetta.fr)";
const BRIDGE_BR = 'lemedecin.fr (fiches CCAM HBLD043, HBLD750 : bridge 3 éléments, base 279,50 €), devismutuelle.com';
const SPR_NOTE =
  "Déduit de l'ancienne cotation SPR (2,15 €) : pilier SPR 50 = 107,50 €, intermédiaire SPR 30 = 64,50 € ; 2 piliers + 1 intermédiaire = 279,50 €, la base du bridge 3 éléments.";
const CNMSS_AUDIO = 'CNMSS (« base de remboursement étant fixée à 300 € en 2019 … 350 € en 2020, 400 € en 2021 »)';
const CSS_R871_2 = 'CSS R871-2 (Légifrance, consolidé au 14/03/2026 ; montants inchangés depuis le décret n° 2019-21 du 11/01/2019)';
const CR_CAPS_NOTE =
  "Montants Sécu et ticket modérateur compris (R871-2 : ils « incluent la part des dépenses prises en charge par l'assurance maladie obligatoire et la participation des assurés »).";
const FRANCHISES_2024 =
  'CSS D160-9 à D160-11 (décret n° 2024-114 du 16/02/2024, « entrent en vigueur le 31 mars 2024 »); secu-artistes-auteurs.fr, poleformation-sante';
const DENTAL_ANNEX_IV =
  'Convention dentaire de 2018 (arrêté du 20/08/2018), annexe IV « Honoraires limites de facturation au 1er avril 2019 / au 1er janvier 2020 » (copie, texte du JORF non lu)';
const HLF_NOTE =
  "Les HLF s'appliquent depuis le 01/04/2019 ; le panier 100 % Santé dentaire s'impose aux contrats responsables souscrits ou renouvelés depuis le 01/01/2020 (décret n° 2019-21, confirmé) : la valeur de 2020 seule est retenue.";
const WIGS = 'senopolesevigne.fr, adpassurances.fr, coiffureprestige.fr (arrêté LPP applicable au 02/04/2019)';
const RL_SOURCES =
  "lelynx.fr (« honoraires médicaux remboursés à 90 % … forfait journalier pris en charge à 100 % … kinésithérapie, infirmiers ou d'analyse remboursés à 90 % »), Le Quotidien du médecin (2019 : « soins médicaux à 90 %, des hospitalisations à 100 % (y compris le forfait journalier) et des médicaments à 80 ou 90 % »)";
const RL_PHARMACY =
  "Le Quotidien du médecin (08/02/2006 : vignettes blanches 90 %, bleues 80 %, « les nouvelles vignettes à 15 % … ne feront pas l'objet d'un remboursement complémentaire »), lelynx.fr";
const DOM_OPTIQUE =
  "Arrêté du 1er décembre 2020 fixant les coefficients de majoration applicables en outre-mer aux tarifs et prix des produits de la LPP (non lu), cité par opticien-lunetier.media (25/07/2025, DSS via la Fnof : ×1,3 Guadeloupe, ×1,15 Martinique et Guyane, ×1,2 La Réunion, « le tarif de responsabilité … fait l'objet des mêmes coefficients »)";
const BREAST = 'placeal.fr, prevoyance-agipi.com (arrêté du 12/04/2016, applicable au 01/05/2016), guidedelasocioesthetique-oncologie.fr';

function single(
  id: string,
  label: string,
  unit: ParameterUnit,
  start: string,
  value: string | boolean,
  confidence: Confidence,
  source: string,
  note?: string,
): ParameterDefinition {
  const period: ParameterPeriod = { start, value, confidence, source };
  if (note) period.note = note;
  return { id, label, unit, periods: [period] };
}

export const PARAMETERS: ParameterDefinition[] = [
  // ---------------------------------------------------------------------------------------------
  // Plafond de la Sécurité sociale
  {
    id: 'pmss',
    label: 'Plafond mensuel de la Sécurité sociale (PMSS)',
    unit: 'EUR',
    periods: [
      {
        start: '2015-01-01',
        value: '3170',
        confidence: 'confirmed',
        source:
          'Arrêté du 26/11/2014 portant fixation du plafond de la sécurité sociale pour 2015, JORF n°0284 du 09/12/2014 (Légifrance JORFTEXT000029862934 : « valeur mensuelle : 3 170 euros »)',
      },
      {
        start: '2016-01-01',
        value: '3218',
        confidence: 'secondary',
        source: `Arrêté du 17/12/2015 (JO du 24/12/2015), ${PMSS_TEXT_NOT_READ} cbanque, FO via tripalio.fr, efl.fr (DSS)`,
      },
      {
        start: '2017-01-01',
        value: '3269',
        confidence: 'secondary',
        source: `Arrêté du 05/12/2016 (JO du 13/12/2016), ${PMSS_TEXT_NOT_READ} cbanque, ipilote, professioncgp`,
      },
      {
        start: '2018-01-01',
        value: '3311',
        confidence: 'secondary',
        source: `Arrêté du 05/12/2017 (JO du 09/12/2017), ${PMSS_TEXT_NOT_READ} ash.tm.fr, lhotellerie-restauration, premiumpaye, ruedelapaye`,
      },
      {
        start: '2019-01-01',
        value: '3377',
        confidence: 'secondary',
        source: `Arrêté du 11/12/2018 (JORF n°0290 du 15/12/2018), ${PMSS_TEXT_NOT_READ} premiumpaye, infosdroits, cramif, juristique`,
      },
      {
        start: '2020-01-01',
        value: '3428',
        confidence: 'secondary',
        source: `Arrêté du 02/12/2019 (JO du 03/12/2019), ${PMSS_TEXT_NOT_READ} cbanque, mgglegal, cnec`,
      },
      {
        start: '2021-01-01',
        value: '3428',
        confidence: 'secondary',
        source: `Arrêté du 22/12/2020 (JORF n°314 du 29/12/2020, NOR SSAS2036535A), ${PMSS_TEXT_NOT_READ} idcite (article 1 cité), editions-tissot, forumeco`,
        note: 'Inchangé : la LFSS 2021 (art. 15) interdit une baisse du plafond.',
      },
      {
        start: '2022-01-01',
        value: '3428',
        confidence: 'secondary',
        source: `Arrêté du 15/12/2021 (JO du 18/12/2021, NOR SSAS2137621A), ${PMSS_TEXT_NOT_READ} ASH, cdg79, compta-online`,
      },
      {
        start: '2023-01-01',
        value: '3666',
        confidence: 'secondary',
        source: `Arrêté du 09/12/2022 (JO du 16/12/2022), ${PMSS_TEXT_NOT_READ} MSA Franche-Comté, cdg79, gni-region-sud; BOSS (communiqué du 10/10/2022, relayé par lexplicite)`,
      },
      {
        start: '2024-01-01',
        value: '3864',
        confidence: 'secondary',
        source: `Arrêté du 19/12/2023 (JO du 29/12/2023), ${PMSS_TEXT_NOT_READ} MSA Franche-Comté, paaz, compta-online; BOSS (communiqué du 12/10/2023, relayé)`,
      },
      {
        start: '2025-01-01',
        value: '3925',
        confidence: 'secondary',
        source: `Arrêté du 19/12/2024 (JO du 29/12/2024), ${PMSS_TEXT_NOT_READ} legisocial, affiches64, apgis; BOSS (communiqué du 04/11/2024, relayé)`,
      },
      {
        start: '2026-01-01',
        value: '4005',
        confidence: 'confirmed',
        source:
          'Arrêté du 22/12/2025, JORF n°0300 du 23/12/2025, art. 1 (copie juriblio.fr : « valeur mensuelle : 4 005 euros … à compter du 1er janvier 2026 »)',
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Taux AMO (régime général, métropole)
  single('taux.medecin', 'Taux AMO des honoraires médicaux', 'percent', '2015-01-01', '70', 'confirmed', `${AMELI_TAUX}; ${SP_F17042}`, UNKNOWN_START),
  single('taux.hors_parcours', 'Taux AMO hors parcours de soins coordonnés', 'percent', '2015-01-01', '30', 'confirmed', SP_F17042, UNKNOWN_START),
  {
    id: 'taux.dentaire',
    label: 'Taux AMO des soins et prothèses dentaires',
    unit: 'percent',
    periods: [
      { start: '2015-01-01', value: '70', confidence: 'secondary', source: AMELI_TAUX, note: UNKNOWN_START },
      { start: '2023-10-15', value: '60', confidence: 'secondary', source: 'Que Choisir, rdv-medecins, francetvinfo (arrêté du 14/10/2023)' },
    ],
  },
  single(
    'taux.auxiliaire',
    'Taux AMO des auxiliaires médicaux',
    'percent',
    '2015-01-01',
    '60',
    'secondary',
    'CNP, kineonline.fr, hyperassur, aide-sociale.fr',
    `${UNKNOWN_START} Un extrait ameli indique 70 % (ancien ?).`,
  ),
  single('taux.biologie', 'Taux AMO des analyses de biologie', 'percent', '2015-01-01', '60', 'secondary', 'placedesfinances, CNP', UNKNOWN_START),
  single('taux.imagerie', "Taux AMO de la radiologie et de l'imagerie", 'percent', '2015-01-01', '70', 'secondary', 'placedesfinances', UNKNOWN_START),
  single(
    'taux.hospitalisation',
    "Taux AMO de l'hospitalisation",
    'percent',
    '2015-01-01',
    '80',
    'secondary',
    "Pages d'établissements (CH Alpes-Léman, Ramsay)",
    UNKNOWN_START,
  ),
  single('taux.pharmacie_65', 'Taux AMO des médicaments à SMR majeur ou important', 'percent', '2015-01-01', '65', 'secondary', AMELI_TAUX, UNKNOWN_START),
  single('taux.pharmacie_30', 'Taux AMO des médicaments à SMR modéré', 'percent', '2015-01-01', '30', 'secondary', AMELI_TAUX, UNKNOWN_START),
  single('taux.pharmacie_15', 'Taux AMO des médicaments à SMR faible', 'percent', '2015-01-01', '15', 'secondary', AMELI_TAUX, UNKNOWN_START),
  single('taux.pharmacie_100', 'Taux AMO des médicaments irremplaçables et coûteux', 'percent', '2015-01-01', '100', 'secondary', AMELI_TAUX, UNKNOWN_START),
  single(
    'taux.lpp',
    'Taux AMO des dispositifs de la LPP (optique, audioprothèses)',
    'percent',
    '2015-01-01',
    '60',
    'secondary',
    'April, insureglobe',
    UNKNOWN_START,
  ),
  single(
    'taux.transport',
    'Taux AMO des transports sanitaires',
    'percent',
    '2015-01-01',
    '55',
    'secondary',
    "alehop.co (2025 : « à hauteur de 55 % du tarif conventionnel »); CSS R160-5 9° (participation de l'assuré « de 45 à 55 % » pour les transports : 65 % est exclu)",
    `${UNKNOWN_START} Seule la fourchette du décret est confirmée, pas le taux UNCAM exact.`,
  ),
  single(
    'taux.orthodontie',
    "Taux AMO de l'orthodontie (traitement commencé avant 16 ans)",
    'percent',
    '2015-01-01',
    '100',
    'uncertain',
    'Mémoire (non vérifié)',
    'À vérifier sur ameli.fr.',
  ),
  single(
    'taux.cure',
    'Taux AMO des forfaits de cure thermale',
    'percent',
    '2015-01-01',
    '65',
    'uncertain',
    'Mémoire (non vérifié)',
    'À vérifier sur ameli.fr.',
  ),
  single(
    'taux.exoneration',
    'Taux AMO avec exonération du TM (ALD pour les soins liés, maternité, AT/MP)',
    'percent',
    '2015-01-01',
    '100',
    'secondary',
    'ameli.fr, service-public.fr',
    UNKNOWN_START,
  ),
  single(
    'taux.psychologue',
    'Taux AMO des séances de psychologue « Mon soutien psy »',
    'percent',
    '2022-04-05',
    '60',
    'secondary',
    MON_SOUTIEN_PSY,
    'Dispositif lancé en avril 2022 (« MonPsy »), au même taux.',
  ),
  single(
    'taux.depistage_organise',
    'Taux AMO de la mammographie du dépistage organisé du cancer du sein (50 à 74 ans, tous les deux ans)',
    'percent',
    '2015-01-01',
    '100',
    'secondary',
    'ameli.fr relayé par mongustave.fr, comparedabord.com, lesfurets.com (« gratuite, sans avance de frais »)',
    `${UNKNOWN_START} Programme national depuis 2004.`,
  ),
  {
    id: 'taux.fauteuil_roulant',
    label: 'Taux AMO des fauteuils roulants (LPP)',
    unit: 'percent',
    periods: [
      { start: '2015-01-01', value: '60', confidence: 'secondary', source: 'Taux LPP commun (April, insureglobe)', note: UNKNOWN_START },
      {
        start: '2025-12-01',
        value: '100',
        confidence: 'uncertain',
        source: 'boursorama/AFP (30/11/2025), pourquoidocteur.fr (02/2025), ymanci.fr : « intégralement remboursés » dans la limite du tarif LPP',
        note: "Prise en charge intégrale des modèles inscrits à la LPP vendus au tarif (BR = PLV) ; que ce soit un taux de 100 % ou une autre mécanique n'a pas été lu dans le texte.",
      },
    ],
  },
  single(
    'parcours.age_minimum',
    "Âge à partir duquel la majoration hors parcours s'applique",
    'years',
    '2015-01-01',
    '16',
    'secondary',
    'simplifiezvouslavie',
    'Les moins de 16 ans ne sont pas pénalisés.',
  ),
  single(
    'parcours.depassement_autorise',
    "Dépassement autorisé (DA) d'un spécialiste de secteur 1 hors parcours, en % de la BR",
    'percent',
    '2015-01-01',
    '17.5',
    'uncertain',
    'Souvent cité, non vérifié',
    'Plafond du DA non confirmé.',
  ),

  // ---------------------------------------------------------------------------------------------
  // Régime local d'Alsace-Moselle: the Sécu's part with the régime local's complement, by the
  // régime général rate it replaces (`rl.` + the act's rate). A rate of 100 % needs no entry.
  single(
    'rl.taux.medecin',
    "Taux AMO des honoraires médicaux, régime local d'Alsace-Moselle compris",
    'percent',
    '2015-01-01',
    '90',
    'secondary',
    RL_SOURCES,
    UNKNOWN_START,
  ),
  single(
    'rl.taux.imagerie',
    "Taux AMO de la radiologie et de l'imagerie, régime local compris",
    'percent',
    '2015-01-01',
    '90',
    'secondary',
    RL_SOURCES,
    `${UNKNOWN_START} « 90 % de tous les actes médicaux » (Le Quotidien du médecin) : l'imagerie n'est pas nommée à part.`,
  ),
  single(
    'rl.taux.auxiliaire',
    'Taux AMO des auxiliaires médicaux, régime local compris',
    'percent',
    '2015-01-01',
    '90',
    'secondary',
    RL_SOURCES,
    UNKNOWN_START,
  ),
  single('rl.taux.biologie', 'Taux AMO des analyses de biologie, régime local compris', 'percent', '2015-01-01', '90', 'secondary', RL_SOURCES, UNKNOWN_START),
  {
    id: 'rl.taux.dentaire',
    label: 'Taux AMO des soins et prothèses dentaires, régime local compris',
    unit: 'percent',
    periods: [
      { start: '2015-01-01', value: '90', confidence: 'secondary', source: RL_SOURCES, note: `${UNKNOWN_START} Régime général 70 % + régime local 20 %.` },
      {
        start: '2023-10-15',
        value: '90',
        confidence: 'secondary',
        source:
          'rue89strasbourg.com (15/09/2023) et radiomelodie.com (26/09/2023), communiqué du régime local du 14/09/2023 : sa part passe « de 20 à 30 % » pour « maintenir … un taux de remboursement à hauteur de 90 % »',
        note: "Le régime local compense la baisse du régime général (70 → 60 %) ; que les prothèses suivent les soins n'est pas dit.",
      },
    ],
  },
  single(
    'rl.taux.pharmacie_65',
    'Taux AMO des médicaments à 65 %, régime local compris',
    'percent',
    '2015-01-01',
    '90',
    'secondary',
    RL_PHARMACY,
    UNKNOWN_START,
  ),
  single(
    'rl.taux.pharmacie_30',
    'Taux AMO des médicaments à 30 %, régime local compris',
    'percent',
    '2015-01-01',
    '80',
    'secondary',
    RL_PHARMACY,
    UNKNOWN_START,
  ),
  single(
    'rl.taux.pharmacie_15',
    'Taux AMO des médicaments à 15 %, régime local compris',
    'percent',
    '2015-01-01',
    '15',
    'secondary',
    RL_PHARMACY,
    `${UNKNOWN_START} Pas de complément du régime local sur les médicaments à 15 %.`,
  ),
  single(
    'rl.taux.hospitalisation',
    "Taux AMO de l'hospitalisation, régime local compris",
    'percent',
    '2015-01-01',
    '100',
    'secondary',
    RL_SOURCES,
    `${UNKNOWN_START} Appliqué aussi aux actes d'un séjour (« sejour "S1" », « hospitalise ») : « hospitalisation légère ou lourde remboursée à 100 % ».`,
  ),
  single(
    'rl.taux.lpp',
    'Taux AMO des dispositifs de la LPP (optique, audioprothèses), régime local compris',
    'percent',
    '2015-01-01',
    '90',
    'uncertain',
    'Le Quotidien du médecin (08/02/2006 : « remboursement à 90 % de tous les actes médicaux et de toutes les prescriptions »)',
    "Aucune source ne nomme l'optique ni les audioprothèses : déduit de « toutes les prescriptions ».",
  ),
  single(
    'rl.taux.transport',
    'Taux AMO des transports sanitaires, régime local compris',
    'percent',
    '2015-01-01',
    '100',
    'uncertain',
    'Mémoire (non vérifié)',
    'À vérifier auprès du régime local (cpam67, regime-local.fr).',
  ),
  single(
    'rl.forfait_journalier',
    "Forfait journalier hospitalier pris en charge par le régime local d'Alsace-Moselle",
    'boolean',
    '2015-01-01',
    true,
    'secondary',
    `${RL_SOURCES}; Le Quotidien du médecin (08/02/2006 : « forfait hospitalier, pris en charge depuis sa création »)`,
    'Le forfait journalier est payé par le régime local : la part Sécu le comprend, il ne reste pas à charge.',
  ),
  single(
    'rl.hors_parcours_sans_majoration',
    'Le régime local ne prend pas en charge la majoration hors parcours de soins',
    'boolean',
    '2005-01-01',
    true,
    'uncertain',
    "Sénat, amendement n° 549 au projet de loi relatif à l'assurance maladie (2003-2004) : « l'instance de gestion du régime local … ne peut pas prendre en charge cette majoration »",
    "Texte de l'amendement, son adoption n'a pas été lue. Hors parcours, la part Sécu est le taux hors parcours plus le complément du régime local (30 % + 20 % = 50 % chez un médecin).",
  ),

  // ---------------------------------------------------------------------------------------------
  // Accidents du travail et maladies professionnelles (AT/MP)
  single(
    'taux.at_mp',
    "Taux AMO des soins d'un accident du travail ou d'une maladie professionnelle (AT/MP)",
    'percent',
    '2015-01-01',
    '100',
    'secondary',
    "ameli.fr (« Accident du travail : prise en charge des soins », 100 % des tarifs de l'Assurance Maladie, ni participation forfaitaire ni franchise); CSS L431-1, L432-1 à L432-3",
    UNKNOWN_START,
  ),
  single(
    'taux.at_mp.protheses_dentaires',
    'Taux AMO des prothèses dentaires en AT/MP',
    'percent',
    '2015-01-01',
    '150',
    'uncertain',
    'Souvent cité (150 % du tarif pour les prothèses dentaires et certains appareillages), non vérifié',
    "Une réponse ministérielle (questions.assemblee-nationale.fr, QE 64734, JO du 20/01/2015) dit la prise en charge « dans la limite des tarifs » : le 150 % n'est pas confirmé. L'appareillage à 150 % n'est pas modélisé.",
  ),

  // ---------------------------------------------------------------------------------------------
  // Départements d'outre-mer: coefficients on the LPP bases and prices (arrêté du 1er décembre 2020)
  ...(
    [
      ['guadeloupe', 'Guadeloupe, Saint-Barthélemy, Saint-Martin', '130'],
      ['martinique', 'Martinique', '115'],
      ['guyane', 'Guyane', '115'],
      ['reunion', 'La Réunion', '120'],
    ] as const
  ).map(([id, name, value]) =>
    single(
      `dom.optique.${id}`,
      `Coefficient de majoration des tarifs et prix de l'optique (LPP) : ${name}`,
      'percent',
      '2020-12-01',
      value,
      'secondary',
      DOM_OPTIQUE,
      "En pourcentage du tarif de métropole. Date de début : celle de l'arrêté, son entrée en vigueur n'a pas été lue.",
    ),
  ),
  single(
    'dom.audio.reunion',
    'Coefficient de majoration des tarifs et prix des aides auditives (LPP) : La Réunion',
    'percent',
    '2021-01-01',
    '120',
    'secondary',
    'domain.md §11 (BR 480 € et PLV 1 140 € à La Réunion, 400 € et 950 € en métropole), arrêté du 1er décembre 2020 (non lu)',
    "Les coefficients des aides auditives des autres départements d'outre-mer n'ont pas été trouvés : un cas y est refusé plutôt que calculé faux.",
  ),

  // ---------------------------------------------------------------------------------------------
  // Participations et franchises
  {
    id: 'pf.montant',
    label: 'Participation forfaitaire (par acte ou consultation)',
    unit: 'EUR',
    periods: [
      { start: '2005-01-01', value: '1', confidence: 'secondary', source: 'mutame, magnolia (1 € depuis le 1er janvier 2005)' },
      {
        start: '2024-05-15',
        value: '2',
        confidence: 'secondary',
        source:
          'mutame, magnolia (« 2 euros depuis le 15 mai 2024 »), bonne-assurance, choisir-assurance; CSS R160-19 (décret n° 2024-113 du 16/02/2024 : « ne peut, sans être inférieur à 2 euros, excéder 3 euros », confirmé)',
        note: "La fourchette de 2 à 3 € est confirmée depuis le 18/02/2024 ; le jour du passage à 2 € (décision UNCAM) n'a pas été lu. Le doublement à 4 € prévu pour 2026 a été abandonné (LFSS 2026 : aucune mesure, France Assos Santé) ; il aurait fallu modifier R160-19.",
      },
    ],
  },
  single(
    'pf.plafond_annuel',
    'Plafond annuel de la participation forfaitaire',
    'EUR',
    '2008-01-01',
    '50',
    'confirmed',
    'mutame, magnolia, bonne-assurance; CSS D160-6 (décret n° 2024-432 du 13/05/2024)',
    'D160-6 fixe un nombre : 50 participations et 50 € en 2024, 25 participations par an depuis 2025, soit 50 € à 2 €.',
  ),
  {
    id: 'pf.plafond_journalier',
    label: 'Plafond journalier de la participation forfaitaire (même professionnel)',
    unit: 'EUR',
    periods: [
      {
        start: '2005-01-01',
        value: '4',
        confidence: 'confirmed',
        source: 'CSS D160-8 (quatre participations par jour pour un même professionnel); mutame, magnolia',
        note: 'Quatre participations de 1 €.',
      },
      {
        start: '2024-05-15',
        value: '8',
        confidence: 'secondary',
        source: 'CSS D160-8 (quatre participations par jour, confirmé) × pf.montant (2 € depuis le 15/05/2024, secondaire)',
        note: 'D160-8 compte des participations, pas des euros : quatre participations de 2 € font 8 €. Avant, 4 € était lu comme quatre participations de 1 €.',
      },
    ],
  },
  single(
    'br.aide_auditive.age_jeune',
    "Âge en dessous duquel la BR et le PLV des aides auditives « moins de 20 ans » s'appliquent",
    'years',
    '2021-01-01',
    '20',
    'secondary',
    'lecomparateurassurance.com, insureglobe.net, surdi13.fr',
    'Réforme 100 % Santé : tarifs propres aux moins de 20 ans (et aux personnes sourdes-aveugles, non modélisé).',
  ),
  single('pf.age_exoneration', 'Âge en dessous duquel la PF et les franchises ne sont pas dues', 'years', '2005-01-01', '18', 'confirmed', 'mutame, magnolia'),
  single(
    'pf.secteur3',
    'PF retenue sur les consultations de médecins non conventionnés',
    'boolean',
    '2005-01-01',
    false,
    'uncertain',
    'Aucune source lue : recouvrement de la PF en secteur 3 inconnu',
    'Par défaut non retenue (le remboursement AMO de 0,43 € est inférieur à la PF). À vérifier.',
  ),
  {
    id: 'franchise.medicament',
    label: 'Franchise médicale sur les médicaments (par boîte)',
    unit: 'EUR',
    periods: [
      { start: '2008-01-01', value: '0.5', confidence: 'confirmed', source: 'LFSS 2008 art. 52' },
      { start: '2024-03-31', value: '1', confidence: 'confirmed', source: FRANCHISES_2024 },
    ],
  },
  {
    id: 'franchise.paramedical',
    label: 'Franchise médicale sur les actes paramédicaux (par acte)',
    unit: 'EUR',
    periods: [
      { start: '2008-01-01', value: '0.5', confidence: 'confirmed', source: 'LFSS 2008 art. 52' },
      { start: '2024-03-31', value: '1', confidence: 'confirmed', source: FRANCHISES_2024 },
    ],
  },
  {
    id: 'franchise.paramedical_plafond_journalier',
    label: 'Plafond journalier de la franchise sur les actes paramédicaux',
    unit: 'EUR',
    periods: [
      { start: '2008-01-01', value: '2', confidence: 'confirmed', source: 'LFSS 2008 art. 52' },
      { start: '2024-03-31', value: '4', confidence: 'confirmed', source: FRANCHISES_2024 },
    ],
  },
  {
    id: 'franchise.transport',
    label: 'Franchise médicale sur les transports sanitaires (par trajet)',
    unit: 'EUR',
    periods: [
      { start: '2008-01-01', value: '2', confidence: 'confirmed', source: 'LFSS 2008 art. 52' },
      { start: '2024-03-31', value: '4', confidence: 'confirmed', source: FRANCHISES_2024 },
    ],
  },
  {
    id: 'franchise.transport_plafond_journalier',
    label: 'Plafond journalier de la franchise sur les transports',
    unit: 'EUR',
    periods: [
      { start: '2008-01-01', value: '4', confidence: 'confirmed', source: 'LFSS 2008 art. 52' },
      { start: '2024-03-31', value: '8', confidence: 'confirmed', source: FRANCHISES_2024 },
    ],
  },
  single(
    'franchise.plafond_annuel',
    'Plafond annuel des franchises médicales (distinct de celui de la PF)',
    'EUR',
    '2008-01-01',
    '50',
    'confirmed',
    'CSS D160-10; secu-artistes-auteurs.fr, poleformation-sante',
  ),
  {
    id: 'pal.montant',
    label: 'Participation forfaitaire sur les actes lourds (PAL, « forfait 24 € »)',
    unit: 'EUR',
    periods: [
      {
        start: '2011-01-01',
        value: '18',
        confidence: 'secondary',
        source: 'magnolia, pages hospitalières; Que Choisir (« Le forfait de 18 € »)',
        note: UNKNOWN_START,
      },
      {
        start: '2019-01-01',
        value: '24',
        confidence: 'confirmed',
        source: `${CSS_R160_16} (« est réduite à 24 euros », rédaction issue du décret n° 2018-1257 du 27/12/2018, art. 2)`,
        note: 'Due une fois par séjour, pas par acte (R160-16 I 2° et 3°) ; supprimée à partir du 31e jour consécutif (R160-16 V 3°).',
      },
      {
        start: '2026-04-22',
        value: '32',
        confidence: 'uncertain',
        source: `Que Choisir, « Forfaits hospitaliers : hausses en rafale » (01/03/2026 : « À partir du 22 avril … de 24 à 32 € »); ${AFP_2026_02_23} (32 € « au 1er avril »)`,
        note: "Montant concordant (32 €), jour incertain : 1er avril selon l'AFP (projets de textes, 23/02/2026), 22 avril selon Que Choisir (01/03/2026, la source la plus récente, retenue). Le décret modifiant R160-16 n'a pas été lu ; le CSS consolidé au 14/03/2026 donne encore 24 €, sans version future.",
      },
    ],
  },
  {
    id: 'pal.seuil',
    label: 'Tarif à partir duquel la PAL remplace le ticket modérateur',
    unit: 'EUR',
    periods: [
      {
        start: '2011-01-01',
        value: '120',
        confidence: 'secondary',
        source: 'magnolia, pages hospitalières; Que Choisir (« tarif supérieur ou égal à 120 € »)',
        note: UNKNOWN_START,
      },
      {
        start: '2019-01-01',
        value: '120',
        confidence: 'confirmed',
        source: `${CSS_R160_16} (« coefficient égal ou supérieur à 60, soit d'un tarif égal ou supérieur à 120 euros »); ameli.fr, « Le forfait à 24 euros »`,
        note: "Seuil inchangé par la hausse de 2026 d'après la presse (120 €).",
      },
    ],
  },
  {
    id: 'sejour.jour_exoneration',
    label: "Jour d'hospitalisation consécutif à partir duquel la participation de l'assuré est supprimée (Sécu à 100 %)",
    unit: 'days',
    periods: [
      {
        start: '2015-01-01',
        value: '31',
        confidence: 'secondary',
        source:
          "Pages d'établissements (CH Alpes-Léman : « A partir du 31e jour d'hospitalisation » ; CH Centre-Bretagne : « hospitalisation au-delà de 31 jours ») ; Que Choisir, « Que paie-t-on à l'hôpital ? » (« Si le séjour dure plus de 30 jours, la prise en charge … passe à 100 % »)",
        note: "Règle plus ancienne que R160-16 (créé le 01/01/2016) ; sa version de 2016 à 2018 n'a pas été lue. Le forfait journalier reste dû.",
      },
      {
        start: '2019-01-01',
        value: '31',
        confidence: 'confirmed',
        source: `${CSS_R160_16} V 3° (« pour l'ensemble des frais intervenant au cours d'une hospitalisation à compter du trente et unième jour d'hospitalisation consécutif »)`,
        note: "Le forfait journalier reste dû (il n'est pas une participation au sens de R160-16) ; la participation « actes lourds » n'est plus due non plus.",
      },
    ],
  },
  {
    id: 'fjh.montant',
    label: 'Forfait journalier hospitalier',
    unit: 'EUR',
    periods: [
      {
        start: '2010-01-01',
        value: '18',
        confidence: 'secondary',
        source: 'MSA Bourgogne (« passe de 18 € à 20 € » au 01/01/2018); RTL et 20 Minutes (12/2017 : 18 € « depuis 2010 »)',
      },
      { start: '2018-01-01', value: '20', confidence: 'confirmed', source: 'MSA, VYV « Book Sécu 2022 », BFM (arrêté de juin 2019)' },
      {
        start: '2026-03-01',
        value: '23',
        confidence: 'secondary',
        source: `${FJH_FPU_2026}; Que Choisir (01/03/2026 : « de 20 à 23 € le 1er mars »)`,
        note: 'Arrêté du JO du 28/02/2026 cité par la presse, texte non lu. Base légale : CSS L174-4 (montant fixé par arrêté), R174-5.',
      },
    ],
  },
  {
    id: 'fjh.psychiatrie',
    label: 'Forfait journalier hospitalier en psychiatrie',
    unit: 'EUR',
    periods: [
      { start: '2010-01-01', value: '13.5', confidence: 'secondary', source: 'MSA Bourgogne (« de 13,5 € à 15 € par jour » au 01/01/2018)' },
      { start: '2018-01-01', value: '15', confidence: 'confirmed', source: 'MSA, VYV « Book Sécu 2022 », BFM (arrêté de juin 2019)' },
      {
        start: '2026-03-01',
        value: '17',
        confidence: 'secondary',
        source: `${FJH_FPU_2026}; Que Choisir (01/03/2026 : « En psychiatrie, il sera fixé à 17 € »)`,
        note: 'Arrêté du JO du 28/02/2026 cité par la presse, texte non lu. 17/23 = 73,9 %, sous le plafond de 75 % du forfait général (CSS R174-5-1).',
      },
    ],
  },
  {
    id: 'fpu.montant',
    label: 'Forfait patient urgences (FPU)',
    unit: 'EUR',
    periods: [
      {
        start: '2022-01-01',
        value: '19.61',
        confidence: 'confirmed',
        source: 'Arrêté du 17 déc. 2021 (AP-HP affaires juridiques)',
        note: 'Pas de FPU avant le 01/01/2022 (forfait ATU et TM de 20 %). Non dû en maternité ni pour un nouveau-né de moins de 30 jours (CSS L160-13 I, L160-14 11°, R160-17 I 1°, R160-17-1 II 1° et 2°).',
      },
      {
        start: '2026-03-01',
        value: '23',
        confidence: 'secondary',
        source: `${FJH_FPU_2026}; Que Choisir (01/03/2026)`,
        note: 'Arrêté du JO du 28/02/2026 cité par la presse, texte non lu. Base légale : CSS L160-13 I (montant fixé par arrêté).',
      },
    ],
  },
  {
    id: 'fpu.reduit',
    label: 'Forfait patient urgences réduit (patients en ALD)',
    unit: 'EUR',
    periods: [
      { start: '2022-01-01', value: '8.49', confidence: 'confirmed', source: 'Arrêté du 17 déc. 2021 (AP-HP affaires juridiques)' },
      {
        start: '2026-03-01',
        value: '9.96',
        confidence: 'secondary',
        source: `${AFP_2026_02_23} (« de 8,49 à 9,96 euros »); Que Choisir (01/03/2026 : « tarif réduit à 9,96 € »)`,
        note: "Deux sources de presse ; l'arrêté n'a pas été lu. Réduit pour les ALD et les AT/MP (CSS L160-13 I).",
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Tarifs d'autorité (médecins non conventionnés)
  single(
    'ta.consultation_generaliste',
    "Tarif d'autorité d'une consultation de généraliste non conventionné",
    'EUR',
    '1966-03-09',
    '0.61',
    'secondary',
    'Nombreuses sources concordantes (arrêté du 9 mars 1966)',
    'Une source indique 0,47 à 0,61 € selon la zone.',
  ),
  single(
    'ta.consultation_specialiste',
    "Tarif d'autorité d'une consultation de spécialiste non conventionné",
    'EUR',
    '1966-03-09',
    '1.22',
    'secondary',
    'Nombreuses sources concordantes (arrêté du 9 mars 1966)',
  ),
  single('ta.actes_techniques', "Tarif d'autorité des actes techniques, en % du tarif CCAM", 'percent', '2006-12-01', '16', 'confirmed', ARRETE_TA),

  // ---------------------------------------------------------------------------------------------
  // Bases de remboursement (métropole)
  {
    id: 'br.consultation_generaliste',
    label: 'BR consultation de médecin généraliste (G), secteur 1 et DPTAM',
    unit: 'EUR',
    periods: [
      {
        start: '2011-01-01',
        value: '23',
        confidence: 'secondary',
        source: `${CONSULTATION_2017} (« passe de 23 à 25 euros » le 01/05/2017 ; « ces tarifs n'avaient pas bougé depuis janvier 2011 »)`,
        note: 'Lettre clé C (23 €) avant la création du G (C + MMG de 2 €) le 01/05/2017.',
      },
      { start: '2017-05-01', value: '25', confidence: 'confirmed', source: `${SP_F17042}; ${CONSULTATION_2017}` },
      { start: '2023-11-01', value: '26.5', confidence: 'confirmed', source: `${SP_F17042}; Klesia (« nouveaux tarifs en vigueur au 1er novembre 2023 »)` },
      { start: '2024-12-22', value: '30', confidence: 'confirmed', source: `${SP_F17042}; Europe 1` },
    ],
  },
  {
    id: 'br.consultation_generaliste.non_dptam',
    label: 'BR consultation de généraliste de secteur 2 non DPTAM',
    unit: 'EUR',
    periods: [
      {
        start: '2011-01-01',
        value: '23',
        confidence: 'secondary',
        source: 'Le Quotidien du médecin (01/05/2017 : les secteurs 2 hors OPTAM « continueront à coter C ou CS … base de remboursement de 23 euros »)',
        note: 'Le tarif C (23 €) de tous les généralistes avant le 01/05/2017.',
      },
      { start: '2017-05-01', value: '23', confidence: 'uncertain', source: 'ag2r, Apicil, magnolia 2024', note: 'Non revu après le 22/12/2024.' },
    ],
  },
  single(
    'br.consultation_generaliste.age_enfant',
    "Âge en dessous duquel la BR de consultation de généraliste « enfant de moins de 6 ans » s'applique",
    'years',
    '2011-01-01',
    '6',
    'secondary',
    `${CONSULTATION_2017}; francetvinfo (22/12/2024 : « pour les enfants de moins de 6 ans »)`,
    'Majoration enfant (MEG) de la naissance au 6e anniversaire ; avant le 01/05/2017, deux majorations (MNO de 0 à 2 ans, MGE de 2 à 6 ans) : voir br.consultation_generaliste.moins_6.',
  ),
  {
    id: 'br.consultation_generaliste.moins_6',
    label: 'BR consultation de généraliste pour un enfant de moins de 6 ans (G + MEG), secteur 1 et DPTAM',
    unit: 'EUR',
    periods: [
      {
        start: '2017-05-01',
        value: '30',
        confidence: 'secondary',
        source: `${CONSULTATION_2017} (« majoration enfant généraliste (MEG) de 5 euros, applicable tous secteurs, qui remplace la MNO et la MGE »)`,
        note: "Avant le 01/05/2017 : 28 € de 0 à 2 ans (C + MNO) et 26 € de 2 à 6 ans (C + MGE) (BFM, 22/08/2016), deux tarifs qu'un seul paramètre ne porte pas : une consultation d'enfant de moins de 6 ans avant cette date n'est pas calculée (GR110).",
      },
      {
        start: '2023-11-01',
        value: '31.5',
        confidence: 'secondary',
        source: 'Klesia, agipi (11/2023 : 31,50 €); service-public.fr F10874 (copie vérifiée le 05/03/2024 : « moins de 6 ans 31,5 € »)',
      },
      {
        start: '2024-12-22',
        value: '35',
        confidence: 'secondary',
        source: 'francetvinfo (22/12/2024 : « de 31,50 à 35 euros pour les enfants de moins de 6 ans »), Europe 1',
        note: "Inchangée au 01/01/2026 (aucune source ne la modifie). Secteur 2 hors DPTAM : la MEG s'ajoute aussi au C, non modélisé (la BR non DPTAM s'applique).",
      },
    ],
  },
  {
    id: 'br.consultation_specialiste',
    label: 'BR consultation de médecin spécialiste (CS), secteur 1 et DPTAM',
    unit: 'EUR',
    periods: [
      {
        start: '2015-01-01',
        value: '28',
        confidence: 'secondary',
        source: `francematin.info (majoration de coordination du spécialiste « de 2 à 3 euros, ce qui va porter la consultation coordonnée à 28 euros »); ${CS_2017}`,
        note: `${UNKNOWN_START} CS 23 € + MPC 2 € + MCS 3 €.`,
      },
      {
        start: '2017-07-01',
        value: '30',
        confidence: 'secondary',
        source: `${CS_2017}; dispofi, pagesjaunes`,
        note: 'MCS de 3 à 5 € au 01/07/2017 (convention de 2016) : CS 23 € + MPC 2 € + MCS 5 €.',
      },
      {
        start: '2023-11-01',
        value: '31.5',
        confidence: 'secondary',
        source: 'Klesia, agipi (11/2023 : « de 30 à 31,5€ »); dispofi, pagesjaunes, exemple MAAF',
        note: 'Aucun changement trouvé au 22/12/2024 ni au 01/01/2026.',
      },
    ],
  },
  {
    id: 'br.consultation_specialiste.non_dptam',
    label: 'BR consultation de spécialiste de secteur 2 non DPTAM',
    unit: 'EUR',
    periods: [
      {
        start: '2015-01-01',
        value: '23',
        confidence: 'secondary',
        source:
          'egora (01/07/2017 : « C(S) + JKHD001 = 23 + 9,64 = 32,64 € pour les praticiens secteur II »), Le Quotidien du médecin (01/05/2017 : CS de secteur 2 à 23 €)',
        note: `${UNKNOWN_START} CS seule : les majorations MPC et MCS sont réservées au secteur 1 et aux adhérents d'un dispositif de pratique tarifaire maîtrisée.`,
      },
      {
        start: '2017-05-01',
        value: '25',
        confidence: 'uncertain',
        source: 'magnolia 2024 (25 €) ; la convention 2017 donne 23 €',
        note: 'Sources en conflit (23 € ou 25 €).',
      },
    ],
  },
  {
    id: 'br.consultation_psychiatre',
    label: 'BR consultation de psychiatre (patient de plus de 25 ans)',
    unit: 'EUR',
    periods: [
      { start: '2023-11-01', value: '51.7', confidence: 'secondary', source: 'Europe 1, dispofi' },
      {
        start: '2024-12-22',
        value: '55',
        confidence: 'secondary',
        source: 'Europe 1, dispofi; TF1/AFP (06/2024 : « 55 euros en décembre »); orisha healthcare (CNP 50 € + MCS 5 € depuis le 22/12/2024)',
        note: "Une source (moneyvox/AFP, 06/2025) laisse 51,70 € jusqu'en 2026 ; la majorité donne 55 € dès le 22/12/2024.",
      },
      {
        start: '2026-01-01',
        value: '57',
        confidence: 'secondary',
        source: `${POSTPONED_2026}; adpassurances (« 55 € → 57 € »), whatsupdoc (01/2026 : « revalorisée à 57€ »), orisha healthcare (CNP 52 € + MCS 5 €)`,
        note: "Prévue au 01/07/2025, reportée au 01/01/2026 (CSS L162-14-1-1, avis du comité d'alerte du 18/06/2025).",
      },
    ],
  },
  single(
    'br.consultation_psychiatre.age_jeune',
    "Âge en dessous duquel la BR de consultation de psychiatre « moins de 25 ans » s'applique",
    'years',
    '2023-11-01',
    '25',
    'uncertain',
    'Europe 1, dispofi.fr (psychiatre : tarifs distincts au-delà et en deçà de 25 ans)',
    "Un patient de 25 ans tout juste n'est pas tranché par les sources : il prend la BR adulte.",
  ),
  {
    id: 'br.consultation_psychiatre.moins_25',
    label: 'BR consultation de psychiatre (patient de moins de 25 ans)',
    unit: 'EUR',
    periods: [
      {
        start: '2023-11-01',
        value: '51.7',
        confidence: 'uncertain',
        source: 'Aucune source propre : la BR adulte de la période',
        note: 'Aucun tarif « moins de 25 ans » connu avant le 22/12/2024 : la BR adulte de la même période.',
      },
      {
        start: '2024-12-22',
        value: '67',
        confidence: 'secondary',
        source: 'adpassurances (« 75 euros, contre 67 euros auparavant »); Europe 1, dispofi.fr',
        note: 'BR adulte de 55 € + majoration dédiée de 12 €.',
      },
      {
        start: '2026-01-01',
        value: '75',
        confidence: 'secondary',
        source: `${POSTPONED_2026}; adpassurances (« majoration dédiée augmente de 12 à 18 euros, portant … à 75 euros »), whatsupdoc, publicsante, echodumardi`,
        note: 'Prévue au 01/07/2025, reportée au 01/01/2026 : 57 € + 18 €.',
      },
    ],
  },
  // Bases of the 2024 convention that no act of the catalogue uses yet (issue 16): dated here so a
  // catalogue act can name them.
  {
    id: 'br.avis_ponctuel_consultant',
    label: 'BR avis ponctuel de consultant (APC)',
    unit: 'EUR',
    periods: [
      { start: '2023-11-01', value: '56.5', confidence: 'secondary', source: 'agipi (11/2023 : 56,50 €, psychiatres et neurologues 64 €)' },
      {
        start: '2024-12-22',
        value: '60',
        confidence: 'secondary',
        source: 'Europe 1, francetvinfo (22/12/2024 : « de 56,50 à 60 euros »), cegedim-sante (26/01/2026)',
        note: 'Au 22/12/2024 et non au 01/07/2025.',
      },
    ],
  },
  {
    id: 'br.consultation_gynecologue',
    label: 'BR consultation de gynécologue médical (secteur 1 et DPTAM, avec la MCS)',
    unit: 'EUR',
    periods: [
      {
        start: '2024-12-22',
        value: '37',
        confidence: 'uncertain',
        source: 'TF1/AFP (06/2024 : « 37 puis 40 »), buenodia',
        note: 'moneyvox donne « de 33,50 à 40 » (sans doute la valeur hors MCS) : 37 € ou 33,50 € en 2025, non tranché.',
      },
      {
        start: '2026-01-01',
        value: '40',
        confidence: 'secondary',
        source: `${POSTPONED_2026}; cegedim-sante (« 32 € → 35 € (40 € avec la MCS) »), whatsupdoc (+3 €)`,
      },
    ],
  },
  {
    id: 'br.consultation_geriatre',
    label: 'BR consultation de gériatre (secteur 1 et DPTAM, avec la MCS)',
    unit: 'EUR',
    periods: [
      { start: '2024-12-22', value: '37', confidence: 'secondary', source: 'whatsupdoc (« contre 37€ actuellement »), cegedim-sante (« 32 € » hors MCS)' },
      {
        start: '2026-01-01',
        value: '42',
        confidence: 'secondary',
        source: `${POSTPONED_2026}; whatsupdoc (« passe à 42€ »), adpassurances, cegedim-sante`,
      },
    ],
  },
  {
    id: 'br.consultation_pediatre.moins_2',
    label: 'BR consultation de pédiatre pour un enfant de moins de 2 ans (secteur 1 et DPTAM)',
    unit: 'EUR',
    periods: [
      { start: '2024-12-22', value: '39', confidence: 'secondary', source: 'TF1/AFP (06/2024 : « 39 euros en décembre, puis 40 »), adpassurances, buenodia' },
      { start: '2026-01-01', value: '40', confidence: 'secondary', source: `${POSTPONED_2026}; adpassurances (39 → 40), whatsupdoc (+1 €)` },
    ],
  },
  single(
    'br.consultation_pediatre.2_6',
    'BR consultation de pédiatre pour un enfant de 2 à 6 ans (secteur 1 et DPTAM)',
    'EUR',
    '2024-12-22',
    '35',
    'secondary',
    'TF1/alouette (AFP, 06/2024 : « à 35 en décembre pour les enfants de 2 à 6 ans »)',
  ),
  {
    id: 'br.consultation_obligatoire_enfant',
    label: "BR consultation obligatoire de l'enfant (COE : 8e jour, 9e et 24e mois)",
    unit: 'EUR',
    periods: [
      {
        start: '2017-11-01',
        value: '46',
        confidence: 'secondary',
        source: 'Le Quotidien du médecin (« COE, 39 euros puis 46 euros en novembre » 2017)',
        note: 'COE créée à 39 € en 2017.',
      },
      {
        start: '2023-11-01',
        value: '47.5',
        confidence: 'uncertain',
        source: 'previssima, caducee (47,50 € avant le 22/12/2024)',
        note: 'Date déduite de la hausse de 1,50 € des consultations au 01/11/2023, non lue dans une source.',
      },
      { start: '2024-12-22', value: '54', confidence: 'secondary', source: 'previssima, caducee (« 54 € (60 € au 1er juillet 2025) »)' },
      { start: '2026-01-01', value: '60', confidence: 'secondary', source: `${POSTPONED_2026}; adpassurances (54 → 60)` },
    ],
  },
  single(
    'br.consultation_longue_80_ans',
    'BR consultation longue du médecin traitant pour un patient de plus de 80 ans',
    'EUR',
    '2026-01-01',
    '60',
    'secondary',
    'pourquoidocteur, adpassurances (nouvelle consultation au 01/01/2026)',
  ),
  single('br.teleconsultation', 'BR téléconsultation', 'EUR', '2023-11-01', '25', 'secondary', 'dispofi', UNKNOWN_START),
  single(
    'br.consultation_dentiste',
    'BR consultation de chirurgien-dentiste',
    'EUR',
    '2015-01-01',
    '23',
    'confirmed',
    'ameli.fr (page dentaire), CNP',
    UNKNOWN_START,
  ),
  {
    id: 'br.seance_kine',
    label: 'BR séance de kinésithérapie de base (AMK/AMS 7,5, puis AMS 8,1)',
    unit: 'EUR',
    periods: [
      {
        start: '2015-01-01',
        value: '16.13',
        confidence: 'secondary',
        source: 'Klesia (« revaloriser la consultation de base de 16,13€ à 18,56€ »), kineactu; ameli.fr, exemple de la page des taux (2024)',
        note: `${UNKNOWN_START} 7,5 × 2,15 € = 16,125 €, arrondi à 16,13 €.`,
      },
      {
        start: '2024-02-22',
        value: '16.58',
        confidence: 'secondary',
        source:
          'topaze, blueback, montkine (« dès le 22 février 2024 … passent de 2,15 € à 2,21 € »), concourspluripro; avenant 7 (arrêté au JO du 25/08/2023, Klesia)',
        note: "7,5 × 2,21 € = 16,575 €, arrondi à 16,58 € (arrondi supposé : aucun chiffre officiel arrondi n'a été trouvé).",
      },
      {
        start: '2026-01-01',
        value: '17.9',
        confidence: 'secondary',
        source: `${POSTPONED_2026}; Klesia (avenant 7 : « + 0,6 point au 1er juillet 2025 »), andrewapp (05/01/2026), AN question 17-8388QE`,
        note: 'AMS 7,5 → 8,1 prévu au 01/07/2025, reporté au 01/01/2026 : 8,1 × 2,21 € = 17,901 €, arrondi à 17,90 €. Seuls les actes cotés AMS 7,5 sont concernés. Étape suivante prévue : AMS 8,4 (18,56 €) au 01/07/2027.',
      },
    ],
  },
  {
    id: 'br.couronne',
    label: 'BR couronne dentaire',
    unit: 'EUR',
    periods: [
      { start: '2015-01-01', value: '107.5', confidence: 'secondary', source: "Affiches d'honoraires de cabinets dentaires", note: UNKNOWN_START },
      { start: '2020-01-01', value: '120', confidence: 'secondary', source: "Affiches d'honoraires de cabinets dentaires (réforme 2019-2020)" },
    ],
  },
  single('br.inlay_core', 'BR inlay-core', 'EUR', '2020-01-01', '90', 'secondary', "Affiches d'honoraires de cabinets dentaires"),
  single(
    'br.orthodontie_semestre',
    "BR d'un semestre d'orthodontie (avant 16 ans)",
    'EUR',
    '2015-01-01',
    '193.5',
    'secondary',
    "april.fr (« 193,50€ par semestre, dans la limite de 6 semestres »), ag2rlamondiale, c-mon-assurance; affiches d'honoraires de cabinets dentaires",
    `${UNKNOWN_START} Contention : 161,25 € la 1re année, puis 107,50 €.`,
  ),
  single(
    'br.cataracte',
    'BR chirurgie de la cataracte (par œil)',
    'EUR',
    '2015-01-01',
    '271.7',
    'secondary',
    "Pages de cliniques et d'assureurs",
    UNKNOWN_START,
  ),
  {
    id: 'br.aide_auditive',
    label: "BR d'une aide auditive (20 ans et plus), par oreille",
    unit: 'EUR',
    periods: [
      { start: '2015-01-01', value: '199.71', confidence: 'secondary', source: 'AN, réponse écrite 12-16174QE; CNMSS', note: UNKNOWN_START },
      { start: '2019-01-01', value: '300', confidence: 'secondary', source: `${CNMSS_AUDIO}; Verspieren` },
      { start: '2020-01-01', value: '350', confidence: 'secondary', source: `${CNMSS_AUDIO}; Verspieren (350 € au 01/01/2020)` },
      { start: '2021-01-01', value: '400', confidence: 'secondary', source: `${CNMSS_AUDIO}; lecomparateurassurance, insureglobe` },
    ],
  },
  single(
    'br.aide_auditive.moins_20',
    "BR d'une aide auditive (moins de 20 ans ou sourd-aveugle), par oreille",
    'EUR',
    '2019-01-01',
    '1400',
    'confirmed',
    'CNMSS',
  ),
  single(
    'br.optique_classe_b_element',
    "BR d'un élément d'optique de classe B (monture ou verre)",
    'EUR',
    '2020-01-01',
    '0.05',
    'secondary',
    'MC Alsace, April',
    'Une monture adulte valait 2,84 € avant 2020.',
  ),
  single(
    'br.optique_classe_a_equipement',
    "BR (tarif de responsabilité) d'un équipement de classe A à verres simples",
    'EUR',
    '2020-01-01',
    '28.5',
    'uncertain',
    'Déduit : monture 9 € + 2 verres à 9,75 € (mutuelles-comparateur)',
    'Le rapport BR/PLV est contesté ; la BR réelle dépend du code LPP.',
  ),
  single(
    'br.lentilles',
    'BR annuelle des lentilles remboursées, par œil',
    'EUR',
    '2015-01-01',
    '39.48',
    'secondary',
    "devisman, ag2rlamondiale (« 60%, sur la base d'un forfait annuel de 39,48€ par œil »), aproposdassurance",
    `${UNKNOWN_START} Indications listées seulement (kératocône, myopie forte…).`,
  ),

  {
    id: 'br.visite_generaliste',
    label: 'BR visite à domicile justifiée de médecin généraliste (VG + MD : consultation G + majoration de déplacement de 10 €)',
    unit: 'EUR',
    periods: [
      {
        start: '2017-05-01',
        value: '35',
        confidence: 'secondary',
        source: `G 25 € (${SP_F17042}) + MD 10 € (Le Quotidien du médecin, « Visites : la réforme entre en application », 2002)`,
      },
      {
        start: '2023-11-01',
        value: '36.5',
        confidence: 'secondary',
        source: `G 26,50 € (${SP_F17042}; egora 11/2023 : « la consultation et la visite de référence ») + MD 10 €`,
      },
      {
        start: '2024-12-22',
        value: '40',
        confidence: 'secondary',
        source: `G 30 € (${SP_F17042}) + MD 10 €`,
        note: "MD de 10 € depuis le 01/10/2002, non revérifiée dans la convention de 2024. Visite non justifiée : BR d'une consultation, sans MD.",
      },
    ],
  },
  {
    id: 'br.visite_specialiste',
    label: 'BR visite à domicile de médecin spécialiste (tarif de la consultation CS)',
    unit: 'EUR',
    periods: [
      { start: '2015-01-01', value: '28', confidence: 'uncertain', source: 'Tarif de la CS (br.consultation_specialiste)', note: UNKNOWN_START },
      {
        start: '2017-07-01',
        value: '30',
        confidence: 'uncertain',
        source: 'Tarif de la CS (br.consultation_specialiste) ; ash.tm.fr (avenant 14, 2006 : visites des spécialistes plus indemnités de déplacement)',
        note: "Les visites de spécialistes sont rares et leurs indemnités de déplacement (ID, IK) ne sont pas modélisées : la BR retenue est celle d'une CS.",
      },
      { start: '2023-11-01', value: '31.5', confidence: 'uncertain', source: 'Tarif de la CS (br.consultation_specialiste)' },
    ],
  },
  {
    id: 'br.seance_psychologue',
    label: "BR (tarif) d'une séance de psychologue « Mon soutien psy », séance de suivi",
    unit: 'EUR',
    periods: [
      {
        start: '2022-04-05',
        value: '30',
        confidence: 'secondary',
        source: 'april.fr (11/03/2024 : 40 € la 1re séance, 30 € les suivantes)',
        note: "L'entretien d'évaluation initial valait 40 € ; 8 séances par an.",
      },
      {
        start: '2024-06-15',
        value: '50',
        confidence: 'secondary',
        source: MON_SOUTIEN_PSY,
        note: 'Entretien initial et suivi au même tarif, sans dépassement ; 12 séances par année civile (certaines sources datent le passage à 12 du 01/01/2025).',
      },
    ],
  },
  single(
    'br.mammographie_bilaterale',
    'BR mammographie bilatérale (dépistage ou diagnostic)',
    'EUR',
    '2017-01-01',
    '66.42',
    'secondary',
    'medisite.fr et lesfurets.com (tarifs 2017), mongustave.fr (toujours 66,42 €)',
    `${UNKNOWN_START} Unilatérale : 41,58 €.`,
  ),
  single(
    'br.cure_thermale_surveillance',
    'BR du forfait de surveillance médicale thermale (STH)',
    'EUR',
    '2015-01-01',
    '80',
    'secondary',
    'snmr.org (guide CCAM, « cas particulier de la médecine thermale »)',
    `${UNKNOWN_START} Trois consultations et un compte rendu de fin de cure.`,
  ),
  single('br.bridge_pilier', "BR d'un pilier de bridge (élément d'ancrage)", 'EUR', '2015-01-01', '107.5', 'uncertain', BRIDGE_BR, SPR_NOTE),
  single('br.bridge_intermediaire', "BR d'un élément intermédiaire de bridge (« inter »)", 'EUR', '2015-01-01', '64.5', 'uncertain', BRIDGE_BR, SPR_NOTE),
  single(
    'br.bridge_3_elements',
    "BR d'un bridge de 3 éléments (2 piliers et 1 intermédiaire)",
    'EUR',
    '2015-01-01',
    '279.5',
    'secondary',
    BRIDGE_BR,
    UNKNOWN_START,
  ),
  single(
    'br.prothese_amovible',
    "BR d'une prothèse amovible complète en résine (14 dents, par arcade)",
    'EUR',
    '2015-01-01',
    '182.75',
    'secondary',
    DENTAL_POSTERS,
    `${UNKNOWN_START} Stellite 7 dents 236,50 €, 12 dents 290,25 €.`,
  ),
  single(
    'br.couronne_transitoire',
    "BR d'une couronne dentaire transitoire (provisoire)",
    'EUR',
    '2015-01-01',
    '10.75',
    'uncertain',
    'Mémoire (ancienne cotation SPR 5 × 2,15 €), non vérifié',
    'À vérifier dans la CCAM (HBLD…).',
  ),
  {
    id: 'br.prothese_capillaire',
    label: "BR d'une prothèse capillaire totale de classe II (perruque)",
    unit: 'EUR',
    periods: [
      { start: '2019-04-02', value: '250', confidence: 'secondary', source: WIGS, note: 'PLV 700 €. Avant le 02/04/2019 : 125 € quelle que soit la perruque.' },
      {
        start: '2026-01-01',
        value: '350',
        confidence: 'uncertain',
        source:
          'rongierperruques.com (« depuis le 1er janvier 2026, le remboursement des prothèses capillaires est revalorisé » : 350 € pour les classes 2 à 4)',
        note: 'Une seule source de vendeur ; texte LPP non lu.',
      },
    ],
  },
  single(
    'br.prothese_capillaire.classe_i',
    "BR (égale au PLV) d'une prothèse capillaire totale de classe I",
    'EUR',
    '2019-04-02',
    '350',
    'secondary',
    WIGS,
    'Classe I : fibres synthétiques, BR = PLV de 350 €. Prothèse partielle : 125 €.',
  ),
  single(
    'br.prothese_mammaire',
    "BR (égale au PLV) d'une prothèse mammaire externe en silicone, modèle standard",
    'EUR',
    '2016-05-01',
    '180',
    'secondary',
    BREAST,
    "Transitoire textile 25 € ; modèle technique 233,44 € (placeal) ou 240 € (agipi). Une page de 2026 (mutuelles-pas-cheres) scinde 180 € en 85,70 € de produit et 94,30 € d'appareillage.",
  ),

  // Illustrative bases for categories without a single BR: used by previews only.
  single('typique.br.actes_techniques', "BR illustrative d'un acte technique médical (CCAM)", 'EUR', '2015-01-01', '100', 'uncertain', ILLUSTRATIVE),
  single('typique.br.imagerie', "BR illustrative d'un examen d'imagerie", 'EUR', '2015-01-01', '50', 'uncertain', ILLUSTRATIVE),
  single('typique.br.biologie', "BR illustrative d'une analyse de biologie", 'EUR', '2015-01-01', '30', 'uncertain', ILLUSTRATIVE),
  single('typique.br.pharmacie', "BR illustrative d'une boîte de médicament", 'EUR', '2015-01-01', '10', 'uncertain', ILLUSTRATIVE),
  single('typique.br.transport', "BR illustrative d'un transport sanitaire", 'EUR', '2015-01-01', '60', 'uncertain', ILLUSTRATIVE),
  single('typique.br.frais_sejour', 'BR illustrative de frais de séjour hospitalier', 'EUR', '2015-01-01', '1000', 'uncertain', ILLUSTRATIVE),
  single('typique.br.honoraires_chirurgie', "BR illustrative d'honoraires chirurgicaux", 'EUR', '2015-01-01', '300', 'uncertain', ILLUSTRATIVE),
  single('typique.br.cure_thermale', "BR illustrative d'un forfait de cure thermale", 'EUR', '2015-01-01', '500', 'uncertain', ILLUSTRATIVE),
  single('typique.br.appareillage', "BR illustrative d'un dispositif d'appareillage (LPP)", 'EUR', '2015-01-01', '100', 'uncertain', ILLUSTRATIVE),
  single(
    'typique.br.petit_appareillage',
    "BR illustrative d'un petit appareillage (orthèse, bas de contention, ceinture)",
    'EUR',
    '2015-01-01',
    '30',
    'uncertain',
    ILLUSTRATIVE,
  ),
  single(
    'typique.br.gros_appareillage',
    "BR illustrative d'un gros appareillage (prothèse orthopédique, orthèse sur mesure)",
    'EUR',
    '2015-01-01',
    '600',
    'uncertain',
    ILLUSTRATIVE,
  ),
  single(
    'typique.br.fauteuil_roulant',
    "BR illustrative d'un fauteuil roulant manuel (LPP)",
    'EUR',
    '2015-01-01',
    '600',
    'uncertain',
    `${ILLUSTRATIVE} Ordre de grandeur : jusqu'à 600 € pour un fauteuil manuel avant le 01/12/2025 (pourquoidocteur.fr, TV5Monde/AFP 02/2024).`,
  ),
  single(
    'typique.br.aide_auditive_accessoires',
    "BR illustrative des piles, accessoires et de l'entretien d'une aide auditive",
    'EUR',
    '2015-01-01',
    '36',
    'uncertain',
    `${ILLUSTRATIVE} Ces articles sont au tarif de la LPP, remboursés à 60 % (generali.fr, 02/2023) ; le montant exact du forfait n'a pas été trouvé.`,
  ),
  single('typique.br.inlay_onlay', "BR illustrative d'un inlay ou onlay (soin conservateur, CCAM)", 'EUR', '2015-01-01', '100', 'uncertain', ILLUSTRATIVE),
  single(
    'typique.br.reparation_prothese_dentaire',
    "BR illustrative d'une réparation ou d'un rebasage de prothèse dentaire amovible",
    'EUR',
    '2015-01-01',
    '40',
    'uncertain',
    ILLUSTRATIVE,
  ),

  // ---------------------------------------------------------------------------------------------
  // 100 % Santé: prix limites de vente (PLV) et honoraires limites de facturation (HLF)
  single(
    'plv.optique_classe_a_equipement',
    "PLV d'un équipement de classe A à verres simples (monture 30 € + 2 verres)",
    'EUR',
    '2020-01-01',
    '95',
    'uncertain',
    'Monture 30 € (confirmé) + 2 × 32,50 € (mutuelles-comparateur)',
    'Les PLV des verres vont de 32,50 € à 170 € selon la correction.',
  ),
  single(
    'plv.aide_auditive_classe_i',
    "PLV d'une aide auditive de classe I (20 ans et plus), par oreille",
    'EUR',
    '2021-01-01',
    '950',
    'secondary',
    'CNMSS et Verspieren (PLV de classe I : 1 300 € en 2019, 1 100 € en 2020, 950 € en 2021); lecomparateurassurance, insureglobe',
    'Panier 100 % Santé des aides auditives depuis le 01/01/2021 (décret n° 2019-21 du 11/01/2019). PLV avant la prise en charge intégrale : 1 300 € (2019), 1 100 € (2020), non retenus ici.',
  ),
  single(
    'plv.aide_auditive_classe_i.moins_20',
    "PLV d'une aide auditive de classe I (moins de 20 ans), par oreille",
    'EUR',
    '2021-01-01',
    '1400',
    'secondary',
    'surdi13.fr, lecomparateurassurance',
  ),
  single(
    'hlf.couronne_100_sante',
    "HLF d'une couronne céramo-métallique du panier 100 % Santé (incisive, canine, 1re prémolaire)",
    'EUR',
    '2020-01-01',
    '500',
    'secondary',
    `${DENTAL_ANNEX_IV} (HBLD634 : 530 € au 01/04/2019, 500 € au 01/01/2020); affiches de cabinets dentaires (500 à 638 €)`,
    HLF_NOTE,
  ),
  single('hlf.inlay_core_100_sante', "HLF d'un inlay-core du panier 100 % Santé", 'EUR', '2020-01-01', '175', 'uncertain', 'Mémoire (non vérifié)'),
  single(
    'hlf.couronne_metallique_100_sante',
    "HLF d'une couronne métallique du panier 100 % Santé (toutes les dents)",
    'EUR',
    '2020-01-01',
    '290',
    'secondary',
    `${DENTAL_ANNEX_IV} (HBLD038 : 320 € au 01/04/2019, 290 € au 01/01/2020)`,
    HLF_NOTE,
  ),
  single(
    'hlf.couronne_zircone_100_sante',
    "HLF d'une couronne zircone monolithique du panier 100 % Santé (incisives, canines, prémolaires)",
    'EUR',
    '2020-01-01',
    '440',
    'secondary',
    `${DENTAL_ANNEX_IV} (HBLD350 : 480 € au 01/04/2019, 440 € au 01/01/2020)`,
    HLF_NOTE,
  ),
  single(
    'hlf.bridge_100_sante',
    "HLF d'un bridge 3 éléments du panier 100 % Santé (céramo-métallique pour une incisive, ou métallique)",
    'EUR',
    '2020-01-01',
    '1465',
    'uncertain',
    'Aucune source lue : chiffre de mémoire, non confirmé',
  ),
  single(
    'hlf.prothese_amovible_100_sante',
    "HLF d'une prothèse amovible complète en résine du panier 100 % Santé (par arcade)",
    'EUR',
    '2021-01-01',
    '1100',
    'uncertain',
    `Chiffre de mémoire, non confirmé ; honoraires de 1 100 € affichés pour une prothèse complète résine 14 dents (${DENTAL_POSTERS})`,
    'Prothèses amovibles dans le panier depuis le 01/01/2021.',
  ),

  // ---------------------------------------------------------------------------------------------
  // Contrat responsable (R871-1, R871-2 CSS) et panier minimum des contrats collectifs (D911-1)
  single(
    'cr.dh.plafond_non_dptam',
    "Couverture maximale des dépassements d'un médecin non DPTAM, en % de la BR",
    'percent',
    '2015-04-01',
    '100',
    'confirmed',
    'R871-2 2° CSS (« dans la double limite de 100 % du tarif de responsabilité… »)',
  ),
  single(
    'cr.dh.ecart_dptam',
    'Écart minimal entre la couverture des dépassements DPTAM et non DPTAM, en % de la BR',
    'percent',
    '2015-04-01',
    '20',
    'confirmed',
    "R871-2 2° CSS (« … minoré d'un montant égal à 20 % du tarif de responsabilité »)",
  ),
  ...(['a', 'b', 'c', 'd', 'e', 'f'] as const).flatMap((c) => {
    const bounds: Record<string, [string, string]> = {
      a: ['50', '420'],
      b: ['125', '560'],
      c: ['200', '700'],
      d: ['125', '610'],
      e: ['200', '750'],
      f: ['200', '800'],
    };
    const [lo, hi] = bounds[c]!;
    return [
      single(
        `cr.optique.${c}.minimum`,
        `Optique classe B, cas ${c}) : prise en charge minimale par équipement`,
        'EUR',
        '2020-01-01',
        lo,
        'confirmed',
        `${CSS_R871_2} 3° ${c}) (verbatim)`,
        CR_CAPS_NOTE,
      ),
      single(
        `cr.optique.${c}.maximum`,
        `Optique classe B, cas ${c}) : prise en charge maximale par équipement (monture comprise)`,
        'EUR',
        '2020-01-01',
        hi,
        'confirmed',
        `${CSS_R871_2} 3° ${c}) (verbatim)`,
        CR_CAPS_NOTE,
      ),
    ];
  }),
  single(
    'cr.optique.monture_maximum',
    'Optique classe B : part de la monture dans le plafond',
    'EUR',
    '2020-01-01',
    '100',
    'confirmed',
    `${CSS_R871_2} 3° (« la prise en charge d'une monture est limitée à 100 euros »)`,
    '150 € avant 2020 (Que Choisir : « abaissé de 150 à 100 € »). Les 30 € souvent cités sont le PLV de la monture de classe A, pas ce plafond.',
  ),
  single(
    'cr.optique.renouvellement_ans',
    'Optique : un équipement tous les N ans (16 ans et plus)',
    'years',
    '2020-01-01',
    '2',
    'secondary',
    'MGEFI, MC Alsace, lamie-mutuelle (instruction DSS)',
    'Enfants : cr.optique.renouvellement_ans.moins_16 et .moins_6.',
  ),
  single(
    'cr.optique.renouvellement_ans.moins_16',
    'Optique : un équipement tous les N ans (moins de 16 ans)',
    'years',
    '2020-01-01',
    '1',
    'secondary',
    'MGEFI, MC Alsace, lamie-mutuelle (instruction DSS)',
    "Limite d'âge : voir cr.optique.renouvellement.age_enfant.",
  ),
  single(
    'cr.optique.renouvellement_ans.moins_6',
    'Optique : un équipement tous les N ans (moins de 6 ans)',
    'years',
    '2020-01-01',
    '0.5',
    'uncertain',
    'MGEFI, MC Alsace, lamie-mutuelle (instruction DSS)',
    'Six mois ; condition LPP supplémentaire (monture qui ne convient plus) non vérifiée.',
  ),
  single(
    'cr.optique.renouvellement_anticipe_ans',
    "Optique : renouvellement anticipé en cas d'évolution de la vue, au terme de N ans (16 ans et plus)",
    'years',
    '2020-01-01',
    '1',
    'secondary',
    "odacyeux.fr (« le renouvellement anticipé … est possible au terme d'un an lorsqu'intervient une dégradation des performances oculaires ») ; generali.fr (« la période de 2 ans … peut être réduite ») ; adpassurances.fr (variation de 0,5 dioptrie, depuis le 01/01/2020)",
    'Conditions de la LPP (arrêté du 03/12/2018, non lu) : variation de la correction constatée sur une nouvelle prescription. Les situations médicales sans délai minimal (glaucome, DMLA…) ne sont pas modélisées.',
  ),
  single(
    'cr.optique.renouvellement_anticipe_ans.moins_16',
    "Optique : renouvellement anticipé en cas d'évolution de la vue, au terme de N ans (moins de 16 ans)",
    'years',
    '2020-01-01',
    '0',
    'secondary',
    "odacyeux.fr (« le renouvellement anticipé de la prise en charge est possible sans délai ») ; generali.fr (« la période d'un an … peut être réduite en cas d'une nouvelle prescription médicale ophtalmologique »)",
    'Sans délai minimal : 0.',
  ),
  single(
    'cr.optique.renouvellement.age_enfant',
    'Optique : âge sous lequel le renouvellement est annuel',
    'years',
    '2020-01-01',
    '16',
    'uncertain',
    'MGEFI et lamie (« plus de 16 ans » : 2 ans) ; MC Alsace (« 16 ans et moins » : 1 an)',
    "Les sources divergent sur l'âge de 16 ans lui-même.",
  ),
  single(
    'cr.optique.renouvellement.age_jeune_enfant',
    'Optique : âge sous lequel le renouvellement est de six mois',
    'years',
    '2020-01-01',
    '6',
    'secondary',
    'MGEFI, MC Alsace, lamie-mutuelle (instruction DSS)',
  ),
  single(
    'cr.audio.classe_ii_maximum',
    'Aide auditive classe II : prise en charge maximale par oreille, Sécu comprise',
    'EUR',
    '2021-01-01',
    '1700',
    'confirmed',
    `${CSS_R871_2} 4° b) (« au maximum à 1 700 euros par aide auditive, incluant la part … de l'assurance maladie obligatoire et la participation »)`,
    'Une aide par oreille et par période de quatre ans.',
  ),
  single(
    'cr.audio.renouvellement_ans',
    'Aides auditives : une aide par oreille tous les N ans',
    'years',
    '2021-01-01',
    '4',
    'secondary',
    'Arrêté LPP du 14/11/2018 (citation verbatim relayée)',
  ),
  single(
    'ani.dentaire_minimum',
    'Panier minimum collectif : prothèses dentaires et orthodontie, en % de la BR',
    'percent',
    '2016-01-01',
    '125',
    'confirmed',
    'D911-1 CSS',
  ),
  single(
    'ani.optique.simple_minimum',
    'Panier minimum collectif : équipement à verres simples',
    'EUR',
    '2020-01-01',
    '100',
    'confirmed',
    'D911-1 CSS (contrats depuis le 1er janvier 2020)',
  ),
  single(
    'ani.optique.mixte_minimum',
    'Panier minimum collectif : équipement mixte (simple et complexe ou très complexe)',
    'EUR',
    '2020-01-01',
    '150',
    'confirmed',
    'D911-1 CSS (contrats depuis le 1er janvier 2020)',
  ),
  single(
    'ani.optique.complexe_minimum',
    'Panier minimum collectif : équipement à verres complexes ou très complexes',
    'EUR',
    '2020-01-01',
    '200',
    'confirmed',
    'D911-1 CSS (contrats depuis le 1er janvier 2020)',
  ),

  // ---------------------------------------------------------------------------------------------
  // Information du patient
  single(
    'seuil.information_ecrite',
    "Montant d'honoraires (dépassement compris) à partir duquel une information écrite préalable est obligatoire",
    'EUR',
    '2009-02-01',
    '70',
    'confirmed',
    'Légifrance, arrêté du 2 oct. 2008 (JORFTEXT000019600052)',
  ),
];
