/**
 * Line findings memoised between analyses (the language server's keystroke path) are exactly the
 * findings of a fresh analysis, edit after edit.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze, RuleCache } from '../../server/src/core/analyze';
import { repoRoot } from '../helpers';

const SAMPLES = fs.readdirSync(path.join(repoRoot(), 'samples')).filter((f) => f.endsWith('.grille')).map((f) => fs.readFileSync(path.join(repoRoot(), 'samples', f), 'utf8'));
const INSERTS = ['', ' 90 % BR', '150 % BR', ' dptam 200 % BR', 'x', '\n', '\n  osteopathie 40 € par seance', ' ro_inclus', '€', ' non_responsable', ' type collectif', '\nposte "Optique"', ' millesime 2023'];

describe('memoised line findings', () => {
  it('equal a fresh analysis after random edits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SAMPLES.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.constantFrom(...INSERTS)), { minLength: 1, maxLength: 6 }), (index, edits) => {
        const cache = new RuleCache();
        let text = SAMPLES[index]!;
        analyze(text, { ruleCache: cache });
        for (const [at, remove, insert] of edits) {
          const offset = at % (text.length + 1);
          text = text.slice(0, offset) + insert + text.slice(offset + remove);
          assert.deepEqual(analyze(text, { ruleCache: cache }).diagnostics, analyze(text).diagnostics);
        }
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});
