/**
 * Diagnostics wait `debounceMs` after a request before computing. An edit during the wait makes the
 * request stale: ServerCancelled (-32802) with `retriggerRequest`, so the editor asks again. A
 * `$/cancelRequest` from the editor during the wait: RequestCancelled (-32800). The real server,
 * over stdio, with a 200 ms wait, `fixed` (every pull waits). Then the default, `adaptive`: a pull
 * waits only when the document's last analysis was slow.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { ADAPTIVE_DEBOUNCE_THRESHOLD_MS, debounceWait } from '../../server/src/lsp/settings';
import { LspSession } from './lsp-harness';

const GRID = 'contrat "X" millesime 2026 responsable base ro_inclus\nposte "A"\n  consultation generaliste 150 % BX\n';

let lsp: LspSession;
before(async () => {
  lsp = await LspSession.start({ debounceMs: 200, debounce: 'fixed' });
});
after(async () => {
  await lsp.stop();
});

async function failure(promise: Promise<unknown>): Promise<{ code: number; message: string; data?: unknown }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code: number; message: string; data?: unknown };
    return { code: e.code, message: e.message, ...(e.data !== undefined ? { data: e.data } : {}) };
  }
  assert.fail('the request was answered, not cancelled');
}

describe('diagnostics: debounce and cancellation (debounceMs 200, fixed)', () => {
  it('an edit during the wait: ServerCancelled with retriggerRequest; asked again, the findings of the new text', async () => {
    const uri = await lsp.open(GRID);
    const stale = lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    await new Promise((r) => setTimeout(r, 50));
    await lsp.change(uri, GRID.replace('BX', 'BR'));
    assert.deepEqual(await failure(stale), { code: -32802, message: "Document modifié pendant l'analyse", data: { retriggerRequest: true } });
    const fresh = (await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })) as unknown as {
      items: { code: string }[];
    };
    assert.ok(!fresh.items.some((d) => d.code === 'GR010'), JSON.stringify(fresh.items));
  });

  it('a $/cancelRequest from the editor during the wait: RequestCancelled', async () => {
    const uri = await lsp.open(GRID);
    const request = lsp.cancellableRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    await new Promise((r) => setTimeout(r, 50));
    request.cancel();
    assert.deepEqual(await failure(request.result), { code: -32800, message: 'Demande annulée par le client' });
  });

  it('without edit nor cancellation: the findings, after the wait', async () => {
    const uri = await lsp.open(GRID);
    const started = Date.now();
    const report = (await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })) as unknown as {
      items: { code: string }[];
    };
    assert.ok(Date.now() - started >= 190, `answered after ${Date.now() - started} ms`);
    assert.ok(report.items.some((d) => d.code === 'GR010'));
  });
});

describe('adaptive debounce (the default)', () => {
  it('waits debounceMs only after an analysis of the document that took the threshold or more', () => {
    const adaptive = { debounce: 'adaptive', debounceMs: 150 } as const;
    assert.equal(debounceWait(adaptive, undefined), 0, 'first pull: nothing known, answered at once');
    assert.equal(debounceWait(adaptive, ADAPTIVE_DEBOUNCE_THRESHOLD_MS - 0.1), 0);
    assert.equal(debounceWait(adaptive, ADAPTIVE_DEBOUNCE_THRESHOLD_MS), 150);
    assert.equal(debounceWait(adaptive, 400), 150);
    assert.equal(debounceWait({ debounce: 'fixed', debounceMs: 150 }, 1), 150, 'fixed: always');
  });

  it('a small grid (fast analysis) is answered without the wait, with the findings of the text', async () => {
    const session = await LspSession.start({ debounceMs: 200 });
    try {
      const uri = await session.open(GRID);
      // A few keystrokes first: the server's first analyses run cold (compiling), the next ones take a few ms.
      for (const rate of ['151', '152', '153', '154']) {
        await session.change(uri, GRID.replace('150', rate));
        await session.request('textDocument/diagnostic', { textDocument: { uri } });
      }
      await session.change(uri, GRID.replace('150 %', '160 %'));
      const started = Date.now();
      const report = (await session.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })) as unknown as {
        items: { code: string }[];
      };
      assert.ok(Date.now() - started < 200, `answered after ${Date.now() - started} ms`);
      assert.ok(report.items.some((d) => d.code === 'GR010'));
    } finally {
      await session.stop();
    }
  });
});
