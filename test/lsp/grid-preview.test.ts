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
import { GRID_PREVIEW_REQUEST, type GridPreviewParams, type GridPreviewResult } from '../../server/src/protocol';
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
