/** The registry says where each threshold comes from and how sure it is. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { RULES } from '../../server/src/core/rules/registry';
import { renderRulesMarkdown, ruleParameters, uncertainParameters } from '../../server/src/docs/render-rules';

describe('rule sources and parameters', () => {
  it('a source with ❓ is flagged uncertain', () => {
    assert.deepEqual(
      RULES.filter((r) => r.source?.includes('❓') && !r.uncertain).map((r) => r.code),
      [],
    );
  });

  it('every parameter pattern of a rule names existing parameters', () => {
    for (const rule of RULES) {
      for (const pattern of rule.params ?? []) assert.ok(ruleParameters({ ...rule, params: [pattern] }).length > 0, `${rule.code}: ${pattern}`);
    }
  });

  it('rules resting on uncertain parameters say so in docs/rules.md (GR201 PAL from April 2026, GR207 PLV and BR, GR213, GR219 and GR220 HLF; the optical and class II audio caps of GR208 and GR212 are confirmed by R871-2)', () => {
    assert.deepEqual(
      RULES.filter((r) => uncertainParameters(r).length > 0).map((r) => r.code),
      ['GR201', 'GR207', 'GR213', 'GR219', 'GR220'],
    );
    const doc = renderRulesMarkdown();
    const section = (code: string) => doc.slice(doc.indexOf(`### ${code}`), doc.indexOf('### ', doc.indexOf(`### ${code}`) + 4));
    assert.match(
      section('GR207'),
      /Chiffres incertains.*`plv\.optique_classe_a_equipement` \(95,00 €.*`br\.optique_classe_a_equipement` \(28,50 €|Chiffres incertains.*`br\.optique_classe_a_equipement` \(28,50 €.*`plv\.optique_classe_a_equipement` \(95,00 €/,
    );
    assert.match(section('GR213'), /Chiffres incertains.*`hlf\.inlay_core_100_sante` \(175,00 €/);
    assert.match(section('GR201'), /Chiffres incertains.*`pal\.montant` \(32,00 €/);
  });
});
