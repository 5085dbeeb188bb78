/**
 * Formulas side by side in the editor's services: the previews of a row (short hints, all the hints
 * of a source line within the limit the extension sets for grille files, the tooltip saying
 * everything) and the hover of a cell. The
 * fixtures (fixtures/previews/formulas-side-by-side, fixtures/hover/formulas-side-by-side) show the
 * labels and hovers in full; this file checks what they cannot: the length bound, the tooltips,
 * the forms chosen row by row.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { MAX_HINT_LENGTH, previews, ROW_HINT_LENGTH } from '../../server/src/services/previews';
import { hoverAt } from '../../server/src/services/hover';
import { explainExample, explainLine } from '../../server/src/services/explain';
import { dedent } from '../helpers';
import { plain } from './fixture';

const RANGE = dedent(`
  contrat "Gamme Pro" millesime 2026 base ro_inclus
  formule "Socle" responsable
  formule "Option 1" inclut_socle non_responsable
  formule "Option 2" en_sus_du_socle responsable
  formule "Prestige" non_responsable
  poste "Soins courants"
    consultation generaliste | 100 % BR | 150 % BR | 100 % BR en_sus | 50 % BR
    consultation specialiste
      dptam     | 100 % BR | 200 % BR | 100 % BR en_sus | 300 % BR
      non_dptam | 100 % BR | 180 % BR | 80 % BR en_sus  | 200 % BR
    forfait journalier 100 % FR
`);

const all = (text: string, style: 'full' | 'compact' = 'full', language: 'fr' | 'en' = 'fr') =>
  previews(analyze(text), { start: 0, end: text.length }, { style, language });

/** The hints on the source line that contains `needle`, in order. */
function hintsOn(text: string, needle: string, style: 'full' | 'compact' = 'full', language: 'fr' | 'en' = 'fr') {
  const analysis = analyze(text);
  const start = text.indexOf(needle);
  const line = analysis.lineIndex.positionAt(start).line;
  return previews(analysis, { start: 0, end: text.length }, { style, language }).filter((p) => analysis.lineIndex.positionAt(p.offset).line === line);
}

describe('previews of formulas side by side', () => {
  it('a row: the price and the Sécu after the act, then one hint at the end of each cell', () => {
    const hints = hintsOn(RANGE, 'consultation generaliste');
    // What the hint follows (the 8 characters before it), then its label.
    assert.deepEqual(
      hints.map((h) => `${RANGE.slice(h.offset - 8, h.offset)}» ${plain(h.label)}`),
      [
        'eraliste» 30 € → Sécu 19 €',
        '100 % BR» reste 2 € · mut. 9 €',
        '150 % BR» reste 2 € · mut. 9 €',
        'R en_sus» reste 2 € · mut. 9 €',
        ' 50 % BR» reste 11 € · mut. 0 €',
      ],
    );
  });

  it('the hints of each source line fit together: a row in the limit the extension sets for grille files, any other line in VS Code’s default', () => {
    const long = RANGE.replace(/"Option 1"/g, '"Confort renforcé"').replace(/"Prestige"/g, '"Prestige intégral"');
    for (const text of [RANGE, long])
      for (const style of ['full', 'compact'] as const)
        for (const language of ['fr', 'en'] as const) {
          // VS Code counts the characters of all the hints of a source line together.
          const analysis = analyze(text);
          const byLine = new Map<number, string[]>();
          for (const p of all(text, style, language)) {
            const line = analysis.lineIndex.positionAt(p.offset).line;
            byLine.set(line, [...(byLine.get(line) ?? []), p.label]);
          }
          const tooLong = [...byLine].filter(([line, labels]) => {
            const row = /\|/.test(text.split('\n')[line]!);
            return labels.join('').length > (row ? ROW_HINT_LENGTH : MAX_HINT_LENGTH);
          });
          assert.deepEqual(tooLong, [], `${style} ${language}`);
        }
  });

  it('a row whose hints do not fit drops the names on every cell of the row, not on some; each row chooses', () => {
    const text = RANGE.replace('forfait journalier 100 % FR', 'osteopathie | - | 40 € par seance | - | 60 € par seance, carence 3 mois');
    assert.deepEqual(
      hintsOn(text, 'osteopathie').map((h) => plain(h.label)),
      ['60 € → Sécu 0 €', 'reste 60 € · mut. 0 €', 'reste 20 € · mut. 40 €', 'reste 60 € · mut. 0 €', 'reste 0 € · mut. 60 € (après 3 mois)'],
    );
    // Two formulas leave room for the names.
    const two = dedent(`
      contrat "Duo" millesime 2026 base ro_inclus
      formule "Socle" responsable
      formule "Renfort" inclut_socle responsable
      poste "Soins courants"
        consultation generaliste | 100 % BR | 150 % BR
    `);
    assert.deepEqual(
      hintsOn(two, 'consultation generaliste').map((h) => plain(h.label)),
      ['30 € → Sécu 19 €', 'Socle : reste 2 € · mut. 9 €', 'Renfort : reste 2 € · mut. 9 €'],
    );
    // A long name drops the names on every cell of its row.
    const long = two.replace(/"Renfort"/g, '"Renfort optique, dentaire et médecines douces pour toute la famille"');
    assert.deepEqual(
      hintsOn(long, 'consultation generaliste').map((h) => plain(h.label)),
      ['30 € → Sécu 19 €', 'reste 2 € · mut. 9 €', 'reste 2 € · mut. 9 €'],
    );
  });

  it('the tooltip of a cell names the formula, its rank, status and stacking, and the socle’s share', () => {
    const [, , option1] = hintsOn(RANGE, 'dptam     |');
    assert.deepEqual(plain(option1!.tooltip).split('\n'), [
      '« Option 1 », DPTAM : pour 60,00 € (prix typique), la Sécu paie 20,05 €, la mutuelle 37,95 €, il reste 2,00 €.',
      'Formule 2 sur 4 : non responsable ; montants socle compris (inclut_socle).',
      'Dont 9,45 € au titre du socle « Socle ».',
      'Détail : « Expliquer ».',
    ]);
    const prestige = hintsOn(RANGE, 'dptam     |', 'full', 'en')[4]!;
    assert.deepEqual(plain(prestige.tooltip).split('\n'), [
      '« Prestige », DPTAM: for 60,00 € (typical price), the Sécu pays 20,05 €, the insurer 37,95 €, 2,00 € is left out-of-pocket.',
      'Formula 4 of 4: non-responsible; stands alone: not added to the base cover.',
      'Details: "Explain".',
    ]);
  });

  it('a row without cells keeps its one label; its tooltip says it is the same for every formula', () => {
    const [hint] = hintsOn(RANGE, 'forfait journalier');
    assert.equal(plain(hint!.label), 'reste 0 € · Sécu 0 € · mutuelle 20 €');
    assert.match(plain(hint!.tooltip), /Ligne sans cellules : la même pour toutes les formules\./);
  });

  it('cells on the line after the act: the head hint goes before the first « | », padded on both sides', () => {
    const text = RANGE.replace('  forfait journalier 100 % FR\n', '  pharmacie\n    | 100 % BR | 100 % BR | 100 % BR | 100 % BR\n');
    const [head] = hintsOn(text, '    | 100 % BR | 100 % BR | 100 % BR | 100 % BR');
    assert.equal(text[head!.offset], '|');
    assert.equal(head!.paddingRight, true);
  });
});

describe('hover of formulas side by side', () => {
  const at = (needle: string, shift = 0) => {
    const offset = RANGE.indexOf(needle) + shift;
    const hover = hoverAt(analyze(RANGE), offset);
    assert.ok(hover, needle);
    return { range: RANGE.slice(hover.range.start, hover.range.end), markdown: plain(hover.markdown) };
  };

  it('on a cell: that formula’s cell only, named, with its status, stacking and amounts', () => {
    const { range, markdown } = at('180 % BR', 1);
    assert.equal(range, '180 % BR');
    assert.deepEqual(markdown.split('\n'), [
      '**Consultation de médecin spécialiste** — formule « Option 1 » (2 sur 4)',
      '',
      'Non responsable ; montants socle compris (inclut_socle).',
      '',
      '- médecin non DPTAM : 180 % de la BR au total, Sécu incluse.',
      '  Pour 60,00 € : Sécu 15,50 € · mutuelle 27,50 € · reste 17,00 € (BR 25,00 €, Sécu 70 %, moins la participation forfaitaire de 2,00 €).',
      '  Dont 7,50 € au titre du socle « Socle ».',
      '  ❓ BR consultation de spécialiste de secteur 2 non DPTAM : 25,00 €, à confirmer (magnolia 2024 (25 €) ; la convention 2017 donne 23 €)',
    ]);
  });

  it('on a declaration: the formula, its status and stacking, in English too', () => {
    const offset = RANGE.indexOf('"Prestige"') + 2;
    const hover = hoverAt(analyze(RANGE), offset, { language: 'en' });
    assert.deepEqual(plain(hover!.markdown).split('\n'), [
      '**Formula "Prestige" (4 of 4)**',
      '',
      'Non-responsible; stands alone: not added to the base cover.',
      '',
      '2 rows give it a cell of its own; a row without cells is the same for every formula.',
    ]);
  });
});

describe('« Expliquer » of formulas side by side', () => {
  it('a row: each formula under its name, each sector of its cell', () => {
    const analysis = analyze(RANGE);
    const row = analysis.model.lines.find((l) => l.act?.id === 'consultation_specialiste')!;
    const titles = plain(explainLine(analysis, row.node.range.start)!)
      .split('\n')
      .filter((l) => l.startsWith('**Formule') || l.startsWith('## '));
    assert.deepEqual(titles, [
      '**Formule « Socle » (1 sur 4)** : responsable ; le socle (première formule).',
      '## « Socle » — médecin DPTAM (OPTAM/OPTAM-CO) ou secteur 1',
      '## « Socle » — médecin non DPTAM',
      '**Formule « Option 1 » (2 sur 4)** : non responsable ; montants socle compris (inclut_socle).',
      '## « Option 1 » — médecin DPTAM (OPTAM/OPTAM-CO) ou secteur 1',
      '## « Option 1 » — médecin non DPTAM',
      '**Formule « Option 2 » (3 sur 4)** : responsable ; en plus du socle (en_sus_du_socle).',
      '## « Option 2 » — médecin DPTAM (OPTAM/OPTAM-CO) ou secteur 1',
      '## « Option 2 » — médecin non DPTAM',
      "**Formule « Prestige » (4 sur 4)** : non responsable ; formule seule : elle ne s'ajoute pas au socle.",
      '## « Prestige » — médecin DPTAM (OPTAM/OPTAM-CO) ou secteur 1',
      '## « Prestige » — médecin non DPTAM',
    ]);
  });

  it('an example: each act with the formula it is computed with (the first when it names none)', () => {
    const text =
      RANGE +
      dedent(`
      exemple "Deux formules" formule "Option 2"
        acte consultation generaliste prix 50 €
        acte consultation generaliste prix 50 € formule "Socle"
    `);
    const titles = plain(explainExample(analyze(text), 0)!)
      .split('\n')
      .filter((l) => l.startsWith('## '));
    assert.deepEqual(titles, ['## consultation generaliste — formule « Option 2 »', '## consultation generaliste — formule « Socle »']);
  });
});
