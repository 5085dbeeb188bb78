/**
 * The grid preview's page (services/grid-preview.ts), read back with a real HTML parser (parse5,
 * the WHATWG algorithm browsers use): one column per formula, sections in the UNOCAM order, the
 * amounts of a few cells checked by hand, the findings in their cells, every text from the grid
 * escaped, and a Content-Security-Policy that loads nothing.
 *
 * Amounts (2026 figures, docs/parameters.md), at the prices given as `grille.typicalPrices`:
 * - consultation generaliste at 50 €, DPTAM: BR 30 €, Sécu 70 % = 21 € less the 2 € participation
 *   forfaitaire: 19 €. Socle 100 % BR Sécu incluse (`base ro_inclus`): 30 − 21 = 9 €, reste
 *   50 − 19 − 9 = 22 €. Option 150 % BR: 45 − 21 = 24 €, reste 7 €.
 * - the same, non DPTAM: BR 23 €, Sécu 70 % = 16,10 € − 2 € = 14,10 €. Socle 100 % BR: 23 − 16,10
 *   = 6,90 €, reste 29 €; option 130 % BR: 29,90 − 16,10 = 13,80 €, reste 22,10 €.
 * - chambre particuliere at 80 € a night: no Sécu; the socle « - » pays nothing (reste 80 €), the
 *   option 40 € (reste 40 €).
 * The bar of the socle's DPTAM cell: Sécu 19/50 = 38 %, mutuelle 9/50 = 18 %, reste 44 %.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { analyze } from '../../server/src/core/analyze';
import { gridPreview, gridPreviewHtml, escapeHtml } from '../../server/src/services/grid-preview';
import { dedent } from '../helpers';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
function all(root: Node, match: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (isElement(n) && match(n)) out.push(n);
    const children = 'childNodes' in n ? n.childNodes : [];
    for (const c of children) walk(c);
    if (isElement(n) && n.tagName === 'template') walk((n as DefaultTreeAdapterMap['template']).content);
  };
  walk(root);
  return out;
}
const tag = (name: string) => (e: Element) => e.tagName === name;
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const hasClass = (name: string) => (e: Element) => (attr(e, 'class') ?? '').split(' ').includes(name);
/** The text a reader sees: blocks apart, the bars' SVG (its label is an attribute and a tooltip) left out. */
function text(n: Node): string {
  if ('value' in n && n.nodeName === '#text') return n.value;
  if (isElement(n) && n.tagName === 'svg') return '';
  const inner = ('childNodes' in n ? n.childNodes : []).map(text).join('');
  return isElement(n) && ['div', 'li', 'p'].includes(n.tagName) ? ` ${inner} ` : inner;
}
const plain = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const GRID = dedent(`
  contrat "Essai <b>gras</b> & « guillemets »" millesime 2026 responsable base ro_inclus
    assureur "Mutuelle <img src=x onerror=alert(1)>"

  formule "Socle" responsable
  formule "Option <script>alert(1)</script>" inclut_socle responsable

  poste "Soins courants"
    consultation generaliste
      dptam     | 100 % BR | 150 % BR
      non_dptam | 100 % BR | 130 % BR (5)

  poste "Hospitalisation"
    chambre particuliere | - | 40 € par nuit

  poste "Dentaire <i>x</i>"
    soins dentaires      | 100 % BR | 125 % BR
    acte_<b>inconnu</b>  | 100 % BR | 100 % BR

  note (5) "Dans la limite <u>des</u> frais réels"
`);
const PRICES = { consultation_generaliste: 50, chambre_particuliere: 80 };

function page(grid = GRID, target: Parameters<typeof gridPreviewHtml>[1] = { kind: 'standalone' }) {
  const html = gridPreviewHtml(gridPreview(analyze(grid), { typicalPrices: PRICES }), target);
  return { html, document: parse(html) };
}

/** The body rows of the table as cell texts, section rows as `== name`. */
function rowsOf(document: Node): string[][] {
  const table = all(document, tag('table'))[0]!;
  return all(table, tag('tbody')).flatMap((body) =>
    all(body, tag('tr')).map((tr) => all(tr, (e) => e.tagName === 'td' || e.tagName === 'th').map((c) => plain(text(c)))),
  );
}

describe('grid preview: the printed table', () => {
  it('one column per formula after Acte, Secteur, Prix typique and Sécu, with the formulas named and described above', () => {
    const { document } = page();
    const head = all(all(document, tag('thead'))[0]!, tag('th')).map((th) => plain(text(th)));
    assert.deepEqual(head, ['Acte', 'Secteur', 'Prix typique', 'Sécu', 'Socle', 'Option <script>alert(1)</script>']);
    assert.deepEqual(
      all(all(document, hasClass('formulas'))[0]!, tag('li')).map((li) => plain(text(li))),
      ['Socle : responsable ; le socle (première formule)', 'Option <script>alert(1)</script> : responsable ; montants socle compris (inclut_socle)'],
    );
  });

  it('sections in the UNOCAM order (Hospitalisation before Soins courants, written after it), others after them', () => {
    const { document } = page();
    assert.deepEqual(
      all(document, tag('h2'))
        .map((h) => plain(text(h)))
        .filter((t) => t !== 'Autres constats'),
      ['Hospitalisation', 'Soins courants', 'Dentaire <i>x</i>'],
    );
  });

  it('each cell: the guarantee as printed, what the mutuelle pays and the reste at the typical price, per sector (amounts by hand: see the header)', () => {
    const rows = rowsOf(page().document);
    const row = (act: string, sector: string) => rows.find((r) => r[0]!.startsWith(act) && r[1] === sector);
    assert.deepEqual(row('Chambre particulière', ''), [
      'Chambre particulière',
      '',
      '80,00 €',
      '0,00 €',
      '- mutuelle 0,00 € · reste 80,00 €',
      '40 € par nuit mutuelle 40,00 € · reste 40,00 €',
    ]);
    assert.deepEqual(row('Consultation de médecin généraliste', 'DPTAM'), [
      'Consultation de médecin généraliste',
      'DPTAM',
      '50,00 €',
      '19,00 €',
      '100 % BR mutuelle 9,00 € · reste 22,00 €',
      '150 % BR mutuelle 24,00 € · reste 7,00 €',
    ]);
    assert.deepEqual(row('Consultation de médecin généraliste', 'non DPTAM'), [
      'Consultation de médecin généraliste',
      'non DPTAM',
      '50,00 €',
      '14,10 €',
      '100 % BR mutuelle 6,90 € · reste 29,00 €',
      '130 % BR (5) mutuelle 13,80 € · reste 22,10 €',
    ]);
  });

  it('a stacked bar per cell: Sécu, mutuelle and reste as shares of the price, in SVG attributes', () => {
    const { document } = page();
    const cell = all(document, hasClass('cell')).find((td) => plain(text(td)).startsWith('100 % BR mutuelle 9,00 €'))!;
    const rects = all(cell, tag('rect')).map((r) => `${attr(r, 'class')} x=${attr(r, 'x')} width=${attr(r, 'width')}`);
    assert.deepEqual(rects, ['secu x=0 width=38.00', 'mutuelle x=38.00 width=18.00', 'rest x=56.00 width=44.00']);
    assert.equal(attr(all(cell, tag('svg'))[0]!, 'aria-label'), 'Sécu 38.00 %, mutuelle 18.00 %, reste 44.00 %');
  });

  it('a cell and an act carry their source offsets, for the editor to reveal them', () => {
    const { document } = page();
    const cell = all(document, hasClass('cell')).find((td) => plain(text(td)).startsWith('150 % BR'))!;
    const start = Number(attr(cell, 'data-start'));
    const end = Number(attr(cell, 'data-end'));
    assert.equal(GRID.slice(start, end), '150 % BR');
    const act = all(document, hasClass('act')).find((td) => plain(text(td)) === 'Chambre particulière')!;
    assert.equal(GRID.slice(Number(attr(act, 'data-start')), Number(attr(act, 'data-end'))), 'chambre particuliere');
  });

  it('findings in the cell or on the act they fall in; those on no line listed after the table with their line', () => {
    const { document } = page();
    const unknown = all(document, hasClass('act')).find((td) => plain(text(td)).startsWith('acte_<b>inconnu (acte inconnu)'))!;
    assert.ok(hasClass('has-error')(unknown));
    assert.deepEqual([...new Set(all(unknown, hasClass('code')).map((c) => text(c)))], ['GR101', 'GR001', 'GR005', 'GR131']);
    const other = all(document, hasClass('other')).find((e) => e.tagName === 'ul')!;
    assert.deepEqual(
      all(other, tag('li')).map((li) => plain(text(li)).split(' : ')[0]),
      ['GR206 ligne 1', 'GR214 ligne 1', 'GR217 ligne 1'],
    );
  });

  it('the footnotes under the table', () => {
    const { document } = page();
    assert.deepEqual(
      all(all(document, hasClass('notes'))[0]!, tag('li')).map((li) => plain(text(li))),
      ['(5) Dans la limite <u>des</u> frais réels'],
    );
  });

  it('in English with grille.language = en', () => {
    const html = gridPreviewHtml(gridPreview(analyze(GRID), { typicalPrices: PRICES, language: 'en' }), { kind: 'standalone' });
    const document = parse(html);
    assert.equal(attr(all(document, tag('html'))[0]!, 'lang'), 'en');
    assert.deepEqual(
      all(all(document, tag('thead'))[0]!, tag('th'))
        .slice(0, 4)
        .map((th) => plain(text(th))),
      ['Act', 'Sector', 'Typical price', 'Sécu'],
    );
  });
});

describe('grid preview: every text from the grid is escaped', () => {
  it('contract, insurer, formula, section, act and note texts are text, never markup', () => {
    const { html, document } = page();
    // The page's own elements only: none of the grid's <b>, <i>, <u>, <img>, and no script in a standalone page.
    for (const name of ['b', 'i', 'u', 'img', 'script'])
      assert.deepEqual(
        all(document, tag(name)).map((e) => e.tagName),
        [],
        `no <${name}> from the grid`,
      );
    assert.equal(plain(text(all(document, tag('title'))[0]!)), 'Essai <b>gras</b> & « guillemets » — millésime 2026');
    assert.equal(plain(text(all(document, hasClass('insurer'))[0]!)), 'Mutuelle <img src=x onerror=alert(1)>');
    assert.ok(!html.includes('<script>alert(1)'), 'the formula name is escaped');
    assert.ok(html.includes('Option &lt;script&gt;alert(1)&lt;/script&gt;'));
  });

  it('escapeHtml covers the five characters, attribute quotes included', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('grid preview: Content-Security-Policy', () => {
  const cspOf = (document: Node) => attr(all(document, (e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy')[0]!, 'content')!;

  it('webview: nothing loaded, style and script allowed by the panel nonce only, no inline handler', () => {
    const { html, document } = page(GRID, { kind: 'webview', nonce: 'abc123' });
    assert.equal(cspOf(document), "default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123'; base-uri 'none'; form-action 'none'");
    const scripts = all(document, tag('script'));
    assert.equal(scripts.length, 1);
    assert.equal(attr(scripts[0]!, 'nonce'), 'abc123');
    assert.equal(attr(all(document, tag('style'))[0]!, 'nonce'), 'abc123');
    assert.deepEqual(
      all(document, (e) => e.attrs.some((a) => a.name.startsWith('on') || a.name === 'style')),
      [],
    );
    assert.ok(!/\b(eval|new Function|innerHTML)\b/.test(text(scripts[0]!)), 'no eval, no innerHTML');
    assert.deepEqual(
      all(document, (e) => e.attrs.some((a) => ['src', 'href', 'srcset', 'action'].includes(a.name))),
      [],
      'no resource to load',
    );
    assert.ok(!/https?:/.test(html), 'no address');
  });

  it('a nonce is kept to its base64 characters (no way out of the attribute)', () => {
    const { document } = page(GRID, { kind: 'webview', nonce: `a"b'><c` });
    assert.equal(attr(all(document, tag('script'))[0]!, 'nonce'), 'abc');
  });

  it('standalone: no script; the style allowed by its hash; its own light and dark colours', () => {
    const { html, document } = page();
    assert.equal(all(document, tag('script')).length, 0);
    assert.match(cspOf(document), /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; base-uri 'none'; form-action 'none'$/);
    assert.match(html, /@media \(prefers-color-scheme: dark\)/);
    assert.match(html, /var\(--vscode-editor-background, var\(--own-bg\)\)/);
  });
});

describe('grid preview: grids without formulas', () => {
  it('a socle and an option block: a column each, the option computed with its line or the socle', () => {
    const grid = dedent(`
      contrat "Entreprise" millesime 2026 responsable base ro_inclus
      poste "Soins courants"
        consultation generaliste     dptam 100 % BR   non_dptam 100 % BR
        biologie                     100 % BR
      option "Confort" inclut_socle
      poste "Soins courants"
        consultation generaliste     dptam 150 % BR   non_dptam 130 % BR
    `);
    const document = parse(gridPreviewHtml(gridPreview(analyze(grid), { typicalPrices: PRICES }), { kind: 'standalone' }));
    const head = all(all(document, tag('thead'))[0]!, tag('th')).map((th) => plain(text(th)));
    assert.deepEqual(head.slice(4), ['Socle', 'Confort']);
    const rows = rowsOf(document);
    // The option's own line: 150 % BR, as the option of the formulas above (24 €, reste 7 €).
    assert.deepEqual(rows.find((r) => r[1] === 'DPTAM')?.slice(4), ['100 % BR mutuelle 9,00 € · reste 22,00 €', '150 % BR mutuelle 24,00 € · reste 7,00 €']);
    // Biologie has no line in the option: the option column computes the socle's line with the option.
    assert.deepEqual(
      rows
        .find((r) => r[0] === 'Analyses et examens de laboratoire')
        ?.slice(4)
        .map((c) => c.replace(/mutuelle.*/, '')),
      ['100 % BR ', '100 % BR '],
    );
  });

  it('a grid without a date: one row per line, « incalculable », and the reason above the table', () => {
    const document = parse(
      gridPreviewHtml(gridPreview(analyze('contrat "X" base ro_inclus\nposte "Soins courants"\n  biologie 100 % BR\n')), { kind: 'standalone' }),
    );
    assert.match(plain(text(all(document, tag('main'))[0]!)), /ni millésime ni date d'effet/);
    assert.deepEqual(rowsOf(document)[1], ['Analyses et examens de laboratoire', '', '', '', '100 % BR incalculable']);
  });
});
