/**
 * Soak: 10 000 random edits, hovers, inlay and diagnostic requests against the real server. It
 * stays alive, answers every request, and its memory stays flat: what the server retains (its heap
 * right after a full garbage collection, through a test-only request) is sampled over the second
 * half of the run and must not grow with the operations. RSS is reported, not asserted: it also
 * counts garbage V8 has not collected yet.
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
    const lsp = await LspSession.start({ debounceMs: 0 }, { GRILLE_TEST_MEMORY: '1' });
    const retained = async () => (await lsp.request<{ heapUsed: number }>('grille/test/memoire', {})).heapUsed;
    try {
      const uri = await lsp.open(base);
      let text = base;
      let answered = 0;
      let rssAfterWarmUp = 0;
      const OPERATIONS = 10_000;
      /** Heap after a full GC, at 5 000, 6 000 … 10 000 operations, each time on the base grid. */
      const samples: number[] = [];
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
            await lsp.request('textDocument/inlayHint', {
              textDocument: { uri },
              range: { start: { line: position.line, character: 0 }, end: { line: position.line + 40, character: 0 } },
            });
            answered++;
            break;
          case 3:
            await lsp.request('textDocument/diagnostic', { textDocument: { uri } });
            answered++;
            break;
        }
        if (i === 1_000) rssAfterWarmUp = lsp.rss();
        if ((i + 1) % 1_000 === 0 && i + 1 >= OPERATIONS / 2) {
          // Same text each time (the base grid, analysed), so the samples differ only by what piled up.
          text = base;
          await lsp.change(uri, text);
          await lsp.request('textDocument/diagnostic', { textDocument: { uri } });
          samples.push(await retained());
        }
      }
      const rssEnd = lsp.rss();
      assert.equal(answered, OPERATIONS);
      assert.ok(lsp.alive);
      const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
      const shown = samples.map(mb).join(' → ');
      // Flat: every later sample within 4 MiB of the first (what 1 000 operations would leave behind
      // if analyses, closures or memo entries were kept is far more), and no steady climb.
      const first = samples[0]!;
      for (const sample of samples) assert.ok(sample < first + 4 * 1048576, `retained heap grows: ${shown} MiB`);
      const rising = samples.slice(1).filter((v, k) => v > samples[k]! + 256 * 1024).length;
      assert.ok(rising < samples.length - 1, `retained heap rises at every sample: ${shown} MiB`);
      console.log(
        `soak: ${OPERATIONS} operations, retained heap after GC ${shown} MiB; RSS ${(rssAfterWarmUp / 1e6).toFixed(0)} MB after warm-up, ${(rssEnd / 1e6).toFixed(0)} MB at the end`,
      );
    } finally {
      await lsp.stop();
    }
  });
});
