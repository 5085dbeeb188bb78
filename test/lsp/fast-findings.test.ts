/**
 * Fast findings first (docs/language-server.md): a diagnostics pull answers the fast analysis while
 * the full one (the examples, GR401–GR403) is not there; the server runs the full analysis right
 * after and asks the client to pull again; the features that show example outcomes take the full
 * analysis whenever they are asked. The real server, over stdio.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic, InlayHint } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/core/analyze';
import { isSlow } from '../../server/src/core/rules/registry';
import { dedent } from '../helpers';
import { LspSession, showRange } from './lsp-harness';

/** A grid with fast findings (GR101 on `zzz`…) and an example whose `attendu` is wrong (GR401: 25 € where 24 € is computed). */
const WRONG = dedent(`
  contrat "Essentiel" millesime 2026 responsable base ro_inclus
  poste "Soins courants"
    consultation generaliste   dptam 150 % BR   non_dptam 130 % BR
    zzz
  exemple "Généraliste OPTAM"
    acte consultation generaliste dptam prix 50 €
    attendu secu 19 € mutuelle 25 € reste 7 €
`);
const RIGHT = WRONG.replace('mutuelle 25 €', 'mutuelle 24 €');
/** The fast findings of both texts (header findings, GR006 and GR101 on `zzz`), and WRONG's full ones. */
const FAST = ['1:1-1:8 GR206', '1:1-1:8 GR214', '1:1-1:8 GR217', '4:3-4:6 GR006', '4:3-4:6 GR101'];
const FULL = [...FAST, '7:30-7:32 GR401'];
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

/** An inlay hint's label, written as a string or as parts. */
const labelText = (h: InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
const shown = (items: Diagnostic[]) => items.map((d) => `${showRange(d.range)} ${d.code}`);

let lsp: LspSession;
before(async () => {
  lsp = await LspSession.start({ debounceMs: 0 });
});
after(async () => {
  await lsp.stop();
});

describe('fast findings first', () => {
  it('the first pull after a change answers the fast findings; a refresh follows; the next pull has GR401', async () => {
    const uri = await lsp.open(RIGHT);
    assert.deepEqual(shown(await lsp.settledDiagnostics(uri)), FAST);
    const refreshes = lsp.diagnosticRefreshes;
    await lsp.change(uri, WRONG);
    const fast = shown(await lsp.diagnostics(uri));
    assert.deepEqual(fast, FAST);
    await lsp.refreshAfter(refreshes);
    const full = shown(await lsp.diagnostics(uri));
    assert.deepEqual(full, FULL);
    // The fast findings are the full ones without the slow rules', at the same ranges.
    assert.deepEqual(
      full.filter((line) => !isSlow(line.split(' ')[1]!)),
      fast,
    );
  });

  it('an edit elsewhere keeps GR401 in the fast answer (moved with the text), an edit on it drops it until the full analysis', async () => {
    const uri = await lsp.open(WRONG);
    assert.deepEqual(shown(await lsp.settledDiagnostics(uri)), FULL);
    // A line added above the example: GR401 moves one line down and stays in the fast answer.
    const above = WRONG.replace('exemple "Généraliste OPTAM"', '  biologie 100 % BR\nexemple "Généraliste OPTAM"');
    await lsp.change(uri, above);
    const moved = [...FAST, '8:30-8:32 GR401'];
    assert.deepEqual(shown(await lsp.diagnostics(uri)), moved);
    assert.deepEqual(shown(await lsp.settledDiagnostics(uri)), moved);
    // The wrong figure itself edited (25 → 26): the old GR401 is not carried over into the fast answer.
    const refreshes = lsp.diagnosticRefreshes;
    await lsp.change(uri, above.replace('mutuelle 25 €', 'mutuelle 26 €'));
    assert.deepEqual(shown(await lsp.diagnostics(uri)), FAST);
    await lsp.refreshAfter(refreshes);
    assert.deepEqual(shown(await lsp.diagnostics(uri)), moved);
  });

  it('a pull once the full analysis is there answers it at once, and no refresh follows', async () => {
    const uri = await lsp.open(WRONG);
    await lsp.settledDiagnostics(uri);
    const refreshes = lsp.diagnosticRefreshes;
    for (let pull = 0; pull < 3; pull++) assert.deepEqual(shown(await lsp.diagnostics(uri)), FULL);
    await lsp.roundTrip();
    assert.equal(lsp.diagnosticRefreshes, refreshes);
  });

  it('inlay hints on the attendu line show ✗ when asked before any full analysis ran; the pull after them has GR401 at once', async () => {
    const uri = await lsp.open(WRONG);
    const hints = await lsp.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
    const onAttendu = hints.filter((h) => h.position.line === 6).map((h) => labelText(h).replace(/[\u00a0\u202f]/g, ' '));
    assert.deepEqual(onAttendu, ['✗ mutuelle 24 € (attendu 25 €)']);
    const refreshes = lsp.diagnosticRefreshes;
    assert.deepEqual(shown(await lsp.diagnostics(uri)), FULL);
    await lsp.roundTrip();
    assert.equal(lsp.diagnosticRefreshes, refreshes);
  });

  it('inlay hints asked between the fast pull and the full analysis show ✗; the refresh still comes', async () => {
    const uri = await lsp.open(RIGHT);
    await lsp.settledDiagnostics(uri);
    const refreshes = lsp.diagnosticRefreshes;
    await lsp.change(uri, WRONG);
    // Sent together: the server reads the hints request before it runs the full analysis.
    const [fast, hints] = await Promise.all([
      lsp.diagnostics(uri),
      lsp.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE }),
    ]);
    assert.deepEqual(shown(fast), FAST);
    assert.ok(
      hints.some((h) => h.position.line === 6 && labelText(h).startsWith('✗')),
      JSON.stringify(hints),
    );
    // The client shows the fast findings: it is asked to pull the full ones.
    await lsp.refreshAfter(refreshes);
    assert.deepEqual(shown(await lsp.diagnostics(uri)), FULL);
  });

  it('the quick fix of GR401 is offered before any pull', async () => {
    const uri = await lsp.open(WRONG);
    const actions = await lsp.request<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 6, character: 0 }, end: { line: 6, character: 40 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Remplacer par 24,00 €'],
    );
  });
});

describe('rapid edits', () => {
  it('an edit right after a pull: the superseded text is never analysed in full, no refresh for it', async () => {
    const uri = await lsp.open(RIGHT);
    await lsp.settledDiagnostics(uri);
    const refreshes = lsp.diagnosticRefreshes;
    await lsp.change(uri, WRONG);
    const answer = await lsp.pullThenChange(uri, RIGHT.replace('zzz', 'yyy'));
    assert.deepEqual(shown((answer.result as { items: Diagnostic[] }).items), FAST);
    await lsp.roundTrip();
    assert.equal(lsp.diagnosticRefreshes, refreshes, 'a refresh for the superseded text');
    // Its GR401 never shows: the pull after the edit is the new text's.
    assert.deepEqual(shown(await lsp.settledDiagnostics(uri)), FAST);
  });

  it('a burst of edits, each pulled just before the next: no GR401 of a superseded text is answered, no refresh for one; the last text settles on its own findings', async () => {
    const uri = await lsp.open(RIGHT);
    await lsp.settledDiagnostics(uri);
    const refreshes = lsp.diagnosticRefreshes;
    const answers: Promise<{ result?: unknown; error?: unknown }>[] = [];
    let text = WRONG;
    await lsp.change(uri, text);
    for (let edit = 0; edit < 30; edit++) {
      // Every other text has a wrong attendu; the last one is right.
      text = (edit % 2 === 1 ? RIGHT : WRONG).replace('zzz', `z${edit}`);
      answers.push(lsp.pullThenChange(uri, text));
    }
    for (const answer of await Promise.all(answers)) {
      assert.equal(answer.error, undefined);
      const items = shown((answer.result as { items: Diagnostic[] }).items);
      assert.deepEqual(
        items.map((line) => line.split(' ')[1]),
        ['GR206', 'GR214', 'GR217', 'GR006', 'GR101'],
      );
    }
    await lsp.roundTrip();
    assert.equal(lsp.diagnosticRefreshes, refreshes, `${lsp.diagnosticRefreshes - refreshes} refreshes for superseded texts`);
    const final = shown(await lsp.settledDiagnostics(uri));
    assert.deepEqual(
      final,
      analyze(text).diagnostics.map((d) => `${showRange({ start: position(text, d.range.start), end: position(text, d.range.end) })} ${d.code}`),
    );
    assert.deepEqual(final, FAST);
  });
});

describe('a client without workspace/diagnostic/refresh', () => {
  it('gets the full findings from one pull', async () => {
    const plain = await LspSession.start({ debounceMs: 0 }, {}, {}, { diagnosticRefresh: false });
    try {
      const uri = await plain.open(WRONG);
      assert.deepEqual(shown(await plain.diagnostics(uri)), FULL);
      await plain.roundTrip();
      assert.equal(plain.diagnosticRefreshes, 0);
    } finally {
      await plain.stop();
    }
  });
});

function position(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}
