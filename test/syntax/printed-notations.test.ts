/**
 * Printed notations, accepted as printed (docs/language.md « Du tableau imprimé à Grille »): for
 * each, the printed line, what Grille reads it as (the model's terms and limits), the findings it
 * gets (none, a style hint GR504 offering the canonical spelling, or the one warning GR134 that
 * asks), and, where it pays something, a hand-computed example.
 *
 * Amounts are hand-computed with the 2026 figures (docs/parameters.md): consultation generaliste
 * BR 30 €, specialist BR 31,50 €, Sécu 70 % less the 2 € participation forfaitaire (which the
 * mutuelle never pays, so the reste keeps it); auxiliaires médicaux 60 %; dental crown BR 120 € at
 * 60 %; class II hearing aid BR 400 € at 60 %; forfait journalier 20 € in January 2026. The
 * mutuelle never pays more than the price less the Sécu's gross share.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { lex } from '../../server/src/core/syntax/lexer';
import { parse } from '../../server/src/core/syntax/blocks';
import { parseWhole } from '../../server/src/core/syntax/parser';
import type { ColumnModel, FormulaTerm } from '../../server/src/core/model/grid-model';
import { dedent, euros, renderDiagnostics } from '../helpers';

/** A non-responsible header, so that only what the notation itself raises is reported. */
const HEADER = 'contrat "Imprimé" millesime 2026 non_responsable base ro_inclus';

function grid(lines: string[], header = HEADER): string {
  return [header, 'poste "Garanties"', ...lines.map((l) => `  ${l}`), ''].join('\n');
}

function term(t: FormulaTerm): string {
  switch (t.kind) {
    case 'pct-br':
      return `${t.rate.toString()} % BR ${t.afterTm ? 'après TM' : t.basis}`;
    case 'tm':
      return 'TM';
    case 'frais-reels':
      return `${t.rate.toString()} % FR${t.capPercentBr ? ` limité à ${t.capPercentBr.toString()} % BR` : ''}`;
    case 'amount':
      return `${t.amount.toString()} €${t.per ? ` par ${t.per}` : ''}${t.roInclus ? ' Sécu incluse' : ''}`;
    case 'pmss':
      return `${t.rate.toString()} % PMSS${t.per ? ` par ${t.per}` : ''}`;
    case '100-sante':
      return '100 % Santé';
    case 'none':
      return 'non couvert';
  }
}

function column(c: ColumnModel): string {
  const limits: string[] = [];
  const l = c.limits;
  if (l.count) limits.push(`${l.count.value}${l.count.unit ? ` ${l.count.unit}` : ''} ${l.count.years ? `par période de ${l.count.years} ans` : 'par an'}`);
  if (l.allowanceYears) limits.push(`forfait sur ${l.allowanceYears} ans`);
  if (l.annualCap) limits.push(`plafond ${l.annualCap.amount.toString()} € ${l.annualCap.years ? `par période de ${l.annualCap.years} ans` : 'par an'}`);
  if (l.unitCap) limits.push(`plafond ${l.unitCap.amount.toString()} €`);
  if (l.renewal) limits.push(`1 tous les ${l.renewal.years} ans`);
  if (l.family) limits.push('par famille');
  if (l.pool) limits.push(`commun ${l.pool.label ? `« ${l.pool.label} »` : 'au poste'}`);
  if (l.fromRank) limits.push(`à partir du rang ${l.fromRank.rank}${l.fromRank.unit ? ` (${l.fromRank.unit})` : ''}`);
  const tiers = c.tiers ? ` [${c.tiers.map((t) => `${t.fromYear}+ : ${t.column.terms.map(term).join(' + ')}`).join(' ; ')}]` : '';
  return [c.terms.map(term).join(' + '), ...limits].join(', ') + tiers;
}

/** What the first line of a one-line grid is read as, column by column, and every finding (`L:C CODE message`). */
function read(line: string, header = HEADER): { read: string; findings: string[] } {
  const analysis = analyze(grid([line], header));
  const model = analysis.model.lines[0];
  const columns = model ? Object.entries(model.columns).map(([key, c]) => `${key}: ${column(c)}`) : [];
  return { read: columns.join(' | '), findings: renderDiagnostics(analysis) };
}

/** `Sécu · mutuelle · reste` of each act of an example appended to the grid. */
function amounts(lines: string[], acts: string[], header = HEADER): string[] {
  const analysis = analyze(grid(lines, header) + ['exemple "Cas"', ...acts.map((a) => `  acte ${a}`), ''].join('\n'));
  return analysis.examples.flatMap((e) =>
    e.events.map((ev) =>
      ev.total
        ? `${euros(ev.total.secu)} · ${euros(ev.total.mutuelle)} · ${euros(ev.total.reste)}`
        : `incalculable ${ev.results.flatMap((r) => r.problems).join(' ')}`,
    ),
  );
}

/** The GR504 hint of a printed notation, as `printed → canonical`. */
function hint(printed: string, canonical: string, at: string): string {
  return `${at} GR504 « ${printed} » se lit « ${canonical} » : Grille l'écrit ainsi.`;
}

describe('printed notations: frais réels, forfaits, baskets and the TM', () => {
  it('« 100 % FR - MR »: frais réels less the Sécu, that is 100 % FR; the canonical spelling is offered', () => {
    assert.deepEqual(read('consultation specialiste 100 % FR - MR'), {
      read: 'all: 100 % FR',
      findings: [hint('100 % FR - MR', '100 % FR', '3:28')],
    });
    // Specialist secteur 2 OPTAM at 60 €: Sécu 70 % × 31,50 = 22,05 less the 2 € PF = 20,05 €;
    // mutuelle 60 − 22,05 = 37,95 €; reste 60 − 20,05 − 37,95 = 2,00 € (the PF).
    assert.deepEqual(amounts(['consultation specialiste 100 % FR - MR'], ['consultation specialiste secteur 2 optam prix 60 €']), [
      '20,05 € · 37,95 € · 2,00 €',
    ]);
    // Also after a cap, and `- RSS`, `- RO`, `(RO inclus)`.
    assert.equal(read('frais de sejour 100 % FR limité à 300 % BR - RSS').read, 'all: 100 % FR limité à 300 % BR');
    assert.equal(read('frais de sejour frais réels (RO inclus)').read, 'all: 100 % FR');
  });

  it('« 100 % Forfait »: a percentage of the flat fee charged, that is 100 % FR; asked on an act without a regulated flat fee', () => {
    assert.deepEqual(read('forfait journalier 100 % Forfait'), { read: 'all: 100 % FR', findings: [] });
    assert.deepEqual(read('forfait patient urgences 100 % du forfait'), { read: 'all: 100 % FR', findings: [] });
    // Forfait journalier, 3 days in January 2026: 3 × 20 € = 60 €, all of it by the mutuelle.
    assert.deepEqual(amounts(['forfait journalier 100 % Forfait'], ['forfait journalier jours 3']), ['0,00 € · 60,00 € · 0,00 €']);
    assert.deepEqual(read('consultation generaliste 100 % Forfait'), {
      read: 'all: 100 % FR',
      findings: [
        "3:28 GR134 « 100 % Forfait » : « Consultation de médecin généraliste » n'a pas de forfait réglementé ; il est lu « 100 % FR », un pourcentage du prix payé. Écrivez « 100 % FR » ou le forfait en euros.",
      ],
    });
  });

  it('« 100 % PLV - MR », « 100 % HLF », « 100 % FR dans la limite des PLV »: the basket up to its price cap, 100 % Santé', () => {
    assert.deepEqual(read('optique classe a 100 % PLV - MR'), {
      read: 'all: 100 % Santé',
      findings: [hint('100 % PLV - MR', '100 % Santé', '3:20')],
    });
    assert.deepEqual(read('couronne 100 sante 100 % HLF'), { read: 'all: 100 % Santé', findings: [hint('100 % HLF', '100 % Santé', '3:22')] });
    assert.equal(read('aide auditive classe i 100 % FR dans la limite des PLV').read, 'all: 100 % Santé');
    assert.equal(read('aide auditive classe i Prise en charge intégrale dans la limite des PLV').read, 'all: 100 % Santé');
    // The same amounts as « 100 % Santé »: a 100 % Santé crown at its HLF.
    const sante = amounts(['couronne 100 sante 100 % Santé'], ['couronne 100 sante prix 500 €']);
    assert.deepEqual(amounts(['couronne 100 sante 100 % HLF'], ['couronne 100 sante prix 500 €']), sante);
    // Crown at 500 €: Sécu 60 % × 120 = 72 €; mutuelle min(500, HLF 500) − 72 = 428 €; reste 0 (domain.md R7).
    assert.deepEqual(sante, ['72,00 € · 428,00 € · 0,00 €']);
  });

  it('« 100 % TM », « 100 % du ticket modérateur »: the TM', () => {
    assert.deepEqual(read('auxiliaires medicaux 100 % TM'), { read: 'all: TM', findings: [hint('100 % TM', 'TM', '3:24')] });
    assert.equal(read('auxiliaires medicaux 100 % du ticket modérateur').read, 'all: TM');
  });

  it('a basket cap or the TM with another rate is one finding at the rate', () => {
    assert.deepEqual(read('optique classe a 80 % PLV').findings, ['3:20 GR005 « % PLV » se couvre en entier : écrivez « 100 % PLV ».']);
    assert.deepEqual(read('auxiliaires medicaux 50 % TM').findings, ['3:24 GR005 « % TM » se couvre en entier : écrivez « 100 % TM ».']);
  });
});

describe('printed notations: the Sécu written RO, dotted abbreviations', () => {
  it('« B.R. », « R.O. »: BR and RO; the undotted spelling is offered', () => {
    assert.deepEqual(
      lex('150 % B.R. - R.O. B.R.S.S. T.M')
        .filter((t) => t.kind === 'word')
        .map((t) => `${t.text}=${t.value}`),
      ['B.R.=br', 'R.O.=ro', 'B.R.S.S.=brss', 'T.M=tm'],
    );
    assert.deepEqual(read('consultation specialiste 150 % B.R. - R.O.'), {
      read: 'all: 150 % BR ro_inclus',
      findings: [hint('B.R.', 'BR', '3:34'), hint('R.O.', 'RO', '3:41')],
    });
  });

  it('« RO + 500 € »: the Sécu pays its part, the mutuelle 500 € (an amount is always on top of the Sécu)', () => {
    assert.deepEqual(read('aide auditive classe ii RO + 500 €'), {
      read: 'all: 500 €',
      findings: [hint('RO + 500 €', '500 €', '3:27')],
    });
    // Class II hearing aid at 1 500 €: Sécu 60 % × 400 = 240 €; mutuelle 500 €; reste 1 500 − 240 − 500 = 760 €.
    assert.deepEqual(amounts(['aide auditive classe ii RO + 500 €'], ['aide auditive classe ii prix 1 500 €']), ['240,00 € · 500,00 € · 760,00 €']);
    assert.equal(read('aide auditive classe ii R.O. + 500 €').read, 'all: 500 €');
  });

  it('« - », « — », « Non pris en charge » on a line: not covered, as a dash in a cell', () => {
    for (const written of ['-', '—', 'Non pris en charge']) {
      assert.deepEqual(read(`cure thermale ${written}`), { read: 'all: non couvert', findings: [] }, written);
    }
    assert.equal(read('consultation specialiste dptam 150 % BR non_dptam -').read, 'dptam: 150 % BR ro_inclus | non_dptam: non couvert');
  });

  it('« RO » alone: the Sécu pays, the mutuelle nothing; what follows « RO + » is paid on top of the Sécu', () => {
    assert.deepEqual(read('cure thermale RO'), { read: 'all: non couvert', findings: [] });
    // Kiné at 20 €: whatever the Sécu pays of its BR, the mutuelle pays 0 € and the reste is 20 € less the Sécu.
    const [secu, mutuelle, reste] = amounts(['auxiliaires medicaux RO'], ['auxiliaires medicaux prix 20 €'])[0]!
      .split(' · ')
      .map((a) => Number(a.replace(/[^0-9,]/g, '').replace(',', '.')));
    assert.equal(mutuelle, 0);
    assert.equal(Math.round((secu! + reste!) * 100), 2000);
    assert.equal(read('consultation generaliste RO + 50 % BR').read, 'all: 50 % BR en_sus');
    // Generalist at 50 €, secteur 2 OPTAM: Sécu 21 − 2 = 19 €; mutuelle 50 % × 30 = 15 € on top; reste 50 − 19 − 15 = 16 €.
    assert.deepEqual(amounts(['consultation generaliste RO + 50 % BR'], ['consultation generaliste secteur 2 optam prix 50 €']), [
      '19,00 € · 15,00 € · 16,00 €',
    ]);
  });
});

describe('printed notations: bare percentages', () => {
  it('« 150% » in a grid whose header says « pourcentages BR »: 150 % BR, no finding but the number style hint', () => {
    assert.deepEqual(read('consultation specialiste 150%', `${HEADER} pourcentages BR`), {
      read: 'all: 150 % BR ro_inclus',
      findings: ['3:28 GR501 Écriture française attendue : une espace avant « % ».'],
    });
  });

  it('the section may say it (« poste "Hospitalisation" pourcentages FR »), and wins over the header', () => {
    const text = [`${HEADER} pourcentages BR`, 'poste "Hospitalisation" pourcentages FR', '  frais de sejour 100 %', ''].join('\n');
    const analysis = analyze(text);
    assert.deepEqual(renderDiagnostics(analysis), []);
    assert.equal(column(analysis.model.lines[0]!.columns.all!), '100 % FR');
  });

  it('without a header or a section that says it: one warning that asks, read as « % BR », with the fix that writes it', () => {
    const analysis = analyze(grid(['consultation specialiste 150 %']));
    assert.deepEqual(renderDiagnostics(analysis), [
      "3:28 GR134 « 150 % » ne dit pas de quoi : il est lu « 150 % BR », l'usage du marché. Dites-le dans l'en-tête ou sur le poste (« pourcentages BR »), ou écrivez « 150 % BR ».",
    ]);
    assert.equal(column(analysis.model.lines[0]!.columns.all!), '150 % BR ro_inclus');
    assert.deepEqual(
      analysis.diagnostics[0]!.fixes!.map((f) => [f.title, f.edits.map((e) => e.newText)]),
      [['Écrire « 150 % BR »', [' BR']]],
    );
  });

  it('on an act without a BR a bare percentage is of the price: « forfait journalier 100 % » is 100 % FR, nothing to ask', () => {
    assert.deepEqual(read('forfait journalier 100 %'), { read: 'all: 100 % FR', findings: [] });
  });

  it('« 100% + 500€ »: the TM plus 500 € (read as 100 % BR + 500 €)', () => {
    assert.deepEqual(read('aide auditive classe ii 100% + 500€', `${HEADER} pourcentages BR`), {
      read: 'all: 100 % BR ro_inclus + 500 €',
      findings: ['3:27 GR501 Écriture française attendue : une espace avant « % ».', '3:34 GR501 Écriture française attendue : une espace avant « € ».'],
    });
    // Hearing aid at 1 500 €: Sécu 240 €; mutuelle = TM (400 − 240 = 160 €) + 500 € = 660 €; reste 1 500 − 240 − 660 = 600 €.
    assert.deepEqual(amounts(['aide auditive classe ii 100% + 500€'], ['aide auditive classe ii prix 1 500 €'], `${HEADER} pourcentages BR`), [
      '240,00 € · 660,00 € · 600,00 €',
    ]);
  });

  it('beside a term of the BR a bare percentage is of the BR: « TM + 50 % », « 100 % BR + 50 % », nothing to ask', () => {
    assert.deepEqual(read('consultation specialiste TM + 50 %'), { read: 'all: TM + 50 % BR après TM', findings: [] });
    assert.deepEqual(read('consultation specialiste 100 % BR + 50 %'), { read: 'all: 100 % BR ro_inclus + 50 % BR après TM', findings: [] });
  });

  it('a bare percentage before a basis, a limit or a column: « 150 % - MR », « 150 % dans la limite de 100 € »', () => {
    assert.equal(read('consultation specialiste 150 % - MR', `${HEADER} pourcentages BR`).read, 'all: 150 % BR ro_inclus');
    assert.equal(
      read('consultation specialiste dptam 150 % non_dptam 130 %', `${HEADER} pourcentages BR`).read,
      'dptam: 150 % BR ro_inclus | non_dptam: 130 % BR ro_inclus',
    );
    assert.equal(read('consultation specialiste 150 % dans la limite de 100 €', `${HEADER} pourcentages BR`).read, 'all: 150 % BR ro_inclus, plafond 100 €');
    // A `/` between two sector columns, as grids print them.
    assert.deepEqual(read('consultation specialiste DPTAM : 150 % BR / non DPTAM : 130 % BR'), {
      read: 'dptam: 150 % BR ro_inclus | non_dptam: 130 % BR ro_inclus',
      findings: [],
    });
  });
});

describe('printed notations: amounts, units and scopes', () => {
  it('« 60 Euros - MR / dent »: 60 € per tooth, Sécu included, the basis before the unit', () => {
    // Outside the nomenclature the Sécu pays nothing: « - MR » changes nothing, and GR122 says so.
    assert.deepEqual(read('parodontologie hors_nomenclature 60 Euros - MR / dent'), {
      read: 'all: 60 € par dent Sécu incluse',
      findings: [
        '3:45 GR122 « Parodontologie » est hors nomenclature : la Sécu ne rembourse rien, « - MR » ne change rien, la mutuelle paie le montant écrit.',
      ],
    });
    // Outside the nomenclature the Sécu pays nothing: 2 teeth at 80 € → mutuelle min(80, 60) − 0 = 60 € each, 120 €; reste 40 €.
    assert.deepEqual(amounts(['parodontologie hors_nomenclature 60 Euros - MR / dent'], ['parodontologie prix 80 € quantite 2']), [
      '0,00 € · 120,00 € · 40,00 €',
    ]);
    // Tarif-libre crown at 800 € under « 400 Euros - MR / dent »: Sécu 72 €; mutuelle min(800, 400) − 72 = 328 €; reste 400 €.
    assert.deepEqual(amounts(['couronne tarif libre 400 Euros - MR / dent'], ['couronne tarif libre prix 800 €']), ['72,00 € · 328,00 € · 400,00 €']);
  });

  it('« 1600 Euros - MR par oreille »: 1 600 € per ear with the Sécu', () => {
    assert.deepEqual(read('aide auditive classe ii 1600 Euros - MR par oreille'), {
      read: 'all: 1600 € par oreille Sécu incluse',
      findings: ['3:27 GR501 Écriture française attendue : « 1 600 ».'],
    });
    // Hearing aid at 1 800 €: Sécu 240 €; mutuelle min(1 800, 1 600) − 240 = 1 360 €; reste 200 €.
    assert.deepEqual(amounts(['aide auditive classe ii 1600 Euros - MR par oreille'], ['aide auditive classe ii prix 1 800 €']), [
      '240,00 € · 1 360,00 € · 200,00 €',
    ]);
  });

  it('« / an / bénéficiaire », « par bénéficiaire et par an »: a yearly allowance per beneficiary', () => {
    assert.deepEqual(read('osteopathie 150 € / an / bénéficiaire'), { read: 'all: 150 € par an', findings: [] });
    assert.deepEqual(read('osteopathie 150 € par bénéficiaire et par an'), { read: 'all: 150 € par an', findings: [] });
    assert.deepEqual(read('osteopathie 150 € / bénéficiaire / an'), { read: 'all: 150 € par an', findings: [] });
    // Three sessions at 60 €: 60 + 60 + 30 € from the 150 € allowance; reste 180 − 150 = 30 €.
    assert.deepEqual(amounts(['osteopathie 150 € / an / bénéficiaire'], ['osteopathie prix 60 € fois 3']), ['0,00 € · 150,00 € · 30,00 €']);
  });

  it('« / an / Famille », « par foyer »: the family scope (counted for the household: test/engine/allowances.test.ts)', () => {
    assert.deepEqual(read('osteopathie 150 € / an / Famille'), { read: 'all: 150 € par an, par famille', findings: [] });
    assert.equal(read('osteopathie 150 € par an et par foyer').read, 'all: 150 € par an, par famille');
  });

  it('allowances over several years: « par période de 2 années civiles », « de 24 mois », on a forfait, a count, a cap', () => {
    assert.deepEqual(read('acupuncture 150 € par période de 2 années civiles'), { read: 'all: 150 € par an, forfait sur 2 ans', findings: [] });
    assert.deepEqual(read('osteopathie 40 € par seance, 2 seances par période de 24 mois'), {
      read: 'all: 40 € par seance, 2 seance par période de 2 ans',
      findings: [],
    });
    assert.deepEqual(read('osteopathie 40 € par seance, dans la limite de 300 € par période de 2 ans'), {
      read: 'all: 40 € par seance, plafond 300 € par période de 2 ans',
      findings: [],
    });
  });

  it('pools: « commun "…" », « forfait commun "…" », « tous praticiens confondus », « toutes disciplines confondues »', () => {
    assert.equal(read('osteopathie 40 € par seance, commun "douces"').read, 'all: 40 € par seance, commun « douces »');
    assert.equal(read('osteopathie 150 € par an, forfait commun "douces"').read, 'all: 150 € par an, commun « douces »');
    assert.equal(read('osteopathie 150 € par an (tous praticiens confondus)').read, 'all: 150 € par an, commun « Garanties »');
    assert.equal(read('osteopathie 150 € par an, toutes disciplines confondues').read, 'all: 150 € par an, commun « Garanties »');
  });

  it('ranks: « à compter du 2e intermédiaire », « à partir de la 3ème séance », « dès la 2nde séance »', () => {
    assert.equal(read('intermediaire bridge 100 € par inter, à compter du 2e intermédiaire').read, 'all: 100 € par inter, à partir du rang 2 (inter)');
    assert.equal(read('psychologue hors_nomenclature 50 € par seance, à partir de la 3ème séance').read, 'all: 50 € par seance, à partir du rang 3 (seance)');
    assert.equal(read('psychologue hors_nomenclature 50 € par seance, dès la 2nde séance').read, 'all: 50 € par seance, à partir du rang 2 (seance)');
  });

  it('seniority: « 1re année : … / 2e année : … / à partir de la 3e année : … », « dès la 2e année et suivantes »', () => {
    assert.deepEqual(
      read('orthodontie non remboursee hors_nomenclature 1re année : 200 € par an / 2e année : 300 € par an / à partir de la 3e année : 400 € par an'),
      { read: 'all: 200 € par an [1+ : 200 € par an ; 2+ : 300 € par an ; 3+ : 400 € par an]', findings: [] },
    );
    assert.equal(
      read("orthodontie non remboursee hors_nomenclature 1ère année d'adhésion : 100 €, dès la 2e année et suivantes : 150 €").read,
      'all: 100 € [1+ : 100 € ; 2+ : 150 €]',
    );
  });

  it('« dans la limite des frais réels », « limité aux frais réels »: the expense bounds every payment, written for readability', () => {
    for (const written of ['dans la limite des frais réels', 'limité aux frais réels', 'dans la limite des FR', 'dans la limite de la dépense engagée']) {
      assert.deepEqual(read(`consultation specialiste 150 % BR ${written}`), { read: 'all: 150 % BR ro_inclus', findings: [] }, written);
    }
  });

  it('« 200 % BR / semestre », « 150 % BR - MR par acte »: the unit a percentage is paid per, as printed', () => {
    assert.deepEqual(read('orthodontie 200 % BR / semestre'), { read: 'all: 200 % BR ro_inclus', findings: [] });
    assert.deepEqual(read('consultation specialiste 150 % BR - MR par acte'), { read: 'all: 150 % BR ro_inclus', findings: [] });
  });

  it('« par année civile », « 3 par an maxi. », « sans limitation de durée »', () => {
    assert.deepEqual(read('osteopathie 150 € par année civile'), { read: 'all: 150 € par an', findings: [] });
    assert.deepEqual(read('osteopathie 40 € par séance, 3 par an maxi.'), {
      read: 'all: 40 € par seance, 3 par an',
      findings: [hint('3 par an maxi.', '3 par an', '3:32')],
    });
    assert.equal(read('osteopathie 40 € par séance, 3 séances par an au maximum').read, 'all: 40 € par seance, 3 seance par an');
    assert.equal(read('osteopathie 40 € par séance, maxi 3 par an').read, 'all: 40 € par seance, 3 par an');
    assert.deepEqual(read('forfait journalier 100 % FR sans limitation de durée'), { read: 'all: 100 % FR', findings: [] });
    assert.deepEqual(read('forfait journalier 100 % FR illimité'), { read: 'all: 100 % FR', findings: [] });
  });

  it('units couronne, pilier, inter, implant, lentille, monture, verre, after « par », « / » and a count', () => {
    const units = ['couronne', 'pilier', 'inter', 'implant', 'lentille', 'monture', 'verre'];
    for (const unit of units) {
      assert.deepEqual(read(`implant dentaire hors_nomenclature 300 € par ${unit}`), { read: `all: 300 € par ${unit}`, findings: [] }, unit);
      assert.equal(read(`implant dentaire hors_nomenclature 300 € / ${unit}s, 2 ${unit}s par an`).read, `all: 300 € par ${unit}, 2 ${unit} par an`, unit);
    }
    assert.equal(read('bridge pilier 200 € par intermédiaire').read, 'all: 200 € par inter');
  });

  it('doubled separators: « / / jour », « , , » are read as one', () => {
    assert.deepEqual(read('chambre particuliere 50 € / / jour'), { read: 'all: 50 € par jour', findings: [hint('/ /', '/', '3:29')] });
    assert.deepEqual(read('osteopathie 40 € par séance, , 3 séances par an'), {
      read: 'all: 40 € par seance, 3 seance par an',
      findings: [hint(', ,', ',', '3:30')],
    });
    // Two days at 70 €: 50 € a day, 100 €; reste 40 €.
    assert.deepEqual(amounts(['chambre particuliere 50 € / / jour'], ['chambre particuliere prix 70 € jours 2']), ['0,00 € · 100,00 € · 40,00 €']);
  });
});

describe('printed notations: footnote marks and the notes they refer to', () => {
  const TEXT = dedent(`
    ${HEADER}
    poste "Hospitalisation" (1)
      chambre particuliere (5)  50 € / jour *
      * frais de sejour         100 % FR limité à 300 % BR (**)
      forfait journalier¹       100 % FR ⁽²⁾
    exemple "Chambre"
      acte chambre particuliere prix 70 € jours 2 (3)
    note (5) "Dans la limite de 30 jours par an"
    note * En chambre individuelle seulement
    # (**) Secteur conventionné
    # ¹ Sans limitation de durée
  `);

  it('marks after a label, a cell, a section name or an example step are never an error and change nothing', () => {
    const analysis = analyze(TEXT);
    assert.deepEqual(renderDiagnostics(analysis), []);
    assert.deepEqual(
      analysis.model.lines.map((l) => `${l.node.act.text}: ${column(l.columns.all!)}`),
      ['chambre particuliere: 50 € par jour', 'frais de sejour: 100 % FR limité à 300 % BR', 'forfait journalier: 100 % FR'],
    );
    assert.deepEqual(
      analysis.document.tokens.filter((t) => t.kind === 'mark').map((t) => `${t.text}=${t.value}`),
      // The last two are the marks of the `note` lines.
      ['(1)=1', '(5)=5', '*=*', '*=*', '(**)=**', '¹=1', '⁽²⁾=2', '(3)=3', '(5)=5', '*=*'],
    );
    assert.deepEqual(
      analysis.examples[0]!.events.map((e) => e.total && euros(e.total.mutuelle)),
      ['100,00 €'],
    );
  });

  it('the notes are read from « note » lines and from comments that start with a mark', () => {
    const document = parse(TEXT);
    assert.deepEqual(
      document.notes.map((n) => `${n.key}${n.comment ? ' (commentaire)' : ''}: ${n.text}`),
      [
        '5: Dans la limite de 30 jours par an',
        '*: En chambre individuelle seulement',
        '** (commentaire): Secteur conventionné',
        '1 (commentaire): Sans limitation de durée',
      ],
    );
  });

  it('a mark stays in its line or cell range, so the formatter keeps it', () => {
    const document = parse(TEXT);
    const section = document.items.find((i) => i.kind === 'section');
    assert.ok(section?.kind === 'section');
    assert.deepEqual(
      section.lines.map((l) => TEXT.slice(l.range.start, l.range.end)),
      ['chambre particuliere (5)  50 € / jour *', '* frais de sejour         100 % FR limité à 300 % BR (**)', 'forfait journalier¹       100 % FR ⁽²⁾'],
    );
  });
});

describe('printed notations inside cells (formulas side by side)', () => {
  const RANGE = dedent(`
    contrat "Gamme" millesime 2026 base ro_inclus pourcentages BR
    formule "Socle" non_responsable
    formule "Confort" non_responsable
    formule "Prestige" non_responsable
    poste "Soins courants"
      consultation specialiste | 100 % B.R. (1) | 150% - MR | 100 % FR - MR |
      osteopathie hors_nomenclature | - | 40 € / séance, 3 par an maxi. | RO + 60 € / / séance
  `);

  it('every notation stops at « | »', () => {
    const analysis = analyze(RANGE);
    assert.deepEqual(
      analysis.diagnostics.filter((d) => d.severity !== 'hint').map((d) => d.code),
      [],
    );
    const rows = analysis.model.lines.map((l) => [l, ...(l.formulaLines ?? [])].map((f) => (f.columns.all ? column(f.columns.all) : '-')).join(' | '));
    assert.deepEqual(rows, [
      '100 % BR ro_inclus | 150 % BR ro_inclus | 100 % FR',
      // The printed dash: this formula does not cover the act.
      'non couvert | 40 € par seance, 3 par an | 60 € par seance',
    ]);
  });
});

describe('printed notations: what cannot be read', () => {
  it('an unreadable cell keeps its text, gets one finding at its position with the closest reading, and the rest of the row is computed', () => {
    const text = dedent(`
      contrat "Gamme" millesime 2026 base ro_inclus
      formule "Socle" non_responsable
      formule "Confort" non_responsable
      formule "Prestige" non_responsable
      poste "Soins courants"
        consultation specialiste | 100 % BR | 150 % BX | 200 % BR
      exemple "Socle" formule "Socle"
        acte consultation specialiste secteur 2 optam prix 60 €
      exemple "Prestige" formule "Prestige"
        acte consultation specialiste secteur 2 optam prix 60 €
    `);
    const analysis = analyze(text);
    assert.deepEqual(renderDiagnostics(analysis), ['6:47 GR010 Unité inconnue « BX » après « % » (vouliez-vous dire « BR » ?).']);
    const cells = analysis.document.items.flatMap((i) => (i.kind === 'section' ? i.lines[0]!.variants[0]!.cells! : []));
    assert.deepEqual(
      cells.map((c) => text.slice(c.range.start, c.range.end)),
      ['100 % BR', '150 % BX', '200 % BR'],
    );
    // Socle: 100 % BR of 31,50 € is the TM, 31,50 − 22,05 = 9,45 €. Prestige: min(60, 63) − 22,05 = 37,95 €.
    assert.deepEqual(
      analysis.examples.map((e) => e.events.map((ev) => ev.total && euros(ev.total.mutuelle)).join()),
      ['9,45 €', '37,95 €'],
    );
  });

  it('a line with an unreadable coverage keeps the next sector column', () => {
    const { findings, read: columns } = read('consultation specialiste dptam 150 % BX non_dptam 130 % BR');
    assert.deepEqual(findings, ['3:40 GR010 Unité inconnue « BX » après « % » (vouliez-vous dire « BR » ?).']);
    assert.equal(columns, 'non_dptam: 130 % BR ro_inclus');
  });

  it('the parser never throws on printed token soup, and the incremental parse gives the same tree', () => {
    const alphabet = fc.constantFrom(
      ...'poste note consultation generaliste | 100 % FR - MR RO B.R. R.O. + 500 € Euros / / an bénéficiaire Famille par année civile 3 maxi. sans limitation de durée (5) * ** ¹ ⁽² couronne pilier inter forfait annuel de PLV HLF TM pourcentages . ,'.split(
        ' ',
      ),
      '\n  ',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }), (parts) => {
        const text = `${HEADER}\n${parts.join(' ')}`;
        const document = parse(text);
        assert.equal(JSON.stringify(document), JSON.stringify(parseWhole(text)));
        analyze(text);
      }),
      { numRuns: 500, seed: 15 },
    );
  });

  it('the parser never throws on printed debris', () => {
    for (const line of ['100 % FR - ', 'RO +', '(5', '**)', 'B.R', '150 % de', '/ / /', 'note', 'note (', '¹²³', '100 % PLV en sus', 'forfait annuel de']) {
      assert.doesNotThrow(() => analyze(grid([`consultation generaliste ${line}`, line])), line);
    }
  });
});
