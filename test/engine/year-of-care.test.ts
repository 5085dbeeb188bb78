/**
 * A year of care: annual forfaits, séance counts, day limits and caps are consumed in order, so
 * the 5th osteopathy session gets what is left, not a fresh forfait.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import Decimal from 'decimal.js';
import { analyze } from '../../server/src/core/analyze';
import { defaultCatalogue } from '../../server/src/core/catalogue/index';
import { simulate } from '../../server/src/core/engine/simulate';
import type { CareCase } from '../../server/src/core/model/grid-model';
import { euros, gridWith } from '../helpers';

function care(actName: string, date: string, price: string, extra: Partial<CareCase> = {}): CareCase {
  const act = defaultCatalogue.find(actName.split(' '))!;
  return {
    act,
    sector: 'secteur1',
    unitPrice: new Decimal(price),
    br: null,
    date,
    quantity: 1,
    age: 40,
    flags: new Set(),
    adhesionDate: null,
    option: null,
    beneficiary: 'Léa',
    ...extra,
  };
}

const SIX_SESSIONS = ['2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15', '2026-05-15', '2026-06-15'].map((d) => care('osteopathie', d, '60'));

function paidPerSession(line: string, cases: CareCase[] = SIX_SESSIONS): string {
  const { model } = analyze(gridWith({ lines: [line], acts: [] }));
  return simulate(model, cases)
    .map((r) => euros(r.amc))
    .join(' | ');
}

describe('six osteopathy sessions at 60 € over one year', () => {
  it('« 40 € par séance, 4 séances par an » pays 40 € four times, then nothing', () => {
    assert.equal(paidPerSession('osteopathie 40 € par seance, 4 seances par an'), '40,00 € | 40,00 € | 40,00 € | 40,00 € | 0,00 € | 0,00 €');
  });

  it('« 250 € par an » pays 60 € four times, the 10 € left on the 5th, then nothing', () => {
    assert.equal(paidPerSession('osteopathie 250 € par an'), '60,00 € | 60,00 € | 60,00 € | 60,00 € | 10,00 € | 0,00 €');
  });

  it('« 40 € par séance dans la limite de 150 € par an » stops at the cap', () => {
    assert.equal(paidPerSession('osteopathie 40 € par seance, dans la limite de 150 € par an'), '40,00 € | 40,00 € | 40,00 € | 30,00 € | 0,00 € | 0,00 €');
  });

  it('a new calendar year gives a fresh allowance', () => {
    const cases = [care('osteopathie', '2026-11-02', '60'), care('osteopathie', '2026-12-01', '60'), care('osteopathie', '2027-01-05', '60')];
    assert.equal(paidPerSession('osteopathie 100 € par an', cases), '60,00 € | 40,00 € | 60,00 €');
  });

  it('with « annee adhesion », the allowance renews on the membership anniversary', () => {
    const header = 'contrat "Test" millesime 2026 responsable base ro_inclus annee adhesion';
    const { model } = analyze(gridWith({ header, lines: ['osteopathie 100 € par an'], acts: [] }));
    const adhesion = { adhesionDate: '2026-03-01' };
    const cases = [
      care('osteopathie', '2026-12-01', '60', adhesion),
      care('osteopathie', '2027-01-05', '60', adhesion),
      care('osteopathie', '2027-03-01', '60', adhesion),
    ];
    assert.equal(
      simulate(model, cases)
        .map((r) => euros(r.amc))
        .join(' | '),
      '60,00 € | 40,00 € | 60,00 €',
    );
  });

  it('each beneficiary has their own counters', () => {
    const cases = [
      care('osteopathie', '2026-01-15', '60'),
      care('osteopathie', '2026-01-16', '60', { beneficiary: 'Paul' }),
      care('osteopathie', '2026-02-15', '60'),
    ];
    assert.equal(paidPerSession('osteopathie 40 € par seance, 1 seance par an', cases), '40,00 € | 40,00 € | 0,00 €');
  });

  it('the same year of care written as an example in the grid', () => {
    const header = 'contrat "Test" millesime 2026 non_responsable';
    const text =
      gridWith({ header, lines: ['osteopathie 250 € par an'], acts: ['osteopathie prix 60 € fois 6 date 2026-01-15'] }) +
      '  attendu secu 0 € mutuelle 250 € reste 110 €\n';
    const analysis = analyze(text);
    assert.deepEqual(analysis.diagnostics, []);
    assert.equal(analysis.examples[0]!.events[0]!.results.map((r) => euros(r.amc)).join(' | '), '60,00 € | 60,00 € | 60,00 € | 60,00 € | 10,00 € | 0,00 €');
  });
});

describe('day limits, renewals and PF caps over a year', () => {
  it('« 2 % PMSS par jour, 60 jours par an »: a 50-day stay then a 20-day stay', () => {
    const { model } = analyze(gridWith({ lines: ['chambre particuliere 2 % PMSS par jour, 60 jours par an'], acts: [] }));
    const stays = [care('chambre particuliere', '2026-02-01', '100', { quantity: 50 }), care('chambre particuliere', '2026-09-01', '100', { quantity: 20 })];
    assert.equal(
      simulate(model, stays)
        .map((r) => euros(r.amc))
        .join(' | '),
      '4 005,00 € | 801,00 €',
    );
  });

  it('« 1 équipement tous les 2 ans »: a second pair a year later gets nothing, two years later it does', () => {
    const { model } = analyze(gridWith({ lines: ['optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 2 ans'], acts: [] }));
    const pairs = [
      care('optique classe b verres simples', '2026-01-10', '250'),
      care('optique classe b verres simples', '2027-01-10', '250'),
      care('optique classe b verres simples', '2028-01-10', '250'),
    ];
    assert.equal(
      simulate(model, pairs)
        .map((r) => euros(r.amc))
        .join(' | '),
      '150,06 € | 0,00 € | 150,06 €',
    );
  });

  it('the participation forfaitaire stops at 50 € a year and is never paid by the mutuelle', () => {
    const { model } = analyze(gridWith({ lines: ['consultation generaliste 100 % BR'], acts: [] }));
    const visits: CareCase[] = [];
    for (let i = 0; i < 27; i++) {
      const day = new Date(Date.UTC(2026, 0, 1 + i * 7)).toISOString().slice(0, 10);
      visits.push(care('consultation generaliste', day, '30'));
    }
    const results = simulate(model, visits);
    const pf = results.reduce((sum, r) => sum.plus(r.participation), new Decimal(0));
    assert.equal(euros(pf), '50,00 €');
    assert.equal(euros(results[24]!.participation), '2,00 €');
    assert.equal(euros(results[25]!.participation), '0,00 €');
    assert.ok(results.every((r) => r.amc.equals(9)));
  });

  // CSS D160-8: four participations a day with the same professional, so 4 × 2 € = 8 € a day since
  // 15/05/2024 (pf.plafond_journalier); the fifth consultation of the day withholds nothing.
  it('the PF daily cap: five consultations the same day withhold four participations of 2 €, 8 € at most per day', () => {
    const { model } = analyze(gridWith({ lines: ['consultation generaliste 100 % BR'], acts: [] }));
    const sameDay = [1, 2, 3, 4, 5].map(() => care('consultation generaliste', '2026-03-02', '30'));
    assert.equal(
      simulate(model, sameDay)
        .map((r) => euros(r.participation))
        .join(' | '),
      '2,00 € | 2,00 € | 2,00 € | 2,00 € | 0,00 €',
    );
  });
});

describe('a year of care under a socle and an option', () => {
  function paidWithOption(socle: string, mode: 'inclut_socle' | 'en_sus_du_socle', option: string): string {
    const text = [
      'contrat "Test" millesime 2026 responsable base ro_inclus',
      'poste "Socle"',
      `  ${socle}`,
      `option "Renfort" ${mode}`,
      `  ${option}`,
      '',
    ].join('\n');
    const { model } = analyze(text);
    const cases = SIX_SESSIONS.map((c) => ({ ...c, option: 'Renfort' }));
    const results = simulate(model, cases);
    const total = results.reduce((sum, r) => sum.plus(r.amc), new Decimal(0));
    return `${results.map((r) => `${euros(r.amcSocle)}+${euros(r.amcOption)}`).join(' | ')} = ${euros(total)}`;
  }

  it('« 200 € par an » inclut_socle over a socle of 100 € par an pays 200 € in all, not 300 €', () => {
    assert.equal(
      paidWithOption('osteopathie 100 € par an', 'inclut_socle', 'osteopathie 200 € par an'),
      '60,00 €+0,00 € | 40,00 €+20,00 € | 0,00 €+60,00 € | 0,00 €+20,00 € | 0,00 €+0,00 € | 0,00 €+0,00 € = 200,00 €',
    );
  });

  it('« 60 € par séance dans la limite de 150 € par an » inclut_socle over a socle of 40 € / 100 € pays 150 € in all', () => {
    assert.equal(
      paidWithOption(
        'osteopathie 40 € par seance, dans la limite de 100 € par an',
        'inclut_socle',
        'osteopathie 60 € par seance, dans la limite de 150 € par an',
      ),
      '40,00 €+20,00 € | 40,00 €+20,00 € | 20,00 €+10,00 € | 0,00 €+0,00 € | 0,00 €+0,00 € | 0,00 €+0,00 € = 150,00 €',
    );
  });

  it('an inclut_socle option less generous than the socle adds nothing', () => {
    assert.equal(
      paidWithOption('osteopathie 100 € par an', 'inclut_socle', 'osteopathie 80 € par an'),
      '60,00 €+0,00 € | 40,00 €+0,00 € | 0,00 €+0,00 € | 0,00 €+0,00 € | 0,00 €+0,00 € | 0,00 €+0,00 € = 100,00 €',
    );
  });

  it('« 200 € par an » en_sus_du_socle adds its own 200 € to the 100 € of the socle', () => {
    assert.equal(
      paidWithOption('osteopathie 100 € par an', 'en_sus_du_socle', 'osteopathie 200 € par an'),
      '60,00 €+0,00 € | 40,00 €+20,00 € | 0,00 €+60,00 € | 0,00 €+60,00 € | 0,00 €+60,00 € | 0,00 €+0,00 € = 300,00 €',
    );
  });

  it('« 20 € par séance dans la limite de 50 € par an » en_sus_du_socle counts only its own payments', () => {
    assert.equal(
      paidWithOption(
        'osteopathie 40 € par seance, dans la limite de 100 € par an',
        'en_sus_du_socle',
        'osteopathie 20 € par seance, dans la limite de 50 € par an',
      ),
      '40,00 €+20,00 € | 40,00 €+20,00 € | 20,00 €+10,00 € | 0,00 €+0,00 € | 0,00 €+0,00 € | 0,00 €+0,00 € = 150,00 €',
    );
  });
});

describe('acts written out of date order', () => {
  it('the date that goes backwards gets a warning (GR130); another beneficiary has their own order', () => {
    const text = gridWith({
      lines: ['osteopathie 40 € par seance, 2 seances par an'],
      acts: [
        'osteopathie prix 60 € date 2026-05-01',
        'osteopathie prix 60 € date 2026-06-01 beneficiaire "Paul"',
        'osteopathie prix 60 € date 2026-02-01',
        'osteopathie prix 60 € date 2026-07-01',
      ],
    });
    const analysis = analyze(text);
    assert.deepEqual(
      analysis.diagnostics
        .filter((d) => d.code === 'GR130')
        .map((d) => `${analysis.lineIndex.positionAt(d.range.start).line + 1} ${d.severity} ${d.messageEn}`),
      [
        '7 warning Care on 2026-02-01 written after care on 2026-05-01: write the acts in date order; annual limits and renewals are counted in the order written.',
      ],
    );
  });

  it('acts in date order raise nothing', () => {
    const analysis = analyze(
      gridWith({
        lines: ['osteopathie 40 € par seance'],
        acts: ['osteopathie prix 60 € date 2026-02-01', 'osteopathie prix 60 € date 2026-02-01', 'osteopathie prix 60 € date 2026-03-01'],
      }),
    );
    assert.deepEqual(
      analysis.diagnostics.filter((d) => d.code === 'GR130'),
      [],
    );
  });
});
