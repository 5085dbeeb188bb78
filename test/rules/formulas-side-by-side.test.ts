/**
 * Formulas side by side (docs/language.md « Formules côte à côte »): one row per act, one cell per
 * formula, each formula responsible or not, stacked on the socle or standing alone.
 *
 * Amounts are hand-computed with the 2026 figures (docs/parameters.md): consultation generaliste
 * BR 30 €, Sécu 70 % = 21 €, participation forfaitaire 2 € (Sécu net 19 €); forfait journalier
 * 20 € in January 2026, not paid by the Sécu.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, AnalysisMemo } from '../../server/src/core/analyze';
import { parse } from '../../server/src/core/syntax/blocks';
import { dedent, euros, renderDiagnostics } from '../helpers';

/** Socle responsible; Option 1 stacked (inclut_socle) not responsible; Option 2 stacked on top (en_sus); Prestige alone. */
const RANGE = dedent(`
  contrat "Gamme Pro" millesime 2026 base ro_inclus
  formule "Socle" responsable
  formule "Option 1" inclut_socle non_responsable
  formule "Option 2" en_sus_du_socle responsable
  formule "Prestige" non_responsable

  poste "Hospitalisation"
    forfait journalier 100 % FR
  poste "Soins courants"
    consultation generaliste      | 100 % BR | 150 % BR    | 100 % BR en_sus | 50 % BR
    osteopathie hors_nomenclature | -        | 40 € par seance, 2 seances par an | - | 60 € par seance
`);

/** `Sécu · mutuelle · reste` of each act of the example titled `title`, the example appended to `grid`. */
function amounts(grid: string, example: string): string[] {
  const analysis = analyze(grid + dedent(example));
  return analysis.examples.flatMap((e) =>
    e.events.map((ev) => (ev.total ? `${euros(ev.total.secu)} · ${euros(ev.total.mutuelle)} · ${euros(ev.total.reste)}` : 'incalculable')),
  );
}

describe('formulas side by side: the syntax', () => {
  it('reads the declarations (status and stacking in either order) and one cell per formula', () => {
    const document = parse(RANGE);
    assert.deepEqual(document.errors, []);
    const formulas = document.items.flatMap((i) => (i.kind === 'formula' ? [`${i.name?.value} ${i.mode?.value ?? 'seule'} ${i.status?.value}`] : []));
    assert.deepEqual(formulas, ['Socle seule true', 'Option 1 inclut_socle false', 'Option 2 en_sus_du_socle true', 'Prestige seule false']);
    const section = document.items.find((i) => i.kind === 'section' && i.name?.value === 'Soins courants');
    assert.ok(section?.kind === 'section');
    const cells = section.lines.map((l) => l.variants[0]!.cells!.map((c) => (c.dash ? '-' : RANGE.slice(c.range.start, c.range.end))));
    assert.deepEqual(cells, [
      ['100 % BR', '150 % BR', '100 % BR en_sus', '50 % BR'],
      ['-', '40 € par seance, 2 seances par an', '-', '60 € par seance'],
    ]);
  });

  it('accepts a first cell without a leading « | », a trailing « | », sector rows and cells on the next line', () => {
    const document = parse(
      dedent(`
        contrat "x" millesime 2026 responsable base ro_inclus
        formule "A"
        formule "B" inclut_socle
        poste "Soins courants"
          consultation generaliste 100 % BR | 150 % BR |
          consultation specialiste
            dptam     | 100 % BR | 200 % BR
            non_dptam | 100 % BR | 180 % BR
          pharmacie
            | 100 % BR | 100 % BR
      `),
    );
    assert.deepEqual(document.errors, []);
    const section = document.items.find((i) => i.kind === 'section');
    assert.ok(section?.kind === 'section');
    assert.deepEqual(
      section.lines.map((l) => l.variants.map((v) => `${v.sector?.value ?? 'all'}:${v.cells?.length}`).join(' ')),
      ['all:2', 'dptam:2 non_dptam:2', 'all:2'],
    );
  });

  it('an empty cell is one finding at its place; the other cells are still read', () => {
    const text = dedent(`
      contrat "x" millesime 2026 responsable base ro_inclus
      formule "A"
      formule "B" inclut_socle
      formule "C" inclut_socle
      poste "Soins courants"
        consultation generaliste | 100 % BR | | 200 % BR
      exemple "C" formule "C"
        acte consultation generaliste prix 60 €
    `);
    const analysis = analyze(text);
    assert.deepEqual(
      renderDiagnostics(analysis).filter((d) => d.includes('GR006')),
      ['6:39 GR006 Cellule vide : écrivez la garantie de cette formule, ou « - » si elle ne couvre pas cet acte.'],
    );
    // Formula C's cell is read: 200 % BR = 60 € in all, the Sécu pays 21 €, the mutuelle 39 €.
    assert.equal(euros(analysis.examples[0]!.events[0]!.total!.mutuelle), '39,00 €');
  });

  it('the former option form takes a status too: option "Option 1" inclut_socle non_responsable', () => {
    const analysis = analyze(
      dedent(`
        contrat "x" millesime 2026 responsable base ro_inclus
        poste "Soins courants"
          consultation specialiste dptam 100 % BR non_dptam 100 % BR
        option "Option 1" inclut_socle non_responsable
        poste "Soins courants"
          consultation specialiste dptam 400 % BR non_dptam 400 % BR
      `),
    );
    assert.deepEqual(
      renderDiagnostics(analysis).filter((d) => /GR0|GR202|GR212/.test(d)),
      [],
    );
  });
});

describe('formulas side by side: what each formula pays', () => {
  it('a generaliste at 50 €: each formula by its own cell, stacked or alone', () => {
    // Socle 100 % BR: 30 € − 21 € = 9 €; reste 50 − 19 − 9 = 22 €.
    // Option 1, inclut_socle 150 % BR: 45 € − 21 € = 24 € in all (socle 9 € + option 15 €); reste 7 €.
    // Option 2, en_sus: the socle's 9 € plus 100 % BR = 30 € on top, capped at the price less
    //   the Sécu's gross 21 €: 29 €; reste 2 € (the participation forfaitaire).
    // Prestige alone, 50 % BR = 15 € Sécu included: less than the Sécu's 21 €, it pays nothing,
    //   and the socle's 9 € are not added (a formula standing alone is not stacked); reste 31 €.
    assert.deepEqual(
      amounts(
        RANGE,
        `
          exemple "Socle" formule "Socle"
            acte consultation generaliste prix 50 €
          exemple "Option 1" formule "Option 1"
            acte consultation generaliste prix 50 €
          exemple "Option 2" formule "Option 2"
            acte consultation generaliste prix 50 €
          exemple "Prestige" formule "Prestige"
            acte consultation generaliste prix 50 €
        `,
      ),
      ['19,00 € · 9,00 € · 22,00 €', '19,00 € · 24,00 € · 7,00 €', '19,00 € · 29,00 € · 2,00 €', '19,00 € · 0,00 € · 31,00 €'],
    );
  });

  it('a dash is « not covered » for that formula; a row without cells pays the same under every formula', () => {
    // Osteopathy (hors nomenclature, no Sécu) at 60 €: the socle's dash pays nothing; Option 1
    // pays 40 € for two sessions a year, then nothing; Prestige 60 € a session.
    // Forfait journalier (20 € a day in January 2026): the row has no cells, so Prestige, which
    // has no cell for it, pays it too.
    assert.deepEqual(
      amounts(
        RANGE,
        `
          exemple "Ostéo" formule "Option 1"
            acte osteopathie prix 60 € date 2026-01-10
            acte osteopathie prix 60 € date 2026-02-10
            acte osteopathie prix 60 € date 2026-03-10
            acte osteopathie prix 60 € formule "Socle"
            acte osteopathie prix 60 € formule "Prestige"
            acte forfait journalier quantite 2 date 2026-01-15 formule "Prestige"
        `,
      ),
      [
        '0,00 € · 40,00 € · 20,00 €',
        '0,00 € · 40,00 € · 20,00 €',
        '0,00 € · 0,00 € · 60,00 €',
        '0,00 € · 0,00 € · 60,00 €',
        '0,00 € · 60,00 € · 0,00 €',
        '0,00 € · 40,00 € · 0,00 €',
      ],
    );
  });
});

describe('formulas side by side: each formula judged by its own status', () => {
  const HEADER = 'contrat "Gamme" millesime 2026 base ro_inclus';
  const baskets = `
    poste "Hospitalisation"
      forfait journalier 100 % FR
    poste "Optique"
      optique classe a 100 % Sante, 1 equipement tous les 2 ans
    poste "Dentaire"
      couronne 100 sante 100 % Sante
    poste "Aides auditives"
      aide auditive classe i 100 % Sante, 1 equipement tous les 4 ans
  `;
  // GR217 (the acts these short grids do not list) is tested in findings.test.ts and contrat-responsable-caps.test.ts.
  const codes = (text: string) => renderDiagnostics(analyze(text)).filter((d) => /GR2\d\d/.test(d) && !d.includes('GR217'));

  it('a responsible socle with non-responsible options above the caps raises nothing', () => {
    const text =
      dedent(`
      ${HEADER}
      formule "Socle" responsable
      formule "Option 1" inclut_socle non_responsable
      formule "Option 2" inclut_socle non_responsable
      poste "Soins courants"
        consultation specialiste
          dptam     | 100 % BR | 300 % BR | 400 % BR
          non_dptam | 100 % BR | 300 % BR | 400 % BR
    `) + dedent(baskets);
    assert.deepEqual(codes(text), []);
  });

  it('a responsible option stacked on a responsible socle is held to the caps, and the finding names it', () => {
    const text =
      dedent(`
      ${HEADER}
      formule "Socle" responsable
      formule "Option 1" inclut_socle responsable
      poste "Soins courants"
        consultation specialiste
          dptam     | 100 % BR | 200 % BR
          non_dptam | 100 % BR | 200 % BR
    `) + dedent(baskets);
    assert.deepEqual(codes(text), [
      '7:28 GR202 « Option 1 » : Contrat responsable : hors DPTAM la prise en charge totale est au plus 180 % BR (min(200 %, DPTAM 200 % BR − 20 %)) ; cette colonne couvre 200 % BR.',
    ]);
  });

  it('a formula standing alone is judged on its own cell; a non-responsible one is not held to the caps', () => {
    const text =
      dedent(`
      ${HEADER}
      formule "Formule 1" responsable
      formule "Formule 2" responsable
      formule "Formule 3" non_responsable
      poste "Soins courants"
        consultation generaliste | 100 % BR | 90 % BR | 50 % BR
    `) + dedent(baskets);
    // Formule 2 alone pays below the ticket modérateur (90 % BR Sécu included); Formule 3 too, but
    // it is not responsible.
    assert.deepEqual(
      codes(text).map((d) => d.split(' ').slice(0, 6).join(' ')),
      ['6:41 GR201 « Formule 2 »'],
    );
  });

  it('the lines every responsible grid must have are asked once for the responsible formulas, named', () => {
    const text = dedent(`
      ${HEADER}
      formule "Socle" responsable
      formule "Option 1" inclut_socle non_responsable
      formule "Option 2" inclut_socle responsable
      poste "Soins courants"
        consultation generaliste | 100 % BR | 150 % BR | 200 % BR
    `);
    assert.deepEqual(
      codes(text).filter((d) => /GR206|GR214/.test(d)),
      [
        '1:1 GR206 Contrat responsable, formules « Socle », « Option 2 » : la grille doit couvrir le forfait journalier hospitalier (« forfait journalier 100 % FR »).',
        '1:1 GR214 Contrat responsable, formules « Socle », « Option 2 » : pas de ligne pour le panier 100 % Santé « optique classe A », « prothèses dentaires 100 % Santé », « aides auditives classe I ».',
      ],
    );
  });

  it('no GR102 when every formula says its status; GR131 when a row has a cell too many', () => {
    const analysis = analyze(
      dedent(`
        ${HEADER}
        formule "Socle" responsable
        formule "Option 1" inclut_socle non_responsable
        poste "Soins courants"
          consultation generaliste | 100 % BR | 150 % BR | 200 % BR
      `),
    );
    const found = renderDiagnostics(analysis).filter((d) => /GR102|GR131/.test(d));
    assert.deepEqual(found, ["5:28 GR131 3 cellules pour 2 formules (« Socle », « Option 1 ») : une cellule par formule, dans l'ordre des déclarations."]);
  });
});

describe('formulas side by side: the incremental analysis is the analysis', () => {
  it('edits to a declaration, a cell and an example give what a fresh analysis gives', () => {
    const example = dedent(`
      exemple "Option 1" formule "Option 1"
        acte consultation generaliste prix 50 €
    `);
    const versions = [
      RANGE + example,
      RANGE.replace('150 % BR   ', '200 % BR   ') + example,
      RANGE.replace('formule "Option 1" inclut_socle non_responsable', 'formule "Option 1" en_sus_du_socle non_responsable') + example,
      RANGE.replace('formule "Option 1" inclut_socle non_responsable', 'formule "Option 1" inclut_socle responsable') + example,
      RANGE + example.replace('formule "Option 1"', 'formule "Prestige"'),
      RANGE + example,
    ];
    const memo = new AnalysisMemo();
    const view = (a: ReturnType<typeof analyze>) => ({
      findings: renderDiagnostics(a),
      amounts: a.examples.flatMap((e) => e.events.map((ev) => (ev.total ? euros(ev.total.mutuelle) : '-'))),
    });
    for (const text of versions) assert.deepEqual(view(analyze(text, { memo })), view(analyze(text)), text);
  });
});
