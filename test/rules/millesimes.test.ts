/**
 * Grids of other millésimes (issue 15, item 7): the contrat responsable rules apply by date, each
 * obligation from its entry into force (rules/families/obligation-dates.ts).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { ParameterSet } from '../../server/src/core/params/lookup';
import { PARAMETERS } from '../../server/src/core/params/parameters';
import { OBLIGATIONS } from '../../server/src/core/rules/families/obligation-dates';
import { codesByLine, dedent } from '../helpers';

const codes = (text: string, options: Parameters<typeof analyze>[1] = {}) => analyze(text, options).diagnostics.map((d) => d.code);

/**
 * Every parameter defined from 2000 on with its first value: the rules can then be judged at any
 * date after it without a parameter missing (what the dated rules decide, not the data).
 */
const SINCE_2000 = new ParameterSet(
  PARAMETERS.map((d) => {
    const periods = [...d.periods].sort((a, b) => a.start.localeCompare(b.start));
    return { ...d, periods: periods.map((p, i) => (i === 0 ? { ...p, start: '2000-01-01' } : p)) };
  }),
);

describe('the contrat responsable rules apply by date', () => {
  const noBaskets = (header: string) =>
    dedent(`
      ${header}
      poste "Hospitalisation"
        forfait journalier 100 % FR
      poste "Soins courants"
        consultation generaliste 100 % BR
    `);
  const gr214 = (text: string) =>
    analyze(text)
      .diagnostics.filter((d) => d.code === 'GR214')
      .map((d) => d.message);

  it('GR214: none before 2020, the optical and dental baskets in 2020, the hearing one from 2021', () => {
    assert.deepEqual(gr214(noBaskets('contrat "Ancien" millesime 2012 responsable base ro_inclus')), []);
    assert.deepEqual(gr214(noBaskets('contrat "Ancien" effet 2019-12-31 responsable base ro_inclus')), []);
    assert.deepEqual(gr214(noBaskets('contrat "Réforme" millesime 2020 responsable base ro_inclus')), [
      'Contrat responsable : pas de ligne pour le panier 100 % Santé « optique classe A », « prothèses dentaires 100 % Santé ».',
    ]);
    assert.deepEqual(gr214(noBaskets('contrat "Réforme" effet 2020-12-31 responsable base ro_inclus')), [
      'Contrat responsable : pas de ligne pour le panier 100 % Santé « optique classe A », « prothèses dentaires 100 % Santé ».',
    ]);
    assert.deepEqual(gr214(noBaskets('contrat "Complet" millesime 2021 responsable base ro_inclus')), [
      'Contrat responsable : pas de ligne pour le panier 100 % Santé « optique classe A », « prothèses dentaires 100 % Santé », « aides auditives classe I ».',
    ]);
  });

  it('GR214: a removable denture stands for the dental basket from 2021 only', () => {
    const grid = (year: string) =>
      dedent(`
        contrat "Dentier" millesime ${year} responsable base ro_inclus
        poste "Hospitalisation"
          forfait journalier 100 % FR
        poste "Dentaire"
          prothese amovible 100 sante 100 % Santé
        poste "Optique"
          optique classe a 100 % Santé, 1 equipement tous les 2 ans
        poste "Aides auditives"
          aide auditive classe i 100 % Santé, 1 equipement tous les 4 ans
      `);
    assert.deepEqual(gr214(grid('2020')), ['Contrat responsable : pas de ligne pour le panier 100 % Santé « prothèses dentaires 100 % Santé ».']);
    assert.deepEqual(gr214(grid('2021')), []);
  });

  it('GR213: a basket is covered up to its HLF from its date (crowns 2020, removable dentures 2021)', () => {
    const grid = (year: string) =>
      dedent(`
        contrat "Dentaire" millesime ${year} responsable base ro_inclus
        poste "Dentaire"
          couronne 100 sante 300 % BR
          prothese amovible 100 sante 300 % BR
      `);
    const lines = (year: string) =>
      codesByLine(analyze(grid(year), { params: SINCE_2000 }))
        .filter((c) => c.endsWith('GR213'))
        .map((c) => c.split(' ')[0]);
    assert.deepEqual(lines('2019'), []);
    assert.deepEqual(lines('2020'), ['3']);
    assert.deepEqual(lines('2021'), ['3', '4']);
  });

  it('GR211, GR212 and the hearing-aid renewal (GR210) from 2021', () => {
    const grid = (year: string) =>
      dedent(`
        contrat "Audio" millesime ${year} responsable base ro_inclus
        poste "Aides auditives"
          aide auditive classe i 100 % BR
          aide auditive classe ii 100 % BR + 1 500 € par oreille
      `);
    const found = (year: string) => [...new Set(codes(grid(year), { params: SINCE_2000 }).filter((c) => /GR21[012]/.test(c)))].sort();
    assert.deepEqual(found('2020'), []);
    assert.deepEqual(found('2021'), ['GR210', 'GR211', 'GR212']);
  });

  it('the 2014 specification from 2015-04-01: full TM, overbilling caps, forfait journalier, optics', () => {
    const grid = (header: string) =>
      dedent(`
        ${header}
        poste "Soins courants"
          consultation specialiste dptam 150 % BR non_dptam 140 % BR
          actes techniques dptam 200 % BR
          biologie 90 % BR
        poste "Optique"
          optique classe b verres simples 100 % BR + 500 € par equipement
          monture classe b 150 € par equipement, 1 equipement tous les 2 ans
      `);
    const found = (header: string) => [...new Set(codes(grid(header), { params: SINCE_2000 }).filter((c) => /GR20\d|GR21\d/.test(c)))].sort();
    assert.deepEqual(found('contrat "Ancien" effet 2015-03-31 responsable base ro_inclus'), []);
    assert.deepEqual(found('contrat "Ancien" effet 2015-04-01 responsable base ro_inclus'), ['GR201', 'GR202', 'GR203', 'GR206', 'GR208', 'GR209', 'GR210']);
  });

  it('the collective minimum (GR215) from 2016, the PF and hors-parcours exclusions (GR204, GR205) from 2006', () => {
    const collective = (year: string) =>
      dedent(`
        contrat "Entreprise" millesime ${year} non_responsable base ro_inclus type collectif
        poste "Dentaire"
          couronne tarifs libres 100 % BR
      `);
    assert.ok(!codes(collective('2015'), { params: SINCE_2000 }).includes('GR215'));
    assert.ok(codes(collective('2016'), { params: SINCE_2000 }).includes('GR215'));
    const exclusions = (year: string) =>
      dedent(`
        contrat "Ancien" millesime ${year} responsable base ro_inclus
        poste "Soins courants"
          participation forfaitaire 100 % FR
          majoration hors parcours 100 % FR
      `);
    assert.deepEqual(
      codes(exclusions('2005'), { params: SINCE_2000 }).filter((c) => c === 'GR204' || c === 'GR205'),
      [],
    );
    assert.deepEqual(
      codes(exclusions('2006'), { params: SINCE_2000 }).filter((c) => c === 'GR204' || c === 'GR205'),
      ['GR204', 'GR205'],
    );
  });

  it('every dated obligation has a source, a confidence and an ISO date', () => {
    for (const [id, o] of Object.entries(OBLIGATIONS)) {
      assert.match(o.start, /^\d{4}-\d{2}-\d{2}$/, id);
      assert.ok(o.source.length > 10, id);
      assert.ok(o.codes.length > 0, id);
    }
  });
});
