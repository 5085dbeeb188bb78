/**
 * Line findings memoised between analyses (the language server's keystroke path) are exactly the
 * findings of a fresh analysis, edit after edit.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, RuleCache } from '../../server/src/core/analyze';
import { loadCorpus } from '../../bench/fuzz';
import { repoRoot } from '../helpers';

const SAMPLES = loadCorpus(repoRoot());
/** A grid whose option stacks on the socle: its line findings depend on the socle line and the mode. */
const STACKED = [
  'contrat "Empilé" millesime 2026 responsable base ro_inclus',
  'poste "Soins courants"',
  '  consultation specialiste dptam 150 % BR non_dptam 130 % BR',
  'poste "Optique"',
  '  optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 2 ans',
  'option "Plus" en_sus_du_socle',
  'poste "Soins courants"',
  '  consultation specialiste dptam 20 % BR en_sus non_dptam 20 % BR en_sus',
  'poste "Optique"',
  '  optique classe b verres simples 300 € par equipement, 1 equipement tous les 2 ans',
  '',
].join('\n');
SAMPLES.push(STACKED);
const INSERTS = [
  '',
  ' inclut_socle',
  ' en_sus_du_socle',
  '6',
  '\n  consultation specialiste 100 % BR',
  '\noption "Autre" en_sus_du_socle\nposte "Optique"\n  verres simples 200 €',
  ' 90 % BR',
  '150 % BR',
  ' dptam 200 % BR',
  'x',
  '\n',
  '\n  osteopathie 40 € par seance',
  ' ro_inclus',
  '€',
  ' non_responsable',
  ' type collectif',
  '\nposte "Optique"',
  ' millesime 2023',
];

describe('memoised line findings', () => {
  it('equal a fresh analysis after random edits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SAMPLES.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.constantFrom(...INSERTS)), { minLength: 1, maxLength: 6 }),
        (index, edits) => {
          const cache = new RuleCache();
          let text = SAMPLES[index]!;
          analyze(text, { ruleCache: cache });
          for (const [at, remove, insert] of edits) {
            const offset = at % (text.length + 1);
            text = text.slice(0, offset) + insert + text.slice(offset + remove);
            assert.deepEqual(analyze(text, { ruleCache: cache }).diagnostics, analyze(text).diagnostics);
          }
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });
});
