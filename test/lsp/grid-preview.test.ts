/**
 * The grid preview request (`grille/apercuGrille`, protocol.ts) against the real bundled server
 * over stdio: the webview page with the client's nonce, the standalone page, the page following an
 * edit, the settings' severities, typical prices and language, and null for a document not open.
 *
 * Amounts (2026 figures): consultation generaliste DPTAM at its typical 30 €: BR 30 €, Sécu 70 %
 * = 21 € − 2 € = 19 €; the socle's 100 % BR Sécu incluse pays 30 − 21 = 9 €, reste 2 €. At 50 €
 * (grille.typicalPrices): reste 50 − 19 − 9 = 22 €.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { GRID_COMPARE_REQUEST, GRID_PREVIEW_REQUEST, type GridCompareParams, type GridPreviewParams, type GridPreviewResult } from '../../server/src/protocol';
import { dedent } from '../helpers';
import { LspSession } from './lsp-harness';

const GRID = dedent(`
  contrat "Gamme" millesime 2026 base ro_inclus responsable
  formule "Socle" responsable
  formule "Plus" inclut_socle responsable
  poste "Soins courants"
    consultation generaliste
      dptam     | 100 % BR | 150 % BR
      non_dptam | 100 % BR | 130 % BR
`);

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

let lsp: LspSession;
before(async () => {
  lsp = await LspSession.start();
});
after(async () => {
  await lsp.stop();
});

const preview = (params: GridPreviewParams) => lsp.request<GridPreviewResult | null>(GRID_PREVIEW_REQUEST, params);

describe('the grid preview request', () => {
  it('webview: the page with the client’s nonce, one column per formula, the amounts of each cell', async () => {
    const uri = await lsp.open(GRID);
    const result = await preview({ uri, target: 'webview', nonce: 'n0nce' });
    assert.ok(result);
    assert.equal(result.textLength, GRID.length);
    const html = plain(result.html);
    assert.match(html, /content="default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce';/);
    assert.match(html, /<script nonce="n0nce">/);
    assert.match(html, /<th scope="col" class="column"[^>]*>Socle<\/th><th scope="col" class="column"[^>]*>Plus<\/th>/);
    assert.match(html, /mutuelle 9,00 €<\/span> · <span class="reste">reste 2,00 €/);
  });

  it('standalone: no script', async () => {
    const uri = await lsp.open(GRID);
    const result = await preview({ uri, target: 'standalone' });
    assert.ok(result && !result.html.includes('<script'));
  });

  it('follows the document: after an edit, the new text', async () => {
    const uri = await lsp.open(GRID);
    await lsp.change(uri, GRID.replace('"Plus"', '"Confort"'));
    const result = await preview({ uri, target: 'standalone' });
    assert.match(result!.html, />Confort<\/th>/);
    assert.doesNotMatch(result!.html, />Plus<\/th>/);
  });

  it('the settings: typical prices, severities (an « off » finding is not marked) and the language', async () => {
    const broken = GRID.replace('130 % BR', '130 % BR + 10 € par kilo');
    const uri = await lsp.open(broken);
    const before = await preview({ uri, target: 'standalone' });
    const code = /<span class="code">(GR\d{3})<\/span>/.exec(before!.html)?.[1];
    assert.ok(code, 'the broken cell has a finding');
    await lsp.configure({ debounceMs: 0, typicalPrices: { consultation_generaliste: 50 }, severity: { [code]: 'off' }, language: 'en' });
    try {
      const after = plain((await preview({ uri, target: 'standalone' }))!.html);
      assert.match(after, /<html lang="en">/);
      assert.match(after, /insurer 9,00 €<\/span> · <span class="reste">out-of-pocket 22,00 €/);
      assert.ok(!after.includes(`<span class="code">${code}</span>`), `${code} is off`);
    } finally {
      await lsp.configure({ debounceMs: 0 });
    }
  });

  it('a document that is not open: null', async () => {
    assert.equal(await preview({ uri: 'file:///absent.grille', target: 'webview', nonce: 'x' }), null);
  });
});

/**
 * The comparison (`grille/comparerGrille`): the open grid's page marked with what changed since the
 * other version the client sends (« Comparer avec … »: the file at HEAD, another file).
 *
 * Amounts: the GP DPTAM at twice its typical price, 60 €: BR 30 €, Sécu gross 21 € (19 € after the
 * 2 € participation); « Plus » 150 % BR Sécu incluse = 45 €: mutuelle 45 − 21 = 24 €, reste 17 €;
 * at 130 % BR = 39 €: mutuelle 18 €, reste 23 €: −6 €. At the typical 30 € both pay 9 € (the price caps them).
 */
describe('the grid comparison request', () => {
  const compare = (params: GridCompareParams) => lsp.request<GridPreviewResult | null>(GRID_COMPARE_REQUEST, params);
  const NEW = GRID.replace('dptam     | 100 % BR | 150 % BR', 'dptam     | 100 % BR | 130 % BR');

  it('the changed cell marked, with what it was and the amounts before → after at each price; the summary above the table', async () => {
    const uri = await lsp.open(NEW);
    const result = await compare({ uri, target: 'webview', nonce: 'n0nce', other: { text: GRID, label: 'HEAD' } });
    assert.ok(result);
    const html = plain(result.html);
    assert.match(html, /content="default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce';/);
    assert.match(html, /<section class="comparison"><h2>Comparaison avec HEAD<\/h2><p>1 cellule modifiée, 0 ajoutée, 0 retirée \(1 en baisse, 0 en hausse\)/);
    const cell = /<td class="cell changed down"[^>]*>(.*?)<\/td>/.exec(html)?.[1] ?? '';
    assert.match(cell, /<div class="printed">130 % BR<\/div>/);
    assert.match(cell, /<div class="before">avant : 150 % BR<\/div>/);
    assert.match(cell, /<li>au prix typique \(30,00 €\) : mutuelle 9,00 € · reste 2,00 €<\/li>/);
    assert.match(cell, /<li>au double \(60,00 €\) : mutuelle 24,00 € → 18,00 € · reste 17,00 € → 23,00 € <strong>−6,00 €<\/strong><\/li>/);
    assert.equal(html.match(/class="cell changed/g)?.length, 1, 'the other cells are not marked');
  });

  it('findings added are listed; a version only reformatted: « Aucune différence. », no cell marked', async () => {
    const broken = NEW.replace('130 % BR\n', '130 % BR + 10 € par kilo\n');
    const uri = await lsp.open(broken);
    const added = plain((await compare({ uri, target: 'standalone', other: { text: NEW, label: 'g.grille' } }))!.html);
    assert.match(
      added,
      /<h3>Constats ajoutés<\/h3><ul class="findings added"><li class="error"><span class="code">GR010<\/span> ligne 6 : Unité inconnue « kilo »/,
    );
    // The broken cell can no longer be judged: its GR202 is among the resolved ones.
    assert.match(added, /<h3>Constats résolus<\/h3><ul class="findings resolved"><li class="error"><span class="code">GR202<\/span> ligne 7 : /);
    const same = await lsp.open(NEW);
    const reformatted = NEW.replace(/ {2,}/g, ' ').replace(/^ /gm, '  ');
    const none = plain((await compare({ uri: same, target: 'standalone', other: { text: reformatted, label: 'HEAD' } }))!.html);
    assert.match(none, /<h2>Comparaison avec HEAD<\/h2><p>Aucune différence\.<\/p>/);
    assert.doesNotMatch(none, /class="cell changed/);
    assert.doesNotMatch(none, /<script/);
  });

  it('a document that is not open: null', async () => {
    assert.equal(await compare({ uri: 'file:///absent.grille', target: 'webview', nonce: 'x', other: { text: GRID, label: 'HEAD' } }), null);
  });
});
