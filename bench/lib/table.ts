/** Plain-text tables for the benchmark's report: columns padded, numbers right-aligned. */

export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** A number for the table: 3 significant digits, thousands spaced. */
export function num(value: number, digits?: number): string {
  if (!Number.isFinite(value)) return '—';
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
  const [int, frac] = value.toFixed(d).split('.');
  const spaced = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return frac ? `${spaced}.${frac}` : spaced;
}

export function pair(a: number, b: number): string {
  return `${num(a)} / ${num(b)}`;
}
