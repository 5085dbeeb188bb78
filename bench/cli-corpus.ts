/**
 * `grille check` on a corpus of 1 000 grids (a copy of each realistic sample in turn, 91 and 111 lines), run as the real
 * command in a subprocess, as a reviewer's CI would. Part of `npm run bench` (bench/run.ts);
 * runnable alone: `node out/bench/cli-corpus.js`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { REALISTIC_SAMPLES, realisticGrid } from './generate-grid';
import { repoRoot } from './lib/root';
import { percentile } from './lib/stats';

export interface CorpusResult {
  files: number;
  bytes: number;
  findings: number;
  /** Median wall time of the runs, ms, Node.js start-up included. */
  ms: number;
  runs: number[];
}

export function benchCorpus(files = 1000, runs = 3): CorpusResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-corpus-'));
  try {
    for (let i = 0; i < files; i++)
      fs.writeFileSync(path.join(dir, `grille-${String(i).padStart(4, '0')}.grille`), realisticGrid(Infinity, i % REALISTIC_SAMPLES.length, 1));
    const bytes = fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
    const times: number[] = [];
    let last = '';
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const run = spawnSync(process.execPath, [path.join(repoRoot(), 'bin', 'grille.js'), 'check', '--format', 'json', dir], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      });
      times.push(performance.now() - start);
      last = run.stdout;
    }
    const report = JSON.parse(last) as { files: { findings: unknown[] }[] };
    if (report.files.length !== files) throw new Error(`grille check reported ${report.files.length} files, expected ${files}`);
    const findings = report.files.reduce((n, f) => n + f.findings.length, 0);
    return { files, bytes, findings, ms: percentile(times, 50), runs: times };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const r = benchCorpus();
  console.log(
    `grille check on ${r.files} grids (${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${r.findings} findings): median ${(r.ms / 1000).toFixed(2)} s (runs: ${r.runs.map((t) => (t / 1000).toFixed(2)).join(', ')} s)`,
  );
}
