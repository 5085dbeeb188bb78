/** Test helpers: grids as text in, findings and amounts as text out, so tests read like the spec. */
import Decimal from 'decimal.js';
import { analyze, type Analysis } from '../server/src/core/analyze';
import { plainSpaces, formatEuros } from '../server/src/core/engine/money';

/** The repository root (one finder for tests and benchmarks). */
export { repoRoot } from '../bench/lib/root';

/** Removes the common leading indentation of a template literal, so grids can be indented in tests. */
export function dedent(text: string): string {
  const lines = text
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}

/** `L:C CODE message`, one per finding, 1-based line and column. */
export function renderDiagnostics(analysis: Analysis): string[] {
  return analysis.diagnostics.map((d) => {
    const p = analysis.lineIndex.positionAt(d.range.start);
    return `${p.line + 1}:${p.character + 1} ${d.code} ${plainSpaces(d.message)}`;
  });
}

/** Codes with their 1-based line: `3 GR101`. */
export function codesByLine(analysis: Analysis): string[] {
  return analysis.diagnostics.map((d) => `${analysis.lineIndex.positionAt(d.range.start).line + 1} ${d.code}`);
}

/** `0,43 €` with plain spaces. */
export function euros(value: Decimal): string {
  return plainSpaces(formatEuros(value));
}

/** The amounts of the first act of the first example: `secu 0,43 € · mutuelle 0,79 € · reste 48,78 €`. */
export function firstExampleAmounts(text: string): string {
  const analysis = analyze(text);
  const outcome = analysis.examples[0]?.events[0];
  if (!outcome || !outcome.total) {
    return `incalculable: ${renderDiagnostics(analysis).join(' | ')} ${outcome?.results.map((r) => r.problems.join(' ')).join(' ') ?? ''}`;
  }
  return `secu ${euros(outcome.total.secu)} · mutuelle ${euros(outcome.total.mutuelle)} · reste ${euros(outcome.total.reste)}`;
}

/** A one-line grid around a guarantee line and an example act, the shape most engine tests need. */
export function gridWith(options: { header?: string; lines: string[]; acts: string[] }): string {
  const header = options.header ?? 'contrat "Test" millesime 2026 responsable base ro_inclus';
  return [header, 'poste "Garanties"', ...options.lines.map((l) => `  ${l}`), 'exemple "Cas"', ...options.acts.map((a) => `  acte ${a}`), ''].join('\n');
}
