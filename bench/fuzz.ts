/**
 * Seeded fuzzing of the parser and the full analysis: mutations of the samples (deletions,
 * insertions of random tokens, truncation, huge numbers, unicode, CRLF, BOM, tabs, a 1 MB line).
 * Every input must analyse without throwing, within a time bound. `npm run fuzz -- --long` runs
 * 1 000 000 inputs; `npm test` runs a bounded number (test/robustness/fuzz.test.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, AnalysisMemo } from '../server/src/core/analyze';

const TOKENS = ['contrat', 'poste', 'option', 'exemple', 'acte', 'attendu', 'situation', 'dptam', 'non_dptam', 'secteur', '3', '150', '%', 'BR', 'FR', 'TM', 'PMSS', 'Santé', '€', ',', '+', 'par', 'an', 'seance', 'dans', 'la', 'limite', 'de', '"', '«', '#', 'grille-ignore', 'GR116', ':', '-', '/', '×', '2026-02-30', '31/12/2026', '1 234,56', '0,61', 'hors_nomenclature', 'inclut_socle', 'carence', 'tous', 'les', 'ans', '\n', '\r\n', '\t', '\ufeff', '\u00a0', '😀', 'é', '\u0000', '999999999999999999999999999999', '1e309', 'NaN'];

/** xorshift32: reproducible from a seed, no dependency. */
export function rng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

export function loadCorpus(root: string): string[] {
  const dir = path.join(root, 'samples');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.grille')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

export function mutate(source: string, random: () => number): string {
  let text = source;
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const at = () => Math.floor(random() * (text.length + 1));
  const rounds = 1 + Math.floor(random() * 6);
  for (let r = 0; r < rounds; r++) {
    switch (Math.floor(random() * 9)) {
      case 0: {
        const start = at();
        text = text.slice(0, start) + text.slice(start + Math.floor(random() * 40));
        break;
      }
      case 1:
      case 2: {
        const start = at();
        text = text.slice(0, start) + ' ' + pick(TOKENS) + ' ' + text.slice(start);
        break;
      }
      case 3:
        text = text.slice(0, at());
        break;
      case 4:
        text = text.replace(/\d+/, '9'.repeat(1 + Math.floor(random() * 400)));
        break;
      case 5:
        text = text.replace(/\n/g, '\r\n');
        break;
      case 6:
        text = '\ufeff' + text.replace(/ {2}/g, '\t');
        break;
      case 7: {
        const start = at();
        text = text.slice(0, start) + String.fromCharCode(...Array.from({ length: 20 }, () => Math.floor(random() * 0xd7ff))) + text.slice(start);
        break;
      }
      case 8: {
        // Rarely, a very long line (up to 1 MB).
        if (random() < 0.02) {
          const start = at();
          text = text.slice(0, start) + '  osteopathie 40 € '.repeat(Math.floor(random() * 55_000)) + text.slice(start);
        }
        break;
      }
    }
  }
  return text;
}

export interface FuzzResult {
  inputs: number;
  slowest: number;
  failures: { seed: number; error: string }[];
}

/**
 * Runs `count` mutated inputs from `seed`; an input slower than `boundMs` counts as a failure.
 * Each input is also analysed incrementally, with one memo per corpus file (so the memo goes from
 * one mutation of the file to the next, as an editor would through any edit): its findings must be
 * those of the fresh analysis.
 */
export function fuzz(corpus: string[], count: number, seed: number, boundMs: number): FuzzResult {
  const random = rng(seed);
  const result: FuzzResult = { inputs: 0, slowest: 0, failures: [] };
  const memos = corpus.map(() => new AnalysisMemo());
  for (let i = 0; i < count; i++) {
    const text = mutate(corpus[i % corpus.length]!, random);
    const start = performance.now();
    try {
      const fresh = analyze(text);
      const incremental = analyze(text, { memo: memos[i % corpus.length]! });
      if (JSON.stringify(incremental.diagnostics) !== JSON.stringify(fresh.diagnostics)) {
        result.failures.push({ seed: i, error: `incremental findings differ from a fresh analysis for ${JSON.stringify(text.slice(0, 300))}` });
      }
    } catch (error) {
      result.failures.push({ seed: i, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
    const elapsed = performance.now() - start;
    result.slowest = Math.max(result.slowest, elapsed);
    if (elapsed > boundMs) result.failures.push({ seed: i, error: `${elapsed.toFixed(0)} ms > ${boundMs} ms for ${text.length} characters` });
    result.inputs++;
  }
  return result;
}

if (require.main === module) {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  const long = process.argv.includes('--long');
  const count = long ? 1_000_000 : 20_000;
  const start = performance.now();
  const result = fuzz(loadCorpus(dir), count, 2026, 5_000);
  console.log(`fuzz: ${result.inputs} inputs in ${((performance.now() - start) / 1000).toFixed(0)} s, slowest ${result.slowest.toFixed(0)} ms, ${result.failures.length} failure(s)`);
  for (const f of result.failures.slice(0, 10)) console.log(`  #${f.seed}: ${f.error}`);
  process.exitCode = result.failures.length > 0 ? 1 : 0;
}
