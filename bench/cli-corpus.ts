/**
 * `grille check` on a corpus of 1 000 generated grids (about 50 lines each), run as the real
 * command in a subprocess, as a reviewer's CI would. Prints the wall time.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateGrid } from './generate-grid';

function root(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-corpus-'));
for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(dir, `grille-${String(i).padStart(4, '0')}.grille`), generateGrid(50, i + 1));
const bytes = fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
const runs: number[] = [];
let last = '';
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [path.join(root(), 'bin', 'grille.js'), 'check', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
  runs.push(performance.now() - start);
  last = run.stdout;
}
const findings = (JSON.parse(last) as { files: { findings: unknown[] }[] }).files.reduce((n, f) => n + f.findings.length, 0);
runs.sort((a, b) => a - b);
console.log(`grille check on 1 000 grids (${(bytes / 1024 / 1024).toFixed(1)} MB, ${findings} findings): median ${(runs[1]! / 1000).toFixed(2)} s (runs: ${runs.map((r) => (r / 1000).toFixed(2)).join(', ')} s)`);
fs.rmSync(dir, { recursive: true, force: true });
