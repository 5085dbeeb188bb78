/**
 * Seeded fuzzing of the parser and the full analysis: mutations of the samples (deletions,
 * insertions of random tokens, truncation, huge numbers, unicode, CRLF, BOM, tabs, a 1 MB line,
 * extreme dates and durations, 100 000-digit numbers, thousands of repeated acts, binary content,
 * CR-only line ends). Every input must analyse without throwing, within a time bound, and every
 * amount it computes must add up. `npm run fuzz -- --long` runs
 * 1 000 000 inputs; `npm test` runs a bounded number (test/robustness/fuzz.test.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, AnalysisMemo } from '../server/src/core/analyze';

const TOKENS = [
  'contrat',
  'poste',
  'option',
  'exemple',
  'acte',
  'attendu',
  'situation',
  'dptam',
  'non_dptam',
  'secteur',
  '3',
  '150',
  '%',
  'BR',
  'FR',
  'TM',
  'PMSS',
  'Santé',
  '€',
  ',',
  '+',
  'par',
  'an',
  'seance',
  'dans',
  'la',
  'limite',
  'de',
  '"',
  '«',
  '#',
  'grille-ignore',
  'GR116',
  ':',
  '-',
  '/',
  '×',
  '2026-02-30',
  '31/12/2026',
  '1 234,56',
  '0,61',
  'hors_nomenclature',
  'inclut_socle',
  'carence',
  'tous',
  'les',
  'ans',
  '\n',
  '\r\n',
  '\t',
  '\ufeff',
  '\u00a0',
  '😀',
  'é',
  '\u0000',
  '999999999999999999999999999999',
  '1e309',
  'NaN',
];

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
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.grille'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** Dates at and past the language's bounds, and durations far past them (issue: « Invalid time value »). */
const EXTREME_DATES = [
  '9999-12-31',
  '0000-01-01',
  '0099-12-30',
  '1899-12-31',
  '1900-01-01',
  '2100-12-31',
  '2101-01-01',
  '31/12/9999',
  '29/02/2100',
  '2024-02-29',
];
const EXTREME_DURATIONS = [
  ', carence 1 000 000 000 000 000 mois',
  ', carence 120 mois',
  ', carence 3660 jours',
  ', 1 equipement tous les 1 000 000 000 000 000 ans',
  ', 1 equipement tous les 99 ans',
];

export function mutate(source: string, random: () => number): string {
  let text = source;
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const at = () => Math.floor(random() * (text.length + 1));
  const rounds = 1 + Math.floor(random() * 6);
  for (let r = 0; r < rounds; r++) {
    switch (Math.floor(random() * 15)) {
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
      case 9: {
        // An extreme date in place of a date, or a long stay at one.
        const date = pick(EXTREME_DATES);
        text =
          random() < 0.5
            ? text.replace(/\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4}/, date)
            : text.replace(/^( *acte [^\n]*)$/m, `$1 date ${date} jours ${1 + Math.floor(random() * 366)}`);
        break;
      }
      case 10: {
        // A duration far past its bound, at the end of a guarantee line.
        text = text.replace(/^( {2}[a-z][^\n#]*(?:%|€)[^\n#]*)$/m, `$1${pick(EXTREME_DURATIONS)}`);
        break;
      }
      case 11:
        // Rarely, a run of digits long enough to show a quadratic step (up to 100 000 digits).
        if (random() < 0.05) text = text.replace(/\d+/, '9'.repeat(1 + Math.floor(random() * 100_000)));
        break;
      case 12: {
        // One act repeated in its section (GR117 for each repeat): a few times, rarely thousands.
        const lines = text.split('\n');
        const i = lines.findIndex((l) => /^ {2}[a-z]/.test(l));
        const times = Math.floor(random() * (random() < 0.03 ? 2_000 : 20));
        if (i !== -1) lines.splice(i, 0, ...Array.from({ length: times }, () => lines[i]!));
        text = lines.join('\n');
        break;
      }
      case 13: {
        // Binary content: bytes read as Latin-1, as a binary file opened as a grid would be.
        const start = at();
        text =
          text.slice(0, start) +
          String.fromCharCode(...Array.from({ length: 1 + Math.floor(random() * 2_000) }, () => Math.floor(random() * 256))) +
          text.slice(start);
        break;
      }
      case 14:
        // CR-only line ends (classic Mac).
        text = text.replace(/\r?\n/g, '\r');
        break;
    }
  }
  return text;
}

/** What must hold of every amount computed: decimals that are numbers, Sécu + mutuelle + reste = price. */
function amountProblem(analysis: ReturnType<typeof analyze>): string | null {
  for (const outcome of analysis.examples) {
    for (const event of outcome.events) {
      for (const r of event.results) {
        if (!r.ok) continue;
        const parts = [r.price, r.amoNet, r.amc, r.reste];
        if (parts.some((d) => !d.isFinite())) return `an amount is not a number (${parts.join(' / ')})`;
        if (!r.amoNet.plus(r.amc).plus(r.reste).equals(r.price))
          return `Sécu ${r.amoNet.toString()} + mutuelle ${r.amc.toString()} + reste ${r.reste.toString()} ≠ prix ${r.price.toString()}`;
        if (r.amc.isNegative() || r.amoNet.isNegative()) return `a negative payment (Sécu ${r.amoNet.toString()}, mutuelle ${r.amc.toString()})`;
      }
    }
  }
  return null;
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
      const problem = amountProblem(fresh);
      if (problem) result.failures.push({ seed: i, error: `${problem} for ${JSON.stringify(text.slice(0, 300))}` });
      if (JSON.stringify(incremental.diagnostics) !== JSON.stringify(fresh.diagnostics)) {
        result.failures.push({ seed: i, error: `incremental findings differ from a fresh analysis for ${JSON.stringify(text.slice(0, 300))}` });
      }
    } catch (error) {
      result.failures.push({ seed: i, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
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
  console.log(
    `fuzz: ${result.inputs} inputs in ${((performance.now() - start) / 1000).toFixed(0)} s, slowest ${result.slowest.toFixed(0)} ms, ${result.failures.length} failure(s)`,
  );
  for (const f of result.failures.slice(0, 10)) console.log(`  #${f.seed}: ${f.error}`);
  process.exitCode = result.failures.length > 0 ? 1 : 0;
}
