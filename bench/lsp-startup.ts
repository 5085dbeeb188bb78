/**
 * Language server start-up (spawn → initialize answered) and the bundle sizes.
 * Part of `npm run bench` (bench/run.ts); runnable alone: `node out/bench/lsp-startup.js`.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { repoRoot } from './lib/root';
import { summarize, type Summary } from './lib/stats';

async function startOnce(): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [path.join(repoRoot(), 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  const elapsed = performance.now() - start;
  connection.dispose();
  child.kill();
  return elapsed;
}

export async function benchStartup(runs = 10): Promise<Summary> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await startOnce());
  return summarize(times);
}

/** Sizes in bytes of the bundles (and of the VSIX when it was packaged). */
export function bundleSizes(): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const file of ['dist/server.js', 'dist/extension.js', 'dist/grille.vsix']) {
    const full = path.join(repoRoot(), file);
    if (fs.existsSync(full)) sizes[file] = fs.statSync(full).size;
  }
  return sizes;
}

if (require.main === module) {
  void benchStartup().then((s) => {
    console.log(`server start-up (spawn → initialize): p50 ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms`);
    for (const [file, size] of Object.entries(bundleSizes())) console.log(`${file}: ${(size / 1024).toFixed(0)} KiB`);
  });
}
