/**
 * The codes each layer may report (core/diagnostics/codes.ts) and the rule registry name the same
 * codes, each once: a code cannot be reported without its documentation, nor documented unused.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { isRuleCode, RULE_CODES } from '../../server/src/core/diagnostics/codes';
import { RULES } from '../../server/src/core/rules/registry';

describe('finding codes', () => {
  it('the registry documents exactly the codes the layers report, in the same order', () => {
    assert.deepEqual(
      RULES.map((r) => r.code),
      [...RULE_CODES].sort(),
    );
    assert.equal(new Set(RULE_CODES).size, RULE_CODES.length);
  });
  it('isRuleCode tells a code from a near miss', () => {
    assert.deepEqual(['GR116', 'GR191', 'gr116', 'GR1160', ''].map(isRuleCode), [true, false, false, false, false]);
  });
});
