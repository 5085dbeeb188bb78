/**
 * Findings as a reviewer reads them, from fixture grids (fixtures/findings/*.grille): each finding
 * `line:col-line:col CODE severity message`, its source line with carets under the range, and for a
 * finding with quick fixes the first fix as a diff of the lines it changes, with the findings the
 * fixed text gains (a fix must not trade one finding for another).
 */
import { describe } from 'node:test';
import { analyze, type Analysis } from '../../server/src/core/analyze';
import type { Diagnostic } from '../../server/src/core/diagnostics/diagnostic';
import { applyEdits, fixtureTests, lineDiff, noMarkers, plain, spanText, underline } from './fixture';

const key = (d: Diagnostic) => `${d.code} ${plain(d.message)}`;

/** Findings of `after` not in `before` (as a multiset of code and message: positions move). */
function gained(before: Analysis, after: Analysis): string[] {
  const remaining = before.diagnostics.map(key);
  return after.diagnostics.map(key).filter((k) => {
    const i = remaining.indexOf(k);
    if (i === -1) return true;
    remaining.splice(i, 1);
    return false;
  });
}

export function renderFindings(text: string): string {
  const analysis = analyze(text);
  if (analysis.diagnostics.length === 0) return '(no finding)\n';
  const out: string[] = [];
  for (const d of analysis.diagnostics) {
    out.push(`${spanText(analysis, d.range)} ${d.code} ${d.severity} ${plain(d.message)}`);
    out.push(...underline(analysis, d.range));
    const fix = d.fixes?.[0];
    if (fix) {
      const more = d.fixes!.length > 1 ? ` (1 of ${d.fixes!.length})` : '';
      out.push(`  fix${more}: ${plain(fix.title)}`);
      const fixed = applyEdits(text, fix.edits);
      out.push(...lineDiff(text, fixed).map((l) => `  ${l}`));
      const added = gained(analysis, analyze(fixed));
      out.push(added.length === 0 ? '  after the fix: no new finding' : `  after the fix, new: ${added.join(' | ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}

describe('findings fixtures', () => {
  fixtureTests('findings', (fixture) => {
    noMarkers(fixture, 'findings');
    return renderFindings(fixture.input.text);
  });
});
