/**
 * Grids of other millésimes (issue 15, item 7). A grid dated before the first values of the
 * parameters it uses gets one GR110 at its header (the date from which it can be computed, the
 * parameters), not one per parameter at each line; the examples that fail for the same reason are
 * named in it. The contrat responsable rules apply by date: each obligation from its entry into
 * force (rules/families/obligation-dates.ts).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { ParameterSet } from '../../server/src/core/params/lookup';
import { PARAMETERS } from '../../server/src/core/params/parameters';
import { OBLIGATIONS } from '../../server/src/core/rules/families/obligation-dates';
import { codesByLine, dedent, renderDiagnostics, repoRoot } from '../helpers';

const sample = (name: string) => fs.readFileSync(path.join(repoRoot(), 'samples', name), 'utf8');
const dated = (text: string, year: string) => text.replace(/millesime 20\d\d/, `millesime ${year}`);
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

describe('a grid dated before the parameters it needs', () => {
  it('a 2012 grid gets one GR110 at its header, not one per parameter', () => {
    const text = dated(sample('confort-plus.grille'), '2012');
    const analysis = analyze(text);
    const gr110 = analysis.diagnostics.filter((d) => d.code === 'GR110');
    assert.equal(gr110.length, 1, renderDiagnostics(analysis).join('\n'));
    const finding = gr110[0]!;
    // At the header's keyword, line 3 of the sample.
    assert.equal(analysis.lineIndex.positionAt(finding.range.start).line + 1, 3);
    assert.match(finding.message, /^Grille datée du 01\/01\/2012 : \d+ paramètres qu'elle utilise n'ont pas encore de valeur à cette date/);
    assert.match(finding.message, /Elle se calcule à partir du 01\/01\/2022\./);
    assert.match(finding.message, /le 01\/01\/2015 pour [^;]*pmss/);
    assert.match(finding.message, /taux\.medecin/);
    assert.match(finding.messageEn!, /^Grid dated 2012-01-01: \d+ parameters it uses have no value yet on that date/);
    assert.match(finding.messageEn!, /It can be computed from 2022-01-01\. First known values: on 2022-01-01 for /);
    // Nothing else on the lines: no rule of a later date, no finding per line.
    assert.deepEqual(codesByLine(analysis), ['3 GR110']);
  });

  it('the examples that fail for the same reason are named in it, without a GR402 each', () => {
    // 2009: before the first forfait journalier (2010) and G (2011) of the parameters.
    const text = dated(sample('essentiel.grille'), '2009').replace(/date 2026-/g, 'date 2009-');
    const analysis = analyze(text);
    assert.deepEqual(
      analysis.diagnostics.map((d) => d.code),
      ['GR110'],
    );
    assert.match(
      analysis.diagnostics[0]!.message,
      / Exemples non calculés pour la même raison : « Consultation chez le généraliste de secteur 1 », « Couronne du panier 100 % Santé », « Trois jours d'hospitalisation »\.$/,
    );
    assert.match(analysis.diagnostics[0]!.messageEn!, / Examples not computed for the same reason: « Consultation chez le généraliste de secteur 1 », /);
    // A fast analysis (no examples run) says the same of the grid, without the examples.
    const fast = analyze(text, { slowRules: false }).diagnostics;
    assert.deepEqual(
      fast.map((d) => d.code),
      ['GR110'],
    );
    assert.ok(!fast[0]!.message.includes('Exemples'));
  });

  it('examples dated later are computed and judged as usual', () => {
    const analysis = analyze(dated(sample('essentiel.grille'), '2012'));
    assert.deepEqual(codesByLine(analysis), ['3 GR110', '47 GR403']);
    assert.ok(!analysis.diagnostics[0]!.message.includes('Exemples'));
  });

  it('a current grid with one example dated before the parameters keeps its GR402 at the example', () => {
    const text = sample('essentiel.grille').replace('date 2026-02-10', 'date 2012-02-10');
    assert.deepEqual(codesByLine(analyze(text)), ['43 GR402', '47 GR403']);
  });

  it('one parameter missing at the date stays one GR110 on the line that needs it', () => {
    const text = dedent(`
      contrat "Ancien" millesime 2014 responsable base ro_inclus
      poste "Hospitalisation"
        chambre particuliere 2 % PMSS par jour
        frais d'accompagnant 1 % PMSS par nuit
    `);
    const analysis = analyze(text, { slowRules: false });
    assert.deepEqual(
      renderDiagnostics(analysis).filter((d) => d.includes('GR110')),
      [
        '3:24 GR110 Paramètre « Plafond mensuel de la Sécurité sociale (PMSS) » (pmss) non défini au 2014-01-01 : les montants qui en dépendent ne sont pas calculés. Les valeurs connues commencent le 2015-01-01.',
      ],
    );
  });

  it('a 2026 grid is unchanged: no GR110, the samples as they were', () => {
    for (const name of ['confort-plus.grille', 'essentiel.grille', 'jorf-publiee.grille', 'entreprise-socle-option.grille']) {
      assert.ok(!codes(sample(name)).includes('GR110'), name);
    }
  });
});

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
    assert.deepEqual(found('contrat "Ancien" effet 2015-04-01 responsable base ro_inclus'), [
      'GR201',
      'GR202',
      'GR203',
      'GR206',
      'GR208',
      'GR209',
      'GR210',
      'GR217',
    ]);
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
