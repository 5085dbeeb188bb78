/**
 * Seeded fuzzing, bounded for `npm test`: mutated samples (deletions, random tokens, truncation,
 * huge numbers, unicode, CRLF, BOM, tabs, very long lines) never make the parser or the full
 * analysis throw, and each finishes within a time bound. The long mode is `npm run fuzz -- --long`.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { fuzz, loadCorpus } from '../../bench/fuzz';
import { repoRoot } from '../helpers';

describe('fuzzing the parser and the analysis', () => {
  it('3 000 mutated samples: no exception, each within 5 s', () => {
    const result = fuzz(loadCorpus(repoRoot()), 3_000, 42, 5_000);
    assert.equal(result.inputs, 3_000);
    assert.deepEqual(result.failures, []);
  });
});
