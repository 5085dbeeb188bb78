/**
 * Engine throughput: line computations per second (`previewLine` over every guarantee line of the
 * 5 000-line realistic grid, one `computeCare` per sector column and formula, as the inline
 * previews do; the median of three runs), and a year of
 * care for a family, 10 000 cases through `simulate` with shared limits and allowances.
 */
import Decimal from 'decimal.js';
import { previewLine, simulate } from '../server/src/core/engine/simulate';
import { SimulationState } from '../server/src/core/engine/state';
import { buildModel } from '../server/src/core/model/build-model';
import type { CareCase, GridModel } from '../server/src/core/model/grid-model';
import type { CaseSector } from '../server/src/core/syntax/ast';
import { parse } from '../server/src/core/syntax/blocks';
import { realisticGrid } from './generate-grid';
import { percentile } from './lib/stats';

export interface EngineOptions {
  throughputLines: number;
  /** Minimum measured time of the throughput loop, ms. */
  minMs: number;
  cases: number;
  simulationRuns: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = { throughputLines: 5000, minMs: 2000, cases: 10000, simulationRuns: 5 };

export interface EngineResult {
  lines: number;
  computations: number;
  perSecond: number;
  simulation: { cases: number; ms: number; casesPerSecond: number; failed: number };
}

function modelOf(lines: number): GridModel {
  return buildModel(parse(realisticGrid(lines))).model;
}

function throughput(grid: GridModel, minMs: number): { computations: number; perSecond: number } {
  const lines = grid.lines.filter((l) => l.act);
  const pass = () => lines.reduce((n, line) => n + previewLine(grid, line).length, 0);
  pass(); // warm-up
  const runs: { computations: number; perSecond: number }[] = [];
  for (let r = 0; r < 3; r++) {
    let computations = 0;
    const start = performance.now();
    do computations += pass();
    while (performance.now() - start < minMs / 3);
    runs.push({ computations, perSecond: computations / ((performance.now() - start) / 1000) });
  }
  return runs.sort((a, b) => a.perSecond - b.perSecond)[1]!;
}

/** 10 000 cases over 2026 for a family of four: acts of the grid, sectors, prices around typical. */
export function yearOfCare(grid: GridModel, count: number, seed = 7): CareCase[] {
  let state = seed;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const acts = [...new Map(grid.lines.filter((l) => l.act).map((l) => [l.act!.id, l.act!])).values()];
  const family = [
    { name: 'adulte 1', age: 42 },
    { name: 'adulte 2', age: 39 },
    { name: 'enfant 1', age: 12 },
    { name: 'enfant 2', age: 7 },
  ];
  const sectors: CaseSector[] = ['secteur1', 'dptam', 'non_dptam', 'non_conventionne'];
  const cases: CareCase[] = [];
  for (let i = 0; i < count; i++) {
    const act = acts[Math.floor(random() * acts.length)]!;
    const who = family[Math.floor(random() * family.length)]!;
    const sector = act.doctor ? sectors[Math.floor(random() * sectors.length)]! : 'secteur1';
    const day = Math.floor((i / count) * 365);
    const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
    const typical = new Decimal(act.typicalPrice[sector as keyof typeof act.typicalPrice] ?? act.typicalPrice.default);
    const unitPrice = random() < 0.5 ? null : typical.times(0.8 + random() * 0.8).toDecimalPlaces(2);
    cases.push({
      act,
      sector,
      unitPrice,
      br: null,
      date,
      quantity: 1 + Math.floor(random() * 2),
      age: who.age,
      flags: new Set(),
      adhesionDate: null,
      option: null,
      beneficiary: who.name,
    });
  }
  return cases;
}

export function benchEngine(options: EngineOptions = DEFAULT_ENGINE_OPTIONS): EngineResult {
  const big = modelOf(options.throughputLines);
  const { computations, perSecond } = throughput(big, options.minMs);
  const grid = modelOf(100);
  const cases = yearOfCare(grid, options.cases);
  simulate(grid, cases.slice(0, 500)); // warm-up
  const times: number[] = [];
  let failed = 0;
  for (let i = 0; i < options.simulationRuns; i++) {
    const start = performance.now();
    const results = simulate(grid, cases, { state: new SimulationState() });
    times.push(performance.now() - start);
    failed = results.filter((r) => !r.ok).length;
  }
  const ms = percentile(times, 50);
  return {
    lines: options.throughputLines,
    computations,
    perSecond,
    simulation: { cases: options.cases, ms, casesPerSecond: options.cases / (ms / 1000), failed },
  };
}

if (require.main === module) console.log(JSON.stringify(benchEngine()));
