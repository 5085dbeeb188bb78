/**
 * The README's showcase grid is what a newcomer pastes first: taken from the README itself (its
 * first ```grille block), it passes every check of the registry — no finding at all — and its
 * example's expected amounts are the engine's.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { repoRoot } from '../helpers';

describe('the README showcase grid', () => {
  const readme = fs.readFileSync(path.join(repoRoot(), 'README.md'), 'utf8');
  const block = /```grille\n([\s\S]*?)```/.exec(readme);

  it('passes its own checks, its example included', () => {
    assert.ok(block, 'README.md has a ```grille block');
    const analysis = analyze(block[1]!);
    assert.deepEqual(
      analysis.diagnostics.map((d) => `${d.code} ${d.message}`),
      [],
    );
    assert.equal(analysis.examples.length, 1);
    assert.ok(analysis.examples[0]!.events.every((e) => e.total !== null && e.mismatches.length === 0));
  });
});
