/**
 * Message templates: every code has a message in French and in English, and both languages of a
 * template (and of a quick-fix title) use the same placeholders, so a value filled in one is never
 * lost in the other. Filling keeps what it is not given visible.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { fill, placeholdersOf } from '../../server/src/core/diagnostics/messages';
import { RULES } from '../../server/src/core/rules/registry';

describe('message templates', () => {
  it('every code has a default message', () => {
    assert.deepEqual(
      RULES.filter((r) => !r.messages.default.fr).map((r) => r.code),
      [],
    );
  });

  it('French and English of each template name the same placeholders, and neither is empty', () => {
    const problems: string[] = [];
    for (const rule of RULES) {
      const templates = [
        ...Object.entries(rule.messages).map(([name, t]) => [`message ${name}`, t] as const),
        ...Object.entries(rule.fixes ?? {}).map(([name, t]) => [`fix ${name}`, t] as const),
      ];
      for (const [name, template] of templates) {
        if (!template.fr.trim() || !template.en.trim()) problems.push(`${rule.code} ${name}: empty text`);
        const fr = placeholdersOf(template.fr).sort();
        const en = placeholdersOf(template.en).sort();
        if (fr.join() !== en.join()) problems.push(`${rule.code} ${name}: fr {${fr.join(', ')}} ≠ en {${en.join(', ')}}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('no English template keeps French words of the old messages', () => {
    // Words that only appear in French sentences; domain terms (BR, TM, DPTAM, « non_couvert ») are fine.
    const french = /\b(ligne\(s\)|fois\(s\)|le|la|les|une?|est|pas|dans|avec|pour)\b/;
    assert.deepEqual(
      RULES.flatMap((r) =>
        Object.entries(r.messages)
          .filter(([, t]) => french.test(t.en.replace(/«[^»]*»/g, '')))
          .map(([name]) => `${r.code} ${name}`),
      ),
      [],
    );
  });

  it('fill writes each language with its own value, and leaves a missing placeholder visible', () => {
    const template = { fr: 'Plafond {limit} pour « {act} » ({missing})', en: 'Cap {limit} for « {act} » ({missing})' };
    assert.deepEqual(fill(template, { limit: { fr: '1 700,00 €', en: '€1,700.00' }, act: 'Aide auditive' }), {
      message: 'Plafond 1 700,00 € pour « Aide auditive » ({missing})',
      messageEn: 'Cap €1,700.00 for « Aide auditive » ({missing})',
    });
  });
});
