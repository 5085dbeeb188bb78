/**
 * Codes are declared by their family (syntax/syntax-rules.ts, model/model-rules.ts,
 * rules/families/*.ts) and gathered by the registry: each once, in code order, and a string names
 * a code only if a family declares it.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { isRuleCode, RULES } from '../../server/src/core/rules/registry';

describe('finding codes', () => {
  it('each code is declared by one family, and the registry lists them in code order', () => {
    const codes = RULES.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length);
    assert.deepEqual(codes, [...codes].sort());
  });
  it('isRuleCode tells a code from a near miss', () => {
    assert.deepEqual(['GR116', 'GR191', 'gr116', 'GR1160', ''].map(isRuleCode), [true, false, false, false, false]);
  });
});
