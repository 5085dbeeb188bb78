/**
 * The exact findings of each rule on its documented bad snippet (registry.ts, docs/rules.md):
 * `line:col-line:col CODE message`, 1-based, as a reviewer reads them. The snippets are shown in
 * docs/rules.md; snippets without a `contrat` line get the default header (line 1).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { RULES, snippetAsGrid } from '../../server/src/core/rules/registry';

const EXPECTED: Record<string, string[]> = {
  GR001: ['3:37-3:38 GR001 Caractère inattendu « @ ».'],
  GR002: ['2:7-2:22 GR002 Chaîne non fermée : ajoutez le guillemet final.'],
  GR003: ['3:15-3:20 GR003 Nombre mal formé « 1,2,3 ».'],
  GR004: ['5:48-5:58 GR004 Date inexistante « 2026-02-30 ».'],
  GR005: [
    '3:37-3:40 GR005 « 100 » inattendu après la garantie : une limite (« 4 séances par an », « dans la limite de 100 € par an ») ou une colonne de secteur est attendue.',
  ],
  GR006: [
    '3:3-3:27 GR006 Garantie attendue pour « consultation generaliste » (ex. 100 % BR, 40 € par séance, 100 % FR), sur la ligne ou sur les lignes suivantes.',
  ],
  GR007: ['3:3-3:8 GR007 Ligne de suite sans ligne de garantie au-dessus.'],
  GR008: ["4:1-4:5 GR008 « acte » n'est permis que dans un bloc « exemple »."],
  GR009: ['5:43-5:46 GR009 Attribut inconnu « pri » (vouliez-vous dire « prix » ?).'],
  GR010: ['3:40-3:42 GR010 Unité inconnue « BX » après « % » (vouliez-vous dire « BR » ?).'],
  GR012: ["3:15-3:29 GR012 Nombre « 40 000 000 000 » hors limites : au plus 9 chiffres avant la virgule et 6 après. La ligne n'est pas calculée."],
  GR011: ['3:38-3:43 GR011 « 1.000 » est ambigu : séparateur des milliers (1 000) ou décimales (1,000) ? Il est lu 1,000 ; écrivez « 1 000 » ou « 1,000 ».'],
  GR101: [
    '3:3-3:26 GR101 Acte inconnu « consultation generalste ». Vouliez-vous dire « consultation generaliste » ? Pour un acte hors nomenclature absent du catalogue, écrivez « consultation generalste hors_nomenclature … ».',
  ],
  GR102: [
    "1:1-1:8 GR102 Millésime ou date d'effet manquant : ajoutez « millesime 2026 » ou « effet 2026-01-01 » pour choisir les paramètres.",
    '1:1-1:8 GR102 Dites si le contrat est responsable : ajoutez « responsable » ou « non_responsable ».',
  ],
  GR103: ['1:36-1:50 GR103 Attribut « millesime » répété : seule la dernière valeur compte.'],
  GR104: [
    "3:28-3:36 GR104 « 200 % BR » est ambigu : Sécu incluse (ro_inclus, l'usage du marché) ou en plus de la Sécu (en_sus) ? Précisez-le sur la ligne ou dans l'en-tête (« base ro_inclus »).",
  ],
  GR105: ['3:43-3:48 GR105 Colonne « dptam » déjà définie sur cette ligne.'],
  GR106: [
    "4:1-4:17 GR106 Dites comment l'option s'empile sur le socle : « inclut_socle » (les montants incluent le socle) ou « en_sus_du_socle » (ils s'y ajoutent).",
  ],
  GR107: ['5:50-5:58 GR107 Option « Confrt » inconnue : le fichier ne définit aucune option.'],
  GR108: ['5:8-5:19 GR108 Aucune ligne du socle ne couvre « Ostéopathie » : la mutuelle ne paiera rien.'],
  GR109: ["5:3-5:20 GR109 « attendu » doit suivre une ligne « acte » de l'exemple."],
  GR110: [
    '3:24-3:41 GR110 Paramètre « Plafond mensuel de la Sécurité sociale (PMSS) » (pmss) non défini au 2014-01-01 : les montants qui en dépendent ne sont pas calculés. Les valeurs connues commencent le 2015-01-01.',
  ],
  GR111: ["3:32-3:35 GR111 « 2,5 » : le nombre d'unités par an doit être un entier positif."],
  GR112: ['3:28-3:45 GR112 « consultation generaliste » est dans le catalogue (NGAP) : il a une BR, ne le déclarez pas hors nomenclature.'],
  GR113: [
    "3:22-3:30 GR113 Ce terme ne paie rien : « Forfait journalier hospitalier » n'a pas de base de remboursement. Écrivez « 100 % FR » ou un montant en euros.",
  ],
  GR114: [
    "3:35-3:43 GR114 La BR d'un équipement de classe B est de 0,15 € : cette ligne ne paie que quelques centimes. Ajoutez un forfait en euros, au moins « + 50 € par equipement » (plancher du cas a) en contrat responsable).",
  ],
  GR115: [
    "3:62-3:87 GR115 En secteur 3, la BR est le tarif d'autorité de 0,61 € : pour 50,00 € payés, la Sécu rembourse 0,43 € et cette ligne 0,79 €, reste 48,78 €. Un forfait en euros serait plus lisible.",
  ],
  GR116: ['3:28-3:35 GR116 « 90 % BR » Sécu incluse couvre moins que le ticket modérateur : la Sécu paie déjà sa part de la BR. Vouliez-vous « en_sus » ?'],
  GR117: ['4:3-4:14 GR117 « Consultation de médecin généraliste » est déjà couvert à la ligne 3 de ce poste : seule la première ligne compte.'],
  GR118: ["3:28-3:35 GR118 Cette garantie ne paie jamais rien de plus que la Sécu, quel que soit le prix. Écrivez « non_couvert » si c'est voulu."],
  GR119: ['3:50-3:80 GR119 Ce plafond ne peut jamais jouer : 4 × 40,00 € = 160,00 € au plus par an.'],
  GR120: ["3:35-3:46 GR120 « Équipement optique classe B, deux verres simples » n'appartient pas à un panier 100 % Santé : « 100 % Santé » n'y paie rien."],
  GR121: ["3:24-3:29 GR121 « Médicaments à SMR majeur ou important (65 %) » ne dépend pas du secteur du praticien : la colonne « dptam » n'a pas de sens ici."],
  GR201: [
    '4:24-4:35 GR201 Contrat responsable : la participation forfaitaire actes lourds (24,00 €) remplace le ticket modérateur et doit être couverte en entier ; cette garantie en paie 0,00 €.',
    '6:28-6:35 GR201 Contrat responsable : le ticket modérateur (9,45 € sur une BR de 31,50 €) doit être couvert en entier ; cette garantie en paie 6,30 €.',
  ],
  GR202: [
    '3:43-3:61 GR202 Contrat responsable : hors DPTAM la prise en charge totale est au plus 130 % BR (min(200 %, DPTAM 150 % BR − 20 %)) ; cette colonne couvre 140 % BR.',
  ],
  GR203: [
    "3:3-3:27 GR203 Contrat responsable : la ligne couvre les médecins DPTAM mais ne dit pas ce qu'elle paie aux médecins non adhérents (colonne « non_dptam »).",
  ],
  GR204: ['3:3-3:28 GR204 Un contrat responsable ne rembourse ni la participation forfaitaire ni les franchises.'],
  GR205: ['3:3-3:27 GR205 Un contrat responsable ne rembourse ni la majoration hors parcours ni les dépassements autorisés hors parcours.'],
  GR206: ['3:32-3:47 GR206 Contrat responsable : le forfait journalier est couvert sans limite de durée.'],
  GR207: [
    "3:20-3:28 GR207 Contrat responsable : « Équipement optique classe A (100 % Santé) » est couvert jusqu'au PLV (95,00 €), soit 77,90 € après la Sécu ; cette garantie paie 11,40 €.",
  ],
  GR208: [
    '3:35-3:95 GR208 Contrat responsable : un équipement de classe B, cas a), est pris en charge au plus 420,00 € au-delà du ticket modérateur ; cette garantie peut payer 500,00 €.',
  ],
  GR209: ['3:20-3:69 GR209 Contrat responsable : la monture est prise en charge à 100,00 € au plus ; cette garantie peut payer 150,00 €.'],
  GR210: [
    "3:35-3:66 GR210 Contrat responsable : la prise en charge est limitée à un équipement d'optique tous les 2 ans (adulte) ; précisez « 1 équipement tous les 2 ans ».",
  ],
  GR211: [
    "3:26-3:63 GR211 Contrat responsable : « Aide auditive classe I (100 % Santé) » est couvert jusqu'au PLV (950,00 €), soit 710,00 € après la Sécu ; cette garantie paie 160,00 €.",
  ],
  GR212: [
    '3:27-3:86 GR212 Contrat responsable : une aide auditive de classe II est prise en charge au plus 1 700,00 € par oreille, Sécu comprise ; cette garantie peut atteindre 1 900,00 €.',
  ],
  GR213: [
    "3:22-3:30 GR213 Contrat responsable : « Prothèse dentaire du panier 100 % Santé (couronne) » est couvert jusqu'au HLF (500,00 €), soit 428,00 € après la Sécu ; cette garantie paie 288,00 €.",
  ],
  GR214: [
    '1:1-1:8 GR214 Contrat responsable : pas de ligne pour le panier 100 % Santé « optique classe A », « prothèses dentaires 100 % Santé », « aides auditives classe I ».',
  ],
  GR216: [
    "3:36-3:68 GR216 Contrat responsable : le ticket modérateur (48,00 € sur une BR de 120,00 €) est couvert quels que soient les plafonds ; une fois la limite de la ligne (1 500,00 € par an) atteinte, cette garantie n'en paie plus que 0,00 €.",
  ],
  GR217: [
    "1:1-1:8 GR217 Contrat responsable : 50 actes remboursés par la Sécu n'ont pas de ligne, la mutuelle n'en paierait pas le ticket modérateur : « Consultation de médecin spécialiste », « Consultation de psychiatre », « Visite à domicile de médecin spécialiste », « Séance de psychologue « Mon soutien psy » », « Mammographie (sur prescription) » et 45 autres. Ajoutez « autres actes rembourses 100 % BR ».",
  ],
  GR215: [
    "1:1-1:8 GR215 Contrat collectif : les prothèses dentaires et l'orthodontie sont couvertes à 125 % BR au moins ; « Prothèse dentaire à tarifs maîtrisés (couronne) » est couvert à 100 % BR par la ligne « Prothèse dentaire à tarifs libres (couronne) » ; « Couronne sur dent visible, hors 100 % Santé (tarifs libres) » est couvert à 100 % BR par la ligne « Prothèse dentaire à tarifs libres (couronne) » ; « Couronne sur molaire (dent non visible), hors 100 % Santé » est couvert à 100 % BR par la ligne « Prothèse dentaire à tarifs libres (couronne) » et 8 autres.",
    "3:26-3:34 GR215 Contrat collectif : les prothèses dentaires et l'orthodontie sont couvertes à 125 % BR au moins ; cette garantie couvre 100 % BR.",
  ],
  GR401: [
    '6:16-6:20 GR401 Sécu attendu 0,61 €, calculé 0,43 € : la Sécu paie 70 % de la BR de 0,61 €.',
    '6:32-6:36 GR401 mutuelle attendu 1,22 €, calculé 0,79 € : formule (colonne non conventionné) : 200 % BR Sécu incluse : min(50,00 €, 1,22 €) − 0,43 € = 0,79 €.',
    '6:45-6:50 GR401 reste à charge attendu 48,17 €, calculé 48,78 € : prix 50,00 € − Sécu 0,43 € − mutuelle 0,79 €.',
  ],
  GR402: ['5:3-5:55 GR402 Exemple incalculable : Paramètre « Plafond mensuel de la Sécurité sociale (PMSS) » (pmss) non défini au 01/05/2014.'],
  GR403: [
    '5:39-5:48 GR403 Honoraires de 80,00 € par acte, dont 48,50 € de dépassement : à partir de 70,00 € dépassement compris, le professionnel remet une information écrite préalable (devis).',
  ],
  GR122: [
    '3:31-3:43 GR122 « Ostéopathie » est hors nomenclature : la Sécu ne rembourse rien, « Sécu incluse » ne change rien, la mutuelle paie le montant écrit.',
  ],
  GR123: [
    '3:64-3:87 GR123 « dans la limite de 200 € » est lu par acte, mais le libellé dit « Ostéopathie, par année civile » : écrivez « par an » si le plafond est annuel, « par acte » sinon.',
  ],
  GR124: ["3:63-3:85 GR124 « 4 consultations par an » ne vaut que pour la colonne « non_dptam » ; les autres colonnes (« dptam ») n'ont pas de limite."],
  GR130: [
    "6:30-6:45 GR130 Soins du 01/02/2026 écrits après ceux du 01/05/2026 : écrivez les actes dans l'ordre des dates, les limites annuelles et les renouvellements se comptent dans l'ordre écrit.",
  ],
  GR131: ["5:28-5:60 GR131 3 cellules pour 2 formules (« Socle », « Option 1 ») : une cellule par formule, dans l'ordre des déclarations."],
  GR132: ["2:17-2:29 GR132 La première formule est le socle : « inclut_socle » ne s'applique qu'aux formules suivantes, empilées sur elle."],
  GR133: ['6:1-6:12 GR133 Exemple sans formule : il est calculé avec « Socle ». Précisez-la : exemple "…" formule "…" (formules : « Socle », « Option 1 »).'],
  GR134: [
    "3:28-3:33 GR134 « 150 % » ne dit pas de quoi : il est lu « 150 % BR », l'usage du marché. Dites-le dans l'en-tête ou sur le poste (« pourcentages BR »), ou écrivez « 150 % BR ».",
  ],
  GR219: [
    "2:18-2:38 GR219 Contrat responsable : les paniers 100 % Santé sont dus jusqu'au prix limite quels que soient les plafonds ; une fois le plafond annuel du poste « Dentaire » (100,00 €) atteint, ne sont plus payés en entier : « Prothèse dentaire du panier 100 % Santé (couronne) ».",
  ],
  GR220: [
    "1:1-1:8 GR220 Contrat responsable : chaque prothèse du panier 100 % Santé dentaire est prise en charge jusqu'à ses HLF ; « Prothèse dentaire du panier 100 % Santé (couronne) » n'a pas de ligne ; « Couronne métallique du panier 100 % Santé » n'a pas de ligne ; « Couronne zircone du panier 100 % Santé » n'a pas de ligne et 2 autres.",
  ],
  GR404: [
    "5:8-5:28 GR404 Aucune ligne de « Chambre particulière » pour ce cas (psychiatrie) : la grille n'en a que pour « médecine, chirurgie ». La mutuelle ne paie rien.",
  ],
  GR501: ['3:38-3:46 GR501 Écriture française attendue : « 1 000,50 » et une espace avant « € ».'],
  GR502: ['4:1-4:24 GR502 Ordre UNOCAM : « Hospitalisation » vient avant « Optique » (Hospitalisation, Soins courants, Dentaire, Optique, Aides auditives).'],
  GR503: ['2:1-2:25 GR503 Cette ligne n\'appartient à aucun poste : ajoutez un « poste "…" » au-dessus.'],
  GR504: ["3:22-3:35 GR504 « 100 % FR - MR » se lit « 100 % FR » : Grille l'écrit ainsi."],
  GR901: ['3:37-3:58 GR901 Donnez la raison de la suppression : « # grille-ignore GR116 : raison ». Sans raison, elle ne fait rien taire.'],
  GR902: ['3:38-3:76 GR902 La suppression de GR116 ne fait taire aucun constat : retirez-la.'],
  GR903: ['3:37-3:90 GR903 Code inconnu « GR161 » (vouliez-vous dire « GR116 » ?) : ce code ne fait taire aucun constat (voir docs/rules.md).'],
};

function render(code: string, text: string): string[] {
  const analysis = analyze(text);
  return analysis.diagnostics
    .filter((d) => d.code === code)
    .map((d) => {
      const s = analysis.lineIndex.positionAt(d.range.start);
      const e = analysis.lineIndex.positionAt(d.range.end);
      return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${d.code} ${d.message.replace(/[\u00a0\u202f]/g, ' ')}`;
    });
}

describe('findings of each rule on its bad snippet, as text', () => {
  for (const rule of RULES) {
    if (rule.code === 'GR000') continue;
    it(`${rule.code} ${rule.title}`, () => {
      assert.ok(EXPECTED[rule.code], `no expectation written for ${rule.code}`);
      assert.deepEqual(render(rule.code, snippetAsGrid(rule.bad)), EXPECTED[rule.code]);
    });
  }
});
