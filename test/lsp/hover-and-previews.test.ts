/**
 * Hovers, previews, lenses and traces against the real server: in French and in English (every
 * glossary entry in both), acts that are glossary terms, the typical-price setting, lines with a
 * carence, sectors in examples.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeLens, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { frenchDate } from '../../server/src/core/present/dates';
import { GLOSSARY, glossaryText } from '../../server/src/core/glossary/glossary';
import { defaultParameters } from '../../server/src/core/params/lookup';
import { parameterLabel, parameterValue } from '../../server/src/core/present/labels';
import { LspSession, showRange, withCursor } from './lsp-harness';

const HEADER = 'contrat "X" millesime 2026 responsable base ro_inclus\n';
const DATE = '2026-01-01';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

let fr: LspSession;
let en: LspSession;
before(async () => {
  [fr, en] = await Promise.all([LspSession.start({ debounceMs: 0, language: 'fr' }), LspSession.start({ debounceMs: 0, language: 'en' })]);
});
after(async () => {
  await Promise.all([fr.stop(), en.stop()]);
});

async function hover(lsp: LspSession, marked: string): Promise<string | null> {
  const { text, position } = withCursor(marked);
  const uri = await lsp.open(text);
  const result = await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  return result ? plain((result.contents as { value: string }).value) : null;
}

async function hints(lsp: LspSession, text: string): Promise<string[]> {
  const uri = await lsp.open(text);
  const list = await lsp.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
  return list.map(
    (h) => `${h.position.line + 1}:${h.position.character + 1} ${plain(typeof h.label === 'string' ? h.label : h.label.map((part) => part.value).join(''))}`,
  );
}

describe('every glossary entry, in French and in English', () => {
  for (const language of ['fr', 'en'] as const) {
    for (const entry of GLOSSARY) {
      const word = entry.words[0]!;
      it(`${language}: « ${word} » → ${entry.id}`, async () => {
        const text = (await hover(language === 'fr' ? fr : en, `${HEADER}poste "A"\n  consultation generaliste 100 % BR ${word}‸\n`))!;
        assert.ok(text, `no hover on « ${word} »`);
        // The entry opens the hover; on a sector word (`optam`), it follows the line's own breakdown.
        const title = `**${language === 'fr' ? entry.title : entry.titleEn}**`;
        assert.ok(
          text.startsWith(title) ||
            (text.includes(`\n\n---\n\n${title}`) && text.startsWith(language === 'fr' ? '**Consultation de médecin généraliste**' : '**GP consultation**')),
          text,
        );
        assert.ok(text.includes(plain(glossaryText(language === 'fr' ? entry.definition : entry.definitionEn, defaultParameters, DATE))), text);
        assert.ok(!/\{[a-z0-9_.]+\}/.test(text), `a figure left unfilled: ${text}`);
        const figures = (entry.figures ?? []).map((id) => defaultParameters.lookup(id, DATE)!);
        if (figures.length > 0) {
          assert.ok(text.includes(language === 'fr' ? 'Chiffres (millésime 2026) :' : 'Figures (millésime 2026):'), text);
          assert.ok(text.includes(language === 'fr' ? '| chiffre | valeur | depuis | source |' : '| figure | value | since | source |'), text);
        }
        for (const p of figures)
          assert.ok(
            text.includes(`| ${parameterLabel(p, language)} | ${plain(parameterValue(p, language))} | ${frenchDate(p.start)} |`),
            `${p.id} missing in\n${text}`,
          );
        if (entry.formula) assert.ok(text.includes(`${language === 'fr' ? 'Formule :' : 'Formula:'} \``), text);
        assert.ok(text.includes(`${language === 'fr' ? 'Source :' : 'Source:'} ${entry.source}`), text);
      });
    }
  }

  it('no glossary definition or formula writes a figure (euros or percent) itself', () => {
    // « 100 % Santé » is a name, « … » quotes grid notation: neither is a figure.
    const literal = /\d[\d.,]*\s*(€|%)/;
    const offenders = GLOSSARY.flatMap((g) =>
      [g.definition, g.definitionEn, g.formula ?? ''].map((t) => ({ id: g.id, text: t.replace(/«[^»]*»|"[^"]*"/g, '').replace(/100 % Santé/g, '') })),
    ).filter((t) => literal.test(t.text));
    assert.deepEqual(
      offenders.map((o) => `${o.id}: ${literal.exec(o.text)![0]}`),
      [],
    );
  });
});

describe('English mode: acts, lines, lenses and previews', () => {
  const GRID = `${HEADER}poste "Soins courants"\n  consultation generaliste   dptam 150 % BR   non_dptam 130 % BR\n  osteopathie   40 € par seance, 4 seances par an\n`;

  it('act hover: « Sécu side » and the table headings in English', async () => {
    const text = (await hover(en, GRID.replace('  consultation generaliste', '  consultation gene‸raliste')))!;
    assert.ok(text.startsWith('**GP consultation** — NGAP, section Routine care\n\nConsultation (G) of a general practitioner'), text);
    assert.match(text, /Sécu side \(millésime 2026\):\n\n\| figure \| value \| since \| source \|/);
    assert.match(text, /\| sector 1 \/ DPTAM — BR of a GP consultation \(G\), sector 1 and DPTAM \| 30,00 € \| 22\/12\/2024 \| \(confirmed\)/);
    assert.match(text, /Typical price used by previews: €30.00 per consultation \(Grille's assumption\)\./);
  });

  it('line hover: what the line pays, in English', async () => {
    const text = (await hover(en, GRID.replace('40 € par seance', '4‸0 € par seance')))!;
    assert.equal(
      text,
      '**Osteopathy**: what the line pays\n\n- 40,00 € per session; 4 sessions per year at most.\n  For 60,00 €: Sécu 0,00 € · insurer 40,00 € · out-of-pocket 20,00 € (no BR: the Sécu pays nothing).',
    );
  });

  it('lens title and inlay labels in English', async () => {
    const uri = await en.open(GRID);
    const lenses = await en.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(
      lenses.map((l) => l.command!.title),
      [],
    );
    assert.deepEqual(await hints(en, GRID), ['3:65 DPTAM out-of-pocket €2 (€19 / €9)', '4:50 out-of-pocket €20 · Sécu €0 · insurer €40']);
  });
});

describe('acts that are glossary terms: the act card, then the term', () => {
  const cases: [string, string][] = [
    ['participation forfait‸aire non_couvert', '**PF — participation forfaitaire**'],
    ['participation forfaitaire actes lou‸rds 100 % FR', '**PAL — participation forfaitaire « actes lourds »**'],
    ['franchises medic‸ales non_couvert', '**Franchise médicale**'],
    ['forfait journal‸ier 100 % FR', '**FJH — forfait journalier hospitalier**'],
    ['forfait patient urg‸ences 100 % FR', '**FPU — forfait patient urgences**'],
  ];
  for (const [line, title] of cases) {
    it(`« ${line.replace('‸', '')} » → ${title}`, async () => {
      const text = (await hover(fr, `${HEADER}poste "Hospitalisation"\n  ${line}\n`))!;
      const [card, entry] = text.split('\n\n---\n\n');
      assert.match(card!, /^\*\*[^*]+\*\* — /);
      assert.match(card!, /Prix typique des aperçus/);
      assert.ok(entry?.startsWith(title), text);
      assert.match(entry!, /Source : /);
    });
  }
});

describe('« secteur 3 » in an example', () => {
  it('hover on « 3 »: the sectors entry over « secteur 3 »', async () => {
    const marked = `${HEADER}poste "A"\n  consultation generaliste 100 % BR\nexemple "E"\n  acte consultation generaliste secteur ‸3 prix 50 €\n`;
    const { text, position } = withCursor(marked);
    const uri = await fr.open(text);
    const result = await fr.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
    assert.ok(plain((result.contents as { value: string }).value).startsWith('**Secteurs 1, 2 et 3**'));
    assert.equal(showRange(result.range!), '5:33-5:42');
  });
});

describe('the typical-price setting in hover and « Expliquer »', () => {
  it('hover and trace use the configured price, like the previews', async () => {
    const lsp = await LspSession.start({ debounceMs: 0, typicalPrices: { 'consultation generaliste': 50 } });
    try {
      const grid = `${HEADER}poste "A"\n  consultation generaliste 100 % BR\n`;
      const text = (await hover(lsp, grid.replace('100 % BR', '100 % B‸R')))!;
      assert.match(text, /Pour 50,00 € : Sécu 19,00 € · mutuelle 9,00 € · reste 22,00 €/);
      const act = (await hover(lsp, grid.replace('consultation generaliste', 'consultation genera‸liste')))!;
      assert.match(act, /Prix typique des aperçus : 50,00 € par consultation \(hypothèse de Grille\)\. Réglé par grille\.typicalPrices\./);
      const uri = await lsp.open(grid);
      const trace = plain(await lsp.request<string>('grille/expliquer', { uri, kind: 'line', key: grid.indexOf('  consultation generaliste') + 2 }));
      assert.match(trace, /\*\*Sécu 19,00 € · mutuelle 9,00 € · reste à charge 22,00 €\*\* pour 50,00 €/);
    } finally {
      await lsp.stop();
    }
  });
});

describe('a line with a carence', () => {
  const GRID = `${HEADER}poste "Dentaire"\n  implant dentaire 400 € par an, carence 6 mois   # HN\n`;

  it('inlay at the end of the line (after the comment), computed after the carence and saying so', async () => {
    assert.deepEqual(await hints(fr, GRID), ['3:55 reste 800 € (0 € / 400 €) (après 6 mois)']);
  });

  it('hover and trace: the amounts once the guarantee applies', async () => {
    const text = (await hover(fr, GRID.replace('400 €', '4‸00 €')))!;
    assert.match(
      text,
      /- 400,00 € par an ; après une carence de 6 mois\.\n  Pour 1 200,00 €, après carence de 6 mois : Sécu 0,00 € · mutuelle 400,00 € · reste 800,00 €/,
    );
    const uri = await fr.open(GRID);
    const trace = plain(await fr.request<string>('grille/expliquer', { uri, kind: 'position', key: 0, position: { line: 2, character: 4 } }));
    assert.match(
      trace,
      /## Tous secteurs — après carence de 6 mois\n\n\*\*Sécu 0,00 € · mutuelle 400,00 € · reste à charge 800,00 €\*\* pour 1 200,00 € le 01\/07\/2026\./,
    );
  });
});
