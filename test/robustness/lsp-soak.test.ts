/**
 * Soak: 10 000 random edits, hovers, inlay and diagnostic requests against the real server. It
 * stays alive, answers every request, and its memory stays flat.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mutate, rng } from '../../bench/fuzz';
import { repoRoot } from '../helpers';
import { LspSession } from '../lsp/lsp-harness';

describe('LSP soak', () => {
  it('10 000 operations: every request answered, memory flat', { timeout: 300_000 }, async () => {
    const base = fs.readFileSync(path.join(repoRoot(), 'samples', 'confort-plus.grille'), 'utf8');
    const random = rng(7);
    const lsp = await LspSession.start();
    try {
      const uri = await lsp.open(base);
      let text = base;
      let answered = 0;
      let rssAfterWarmUp = 0;
      const OPERATIONS = 10_000;
      for (let i = 0; i < OPERATIONS; i++) {
        const lines = text.split('\n').length;
        const position = { line: Math.floor(random() * lines), character: Math.floor(random() * 60) };
        switch (i % 4) {
          case 0:
            // Mostly small edits of the real grid; now and then start again from it.
            text = i % 200 === 0 ? base : mutate(text.length > 20_000 ? base : text, random).slice(0, 30_000);
            await lsp.change(uri, text);
            answered++;
            break;
          case 1:
            await lsp.request('textDocument/hover', { textDocument: { uri }, position });
            answered++;
            break;
          case 2:
            await lsp.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: position.line, character: 0 }, end: { line: position.line + 40, character: 0 } } });
            answered++;
            break;
          case 3:
            await lsp.request('textDocument/diagnostic', { textDocument: { uri } });
            answered++;
            break;
        }
        if (i === 1_000) rssAfterWarmUp = lsp.rss();
      }
      const rssEnd = lsp.rss();
      assert.equal(answered, OPERATIONS);
      assert.ok(lsp.alive);
      // Flat: within 60 MB of the memory after warm-up (GC noise), not growing with the operations.
      assert.ok(rssEnd < rssAfterWarmUp + 60 * 1024 * 1024, `RSS ${(rssAfterWarmUp / 1e6).toFixed(0)} MB → ${(rssEnd / 1e6).toFixed(0)} MB`);
      console.log(`soak: ${OPERATIONS} operations, RSS ${(rssAfterWarmUp / 1e6).toFixed(0)} MB after warm-up, ${(rssEnd / 1e6).toFixed(0)} MB at the end`);
    } finally {
      await lsp.stop();
    }
  });
});
