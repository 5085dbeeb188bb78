/**
 * The reference cases of domain.md §6.1 (R1–R11), the two seed-article cases and the corner cases
 * of engine-notes.md, each written as a guarantee line and an act, with the amounts the engine must
 * find to the cent.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { firstExampleAmounts, gridWith } from '../helpers';

interface Case {
  name: string;
  line: string;
  act: string;
  expected: string;
  header?: string;
}

const REFERENCE_CASES: Case[] = [
  {
    name: 'R1 généraliste secteur 1, 100 % BR',
    line: 'consultation generaliste 100 % BR',
    act: 'consultation generaliste secteur 1 prix 30 € date 2026-03-02',
    expected: 'secu 19,00 € · mutuelle 9,00 € · reste 2,00 €',
  },
  {
    name: 'R2 généraliste OPTAM, 150 % BR RO inclus',
    line: 'consultation generaliste dptam 150 % BR non_dptam 130 % BR',
    act: 'consultation generaliste secteur 2 optam prix 50 € date 2026-03-02',
    expected: 'secu 19,00 € · mutuelle 24,00 € · reste 7,00 €',
  },
  {
    name: 'R3 spécialiste OPTAM, 100 % BR',
    line: 'consultation specialiste 100 % BR',
    act: 'consultation specialiste dptam prix 40 € date 2026-03-02',
    expected: 'secu 20,05 € · mutuelle 9,45 € · reste 10,50 €',
  },
  {
    name: "R4 généraliste non conventionné, 200 % BR RO inclus (tarif d'autorité 0,61 €)",
    line: 'consultation generaliste dptam 200 % BR non_dptam 180 % BR non_conventionne 200 % BR',
    act: 'consultation generaliste secteur 3 prix 50 € date 2026-03-02',
    expected: 'secu 0,43 € · mutuelle 0,79 € · reste 48,78 €',
  },
  {
    name: 'R5 le même avec un forfait de 30 € hors convention',
    line: 'consultation generaliste dptam 100 % BR non_dptam 100 % BR non_conventionne 30 €',
    act: 'consultation generaliste secteur 3 prix 50 € date 2026-03-02',
    expected: 'secu 0,43 € · mutuelle 30,00 € · reste 19,57 €',
  },
  {
    name: 'R6 aide auditive classe I adulte, 100 % Santé',
    line: 'aide auditive classe i 100 % Santé',
    act: 'aide auditive classe i prix 950 € age 45 date 2026-03-02',
    expected: 'secu 240,00 € · mutuelle 710,00 € · reste 0,00 €',
  },
  {
    name: 'R7 couronne 100 % Santé',
    line: 'couronne 100 sante 100 % Santé',
    act: 'couronne 100 sante prix 500 € date 2026-03-02',
    expected: 'secu 72,00 € · mutuelle 428,00 € · reste 0,00 €',
  },
  {
    name: 'R8 couronne à tarif libre, 300 % BR RO inclus',
    line: 'couronne tarifs libres 300 % BR',
    act: 'couronne tarifs libres prix 800 € date 2026-03-02',
    expected: 'secu 72,00 € · mutuelle 288,00 € · reste 440,00 €',
  },
  {
    name: 'R9 cataracte secteur 1, la mutuelle couvre la participation de 24 €',
    line: 'chirurgie cataracte 100 % BR',
    act: 'chirurgie cataracte secteur 1 prix 271,70 € date 2026-03-02',
    expected: 'secu 247,70 € · mutuelle 24,00 € · reste 0,00 €',
  },
  {
    // domain.md §6.1 gives 60 € (3 × 20 €); from 2026-03-01 the forfait is 23 € (fjh.montant): 3 × 23 € = 69 €.
    name: 'R10 forfait journalier, 3 jours, 100 % FR (23 € par jour depuis le 01/03/2026)',
    line: 'forfait journalier 100 % FR',
    act: 'forfait journalier jours 3 date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 69,00 € · reste 0,00 €',
  },
  {
    name: 'R11 chambre particulière 2 % PMSS par jour en 2026 (80,10 € par jour)',
    line: 'chambre particuliere 2 % PMSS par jour',
    act: 'chambre particuliere prix 100 € date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 80,10 € · reste 19,90 €',
  },
];

const SEED_B_CASES: Case[] = [
  {
    name: 'Seed B cas 1 : 200 % BRSS chez un généraliste non conventionné à 50 €',
    line: 'consultation generaliste non_conventionne 200 % BR',
    act: 'consultation generaliste non_conventionne prix 50 € date 2025-03-06',
    expected: 'secu 0,43 € · mutuelle 0,79 € · reste 48,78 €',
  },
  {
    name: 'Seed B cas 2 : forfait de 30 € pour les actes hors convention',
    line: 'consultation generaliste non_conventionne 30 €',
    act: 'consultation generaliste non_conventionne prix 50 € date 2025-03-06',
    expected: 'secu 0,43 € · mutuelle 30,00 € · reste 19,57 €',
  },
];

const CORNER_CASES: Case[] = [
  {
    name: 'ALD : « 100 % BR » ne paie rien, la Sécu paie déjà 100 % (PF toujours due)',
    line: 'consultation generaliste 100 % BR',
    act: 'consultation generaliste secteur 1 prix 30 € ald date 2026-03-02',
    expected: 'secu 28,00 € · mutuelle 0,00 € · reste 2,00 €',
  },
  {
    name: 'Maternité : 100 % et pas de participation forfaitaire',
    line: 'consultation generaliste 100 % BR',
    act: 'consultation generaliste secteur 1 prix 30 € maternite date 2026-03-02',
    expected: 'secu 30,00 € · mutuelle 0,00 € · reste 0,00 €',
  },
  {
    name: 'Moins de 18 ans : pas de participation forfaitaire',
    line: 'consultation generaliste 100 % BR',
    act: 'consultation generaliste secteur 1 prix 30 € age 12 date 2026-03-02',
    expected: 'secu 21,00 € · mutuelle 9,00 € · reste 0,00 €',
  },
  {
    name: 'Prix inférieur à la BR : la Sécu rembourse sur le prix, RO inclus plafonne au prix',
    line: 'consultation generaliste 150 % BR',
    act: 'consultation generaliste secteur 1 prix 20 € date 2026-03-02',
    expected: 'secu 12,00 € · mutuelle 6,00 € · reste 2,00 €',
  },
  {
    name: 'Forfait journalier en psychiatrie : 17 € par jour depuis le 01/03/2026 (2 × 17 €)',
    line: 'forfait journalier 100 % FR',
    act: 'forfait journalier jours 2 psychiatrie date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 34,00 € · reste 0,00 €',
  },
  {
    name: 'Ostéopathie hors nomenclature : la Sécu ne paie rien, seul le forfait',
    line: 'osteopathie 40 € par seance',
    act: 'osteopathie prix 60 € date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 40,00 € · reste 20,00 €',
  },
  {
    name: 'En sus du RO : 200 % BR en plus de la Sécu, plafonné à la dépense',
    line: 'consultation generaliste 200 % BR en_sus',
    act: 'consultation generaliste secteur 1 prix 50 € date 2026-03-02',
    expected: 'secu 19,00 € · mutuelle 29,00 € · reste 2,00 €',
  },
  {
    name: 'TM + 50 % BR : ticket modérateur plus la moitié de la BR de dépassement',
    line: 'consultation generaliste TM + 50 % BR',
    act: 'consultation generaliste dptam prix 60 € date 2026-03-02',
    expected: 'secu 19,00 € · mutuelle 24,00 € · reste 17,00 €',
  },
  {
    name: '100 % BR + TM reads as TM + 100 % BR (the TM is paid once): spécialiste OPTAM à 80 €',
    line: 'consultation specialiste 100 % BR + TM',
    act: 'consultation specialiste dptam prix 80 € date 2026-03-02',
    expected: 'secu 20,05 € · mutuelle 40,95 € · reste 19,00 €',
  },
  {
    name: '50 % BR + TM with no « base » in the header: TM + 50 % BR on top',
    line: 'consultation specialiste 50 % BR + TM',
    act: 'consultation specialiste dptam prix 80 € date 2026-03-02',
    expected: 'secu 20,05 € · mutuelle 25,20 € · reste 34,75 €',
    header: 'contrat "Test" millesime 2026 responsable',
  },
  {
    name: '100 % FR limité à 100 % BR + TM (KALI wording): the cap is TM + 100 % BR, 200 % BR in all',
    line: 'consultation specialiste 100 % FR limité à 100 % BR + TM',
    act: 'consultation specialiste dptam prix 80 € date 2026-03-02',
    expected: 'secu 20,05 € · mutuelle 40,95 € · reste 19,00 €',
  },
  {
    name: '100 % FR limité à 100 % BR + TM below the cap: the frais réels',
    line: 'consultation specialiste 100 % FR limité à 100 % BR + TM',
    act: 'consultation specialiste dptam prix 50 € date 2026-03-02',
    expected: 'secu 20,05 € · mutuelle 27,95 € · reste 2,00 €',
  },
  {
    name: '1 700 € par oreille Sécu incluse: min(price, 1 700 €) − Sécu',
    line: 'aide auditive classe ii 1 700 € par oreille Sécu incluse',
    act: 'aide auditive classe ii prix 1900 € age 45 date 2026-03-02',
    expected: 'secu 240,00 € · mutuelle 1 460,00 € · reste 200,00 €',
  },
  {
    name: '1 700 € par oreille - MR: the same',
    line: 'aide auditive classe ii 1 700 € par oreille - MR',
    act: 'aide auditive classe ii prix 1900 € age 45 date 2026-03-02',
    expected: 'secu 240,00 € · mutuelle 1 460,00 € · reste 200,00 €',
  },
  {
    name: '1 700 € par oreille ro_inclus below the amount: the price less the Sécu',
    line: 'aide auditive classe ii 1 700 € par oreille ro_inclus',
    act: 'aide auditive classe ii prix 1000 € age 45 date 2026-03-02',
    expected: 'secu 240,00 € · mutuelle 760,00 € · reste 0,00 €',
  },
  {
    name: '1 700 € par oreille without « Sécu incluse »: 1 700 € from the mutuelle',
    line: 'aide auditive classe ii 1 700 € par oreille',
    act: 'aide auditive classe ii prix 2100 € age 45 date 2026-03-02',
    expected: 'secu 240,00 € · mutuelle 1 700,00 € · reste 160,00 €',
  },
  {
    name: 'plafond 1 700 € par oreille Sécu incluse: the cap bounds Sécu + mutuelle',
    line: 'aide auditive classe ii 100 % FR, plafond 1 700 € par oreille Sécu incluse',
    act: 'aide auditive classe ii prix 1900 € age 45 date 2026-03-02',
    expected: 'secu 240,00 € · mutuelle 1 460,00 € · reste 200,00 €',
  },
  {
    name: 'plafond 1 700 € par oreille (mutuelle only)',
    line: 'aide auditive classe ii 100 % FR, plafond 1 700 € par oreille',
    act: 'aide auditive classe ii prix 1900 € age 45 date 2026-03-02',
    expected: 'secu 240,00 € · mutuelle 1 660,00 € · reste 0,00 €',
  },
  {
    name: 'dans la limite de 300 € par an y compris RO: the Sécu counts against the annual cap',
    line: 'consultation specialiste 100 % FR, dans la limite de 300 € par an y compris RO',
    act: 'consultation specialiste dptam prix 400 € date 2026-03-02',
    expected: 'secu 20,05 € · mutuelle 277,95 € · reste 102,00 €',
  },
  {
    name: 'Forfait journalier en maternité : non dû (domain.md §1)',
    line: 'forfait journalier 100 % FR',
    act: 'forfait journalier jours 3 maternite date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 0,00 € · reste 0,00 €',
  },
  {
    name: "Forfait journalier d'un bénéficiaire de la CSS : non dû",
    line: 'forfait journalier 100 % FR',
    act: 'forfait journalier jours 3 css date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 0,00 € · reste 0,00 €',
  },
  {
    name: "Forfait journalier d'un nouveau-né (« age 0 ») : non dû",
    line: 'forfait journalier 100 % FR',
    act: 'forfait journalier jours 3 age 0 date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 0,00 € · reste 0,00 €',
  },
  {
    name: 'Forfait journalier à 1 an : dû (3 × 23 €)',
    line: 'forfait journalier 100 % FR',
    act: 'forfait journalier jours 3 age 1 date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 69,00 € · reste 0,00 €',
  },
  {
    name: 'FPU en ALD : montant réduit, 9,96 € depuis le 01/03/2026 (8,49 € avant)',
    line: 'forfait patient urgences 100 % FR',
    act: 'forfait patient urgences ald date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 9,96 € · reste 0,00 €',
  },
  {
    // CSS R160-17-1 II 1°: the FPU « est supprimée … pour les assurées bénéficiant de la protection
    // sociale contre les risques et les conséquences de la maternité ». Was charged 23 € (wrong).
    name: 'FPU en maternité : non dû',
    line: 'forfait patient urgences 100 % FR',
    act: 'forfait patient urgences maternite date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 0,00 € · reste 0,00 €',
  },
  {
    // CSS R160-17-1 II 2°: nor « pour les nouveau-nés lorsque ce passage se produit pendant la
    // période mentionnée au 1° de l'article R. 160-17 » (the thirty days after birth): `age 0`.
    name: 'FPU d’un nouveau-né (age 0) : non dû',
    line: 'forfait patient urgences 100 % FR',
    act: 'forfait patient urgences age 0 date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 0,00 € · reste 0,00 €',
  },
  {
    // A child of 1 is past the thirty days: the full FPU, 23 € from 1 March 2026.
    name: 'FPU d’un enfant d’un an : 23 €',
    line: 'forfait patient urgences 100 % FR',
    act: 'forfait patient urgences age 1 date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 23,00 € · reste 0,00 €',
  },
  {
    // The exemption wins over the reduced amount: an ALD patient in maternity owes nothing.
    name: 'FPU en ALD et en maternité : non dû',
    line: 'forfait patient urgences 100 % FR',
    act: 'forfait patient urgences ald maternite date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 0,00 € · reste 0,00 €',
  },
  {
    // Under the CSS the FPU is not exempt: R160-17-1 II, as read, does not list it (the CSS covers
    // it as a complementary would). The grid's line pays it.
    name: 'FPU sous CSS : dû (23 €), contrairement au forfait journalier',
    line: 'forfait patient urgences 100 % FR',
    act: 'forfait patient urgences css date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 23,00 € · reste 0,00 €',
  },
  {
    name: 'RSS + 100 % (domain.md §4.1): TM + 100 % BR',
    line: 'consultation specialiste RSS + 100 %',
    act: 'consultation specialiste dptam prix 80 € date 2026-03-02',
    expected: 'secu 20,05 € · mutuelle 40,95 € · reste 19,00 €',
  },
  {
    name: '100 % BR + 100 % BR (domain.md §4.1): TM + 100 % BR',
    line: 'consultation specialiste 100 % BR + 100 % BR',
    act: 'consultation specialiste dptam prix 80 € date 2026-03-02',
    expected: 'secu 20,05 € · mutuelle 40,95 € · reste 19,00 €',
  },
  {
    name: 'BR - RSS: the TM only',
    line: 'consultation specialiste BR - RSS',
    act: 'consultation specialiste dptam prix 80 € date 2026-03-02',
    expected: 'secu 20,05 € · mutuelle 9,45 € · reste 50,50 €',
  },
  {
    name: '(limité à 80 € par an et par bénéficiaire), KALI wording',
    line: 'osteopathie 60 € par consultation (limité à 80 € par an et par bénéficiaire)',
    act: 'osteopathie prix 60 € fois 2 date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 80,00 € · reste 40,00 €',
  },
  {
    name: '100 % FR limité à 150 % BR',
    line: 'consultation specialiste 100 % FR limité à 150 % BR',
    act: 'consultation specialiste dptam prix 60 € date 2026-03-02',
    expected: 'secu 20,05 € · mutuelle 25,20 € · reste 14,75 €',
  },
  {
    name: 'Non DPTAM : base minorée de 23 € pour le généraliste',
    line: 'consultation generaliste dptam 150 % BR non_dptam 130 % BR',
    act: 'consultation generaliste non_dptam prix 40 € date 2026-03-02',
    expected: 'secu 14,10 € · mutuelle 13,80 € · reste 12,10 €',
  },
  {
    name: "Secteur 3 sans colonne non conventionné : la colonne non DPTAM s'applique",
    line: 'consultation generaliste dptam 150 % BR non_dptam 130 % BR',
    act: 'consultation generaliste secteur 3 prix 50 € date 2026-03-02',
    expected: 'secu 0,43 € · mutuelle 0,36 € · reste 49,21 €',
  },
  {
    name: "Acte technique en secteur 3 : tarif d'autorité de 16 % du tarif CCAM",
    line: 'actes techniques 100 % BR',
    act: 'actes techniques secteur 3 br 100 € prix 150 € date 2026-03-02',
    expected: 'secu 11,20 € · mutuelle 4,80 € · reste 134,00 €',
  },
  {
    name: "Hors parcours, contrat responsable : la majoration n'est pas couverte",
    line: 'consultation specialiste 100 % BR',
    act: 'consultation specialiste secteur 1 prix 31,50 € hors_parcours age 40 date 2026-03-02',
    expected: 'secu 7,45 € · mutuelle 9,45 € · reste 14,60 €',
  },
  {
    name: 'Hors parcours, contrat non responsable : la formule couvre la majoration',
    header: 'contrat "Test" millesime 2026 non_responsable base ro_inclus',
    line: 'consultation specialiste 100 % BR',
    act: 'consultation specialiste secteur 1 prix 31,50 € hors_parcours age 40 date 2026-03-02',
    expected: 'secu 7,45 € · mutuelle 22,05 € · reste 2,00 €',
  },
  {
    name: 'Acte lourd en ville : la participation de 24 € remplace le TM',
    line: 'imagerie 100 % BR',
    act: 'imagerie secteur 1 br 200 € prix 200 € date 2026-03-02',
    expected: 'secu 174,00 € · mutuelle 24,00 € · reste 2,00 €',
  },
  {
    name: 'Médicament à 65 % : franchise de 1 € par boîte retenue, jamais remboursée',
    line: 'pharmacie smr majeur 100 % BR',
    act: 'pharmacie smr majeur br 10 € prix 10 € quantite 2 date 2026-03-02',
    expected: 'secu 11,00 € · mutuelle 7,00 € · reste 2,00 €',
  },
  {
    name: 'Optique classe B en % BR seulement : quelques centimes',
    line: 'optique classe b verres simples 300 % BR',
    act: 'optique classe b verres simples prix 250 € date 2026-03-02',
    expected: 'secu 0,09 € · mutuelle 0,36 € · reste 249,55 €',
  },
  {
    name: 'Optique classe B : 100 % BR + 150 € par équipement',
    line: 'optique classe b verres simples 100 % BR + 150 € par equipement',
    act: 'optique classe b verres simples prix 250 € date 2026-03-02',
    expected: 'secu 0,09 € · mutuelle 150,06 € · reste 99,85 €',
  },
  {
    name: 'Aide auditive classe I avant 20 ans : BR et PLV de 1 400 €',
    line: 'aide auditive classe i 100 % Santé',
    act: 'aide auditive classe i prix 1400 € age 15 date 2026-03-02',
    expected: 'secu 840,00 € · mutuelle 560,00 € · reste 0,00 €',
  },
  {
    name: "Chambre particulière en 2025 : PMSS de l'année des soins (2 % de 3 925 €)",
    line: 'chambre particuliere 2 % PMSS par jour',
    act: 'chambre particuliere prix 100 € date 2025-06-01',
    expected: 'secu 0,00 € · mutuelle 78,50 € · reste 21,50 €',
  },
  {
    name: 'Délai de carence non écoulé : rien',
    line: 'implant dentaire 500 € par an, carence 6 mois',
    act: 'implant dentaire prix 1200 € adhesion 2026-01-01 date 2026-05-02',
    expected: 'secu 0,00 € · mutuelle 0,00 € · reste 1 200,00 €',
  },
  {
    name: 'Délai de carence écoulé : le forfait paie',
    line: 'implant dentaire 500 € par an, carence 6 mois',
    act: 'implant dentaire prix 1200 € adhesion 2026-01-01 date 2026-07-01',
    expected: 'secu 0,00 € · mutuelle 500,00 € · reste 700,00 €',
  },
];

function run(cases: Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const text = gridWith({ lines: [c.line], acts: [c.act], ...(c.header ? { header: c.header } : {}) });
      assert.equal(firstExampleAmounts(text), c.expected, text);
    });
  }
}

describe('reference cases of domain.md §6.1', () => run(REFERENCE_CASES));
describe('the two cases of the seed article on secteur 3', () => run(SEED_B_CASES));
describe('corner cases of engine-notes.md', () => run(CORNER_CASES));
