/**
 * `npm run bench`: language server start-up (spawn → initialize answered) and the bundle sizes.
 * Part of the benchmark suite; numbers go to docs/performance.md.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

function root(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

async function startOnce(): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [path.join(root(), 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  const elapsed = performance.now() - start;
  connection.dispose();
  child.kill();
  return elapsed;
}

async function main(): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 10; i++) times.push(await startOnce());
  times.sort((a, b) => a - b);
  console.log(`server start-up (spawn → initialize): p50 ${times[5]!.toFixed(0)} ms, p95 ${times[9]!.toFixed(0)} ms`);
  for (const file of ['dist/server.js', 'dist/extension.js', 'dist/grille.vsix']) {
    const full = path.join(root(), file);
    if (fs.existsSync(full)) console.log(`${file}: ${(fs.statSync(full).size / 1024).toFixed(0)} KiB`);
  }
}

void main();
