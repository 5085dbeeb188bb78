/**
 * Every rule of the registry documents a bad and a good snippet (shown in docs/rules.md): the bad
 * one must raise the rule, the good one must not.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { RULES, snippetAsGrid } from '../../server/src/core/rules/registry';
import { renderDiagnostics } from '../helpers';

describe('each rule: its documented bad snippet fails, its good snippet passes', () => {
  for (const rule of RULES) {
    if (rule.code === 'GR000') continue;
    it(`${rule.code} ${rule.title}`, () => {
      const bad = analyze(snippetAsGrid(rule.bad));
      assert.ok(
        bad.diagnostics.some((d) => d.code === rule.code),
        `bad snippet does not raise ${rule.code}:\n${snippetAsGrid(rule.bad)}\n${renderDiagnostics(bad).join('\n')}`,
      );
      const good = analyze(snippetAsGrid(rule.good));
      assert.ok(
        !good.diagnostics.some((d) => d.code === rule.code),
        `good snippet raises ${rule.code}:\n${snippetAsGrid(rule.good)}\n${renderDiagnostics(good).join('\n')}`,
      );
    });
  }

  it('codes are unique and every diagnostic code produced is registered', () => {
    assert.equal(new Set(RULES.map((r) => r.code)).size, RULES.length);
    for (const rule of RULES) {
      for (const snippet of [rule.bad, rule.good]) {
        for (const d of analyze(snippetAsGrid(snippet)).diagnostics)
          assert.ok(
            RULES.some((r) => r.code === d.code),
            `unregistered code ${d.code}`,
          );
      }
    }
  });
});

/** Applies text edits (non-overlapping) from the end backwards. */
function applyEdits(text: string, edits: { range: { start: number; end: number }; newText: string }[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start).reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
}

/**
 * `CODE message` of each finding, positions left out (a fix moves the text after it). GR217 by its
 * code only: it lists the acts the grid has no line for, and a fix that names a line changes the list.
 */
const described = (analysis: ReturnType<typeof analyze>) => analysis.diagnostics.map((d) => (d.code === 'GR217' ? d.code : `${d.code} ${d.message}`));

describe('quick fixes: applying the first fix of a finding removes that finding and adds none', () => {
  for (const rule of RULES) {
    const text = snippetAsGrid(rule.bad);
    if (!rule.bad) continue;
    const finding = analyze(text).diagnostics.find((d) => d.code === rule.code && d.fixes && d.fixes.length > 0);
    if (!finding) continue;
    it(`${rule.code}: « ${finding.fixes![0]!.title} »`, () => {
      const fixed = applyEdits(text, finding.fixes![0]!.edits);
      const before = analyze(text);
      const after = analyze(fixed);
      const line = before.lineIndex.positionAt(finding.range.start).line;
      assert.ok(
        !after.diagnostics.some((d) => d.code === rule.code && d.message === finding.message && after.lineIndex.positionAt(d.range.start).line === line),
        `${rule.code} still there after the fix:\n${fixed}\n${renderDiagnostics(after).join('\n')}`,
      );
      const remaining = described(before);
      const added = described(after).filter((d) => {
        const i = remaining.indexOf(d);
        if (i === -1) return true;
        remaining.splice(i, 1);
        return false;
      });
      assert.deepEqual(added, [], `the fix adds findings:\n${fixed}`);
    });
  }
});
