/**
 * The language server's memory and its slowest keystrokes under each V8 heap setting: the bundled
 * server (dist/server.js) with `GRILLE_HEAP_FLAGS` set to each variant in turn, the 5 000-line grid,
 * 100 keystrokes (didChange → pulled diagnostics, hover, inlay hints of the screen). Reports the
 * round trip, the resident memory after opening, its peak and its end, and the heap after a full
 * collection (`grille/test/memoire`, `GRILLE_TEST_MEMORY=1`): what the server retains.
 * `npm run bench:memory`; results in docs/performance.md (« Memory »).
 */
import { HEAP_FLAGS } from '../server/src/lsp/server';
import { generateGrid } from './generate-grid';
import { KeystrokeSequence } from './lib/keystrokes';
import { summarize, type Summary } from './lib/stats';
import { grilleKeystroke, openGrille } from './lsp-bench';

const VARIANTS: { label: string; flags: string }[] = [
  { label: 'V8 defaults', flags: '' },
  { label: '--heap-growing-percent=30', flags: '--heap-growing-percent=30' },
  { label: '--heap-growing-percent=50', flags: '--heap-growing-percent=50' },
  { label: `${HEAP_FLAGS.join(' ')} (shipped)`, flags: HEAP_FLAGS.join(' ') },
];

interface MemoryRun {
  label: string;
  diagnostics: Summary;
  rssOpenMiB: number;
  rssPeakMiB: number;
  rssEndMiB: number;
  heapAfterGcMiB: number;
}

const MiB = 1024 * 1024;

/** The LSP bench's session and keystrokes (`bench/lsp-bench.ts`), with the server's heap flags set. */
async function run(label: string, flags: string, text: string, keystrokes: number): Promise<MemoryRun> {
  const session = await openGrille(text, { ...process.env, GRILLE_HEAP_FLAGS: flags, GRILLE_TEST_MEMORY: '1' });
  const { client } = session;
  try {
    const rssOpen = session.rssKiB;
    let peak = rssOpen;
    const edits = new KeystrokeSequence(text);
    const times: number[] = [];
    for (let i = 0; i < keystrokes; i++) {
      times.push((await grilleKeystroke(session, edits.next().keystroke)).diagnostics);
      peak = Math.max(peak, client.rssKiB());
    }
    const rssEnd = client.rssKiB();
    const memory = await client.request<{ heapUsed: number }>('grille/test/memoire', {});
    return {
      label,
      diagnostics: summarize(times),
      rssOpenMiB: rssOpen / 1024,
      rssPeakMiB: peak / 1024,
      rssEndMiB: rssEnd / 1024,
      heapAfterGcMiB: memory.heapUsed / MiB,
    };
  } finally {
    await client.stop();
  }
}

export async function benchMemory(rounds = 2, keystrokes = 100, lines = 5000): Promise<MemoryRun[]> {
  const text = generateGrid(lines);
  const runs: MemoryRun[] = [];
  // Variants in turn, round after round, so the machine's load falls on all of them alike.
  for (let r = 0; r < rounds; r++) for (const v of VARIANTS) runs.push(await run(v.label, v.flags, text, keystrokes));
  return runs;
}

if (require.main === module) {
  void benchMemory().then((runs) => {
    const f = (n: number) => n.toFixed(1).replace('.', ',');
    console.log('| | didChange → diagnostics p50 / p95 | RSS after opening | RSS peak | RSS at the end | heap after a full GC |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const r of runs)
      console.log(
        `| ${r.label} | ${f(r.diagnostics.p50)} / ${f(r.diagnostics.p95)} ms | ${r.rssOpenMiB.toFixed(0)} MiB | ${r.rssPeakMiB.toFixed(0)} MiB | ${r.rssEndMiB.toFixed(0)} MiB | ${f(r.heapAfterGcMiB)} MiB |`,
      );
  });
}
