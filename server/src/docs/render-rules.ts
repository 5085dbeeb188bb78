/** Renders docs/rules.md from the registry, so the catalogue of rules never drifts from the code. */
import {
  analyze,
  frenchDate,
  OBLIGATIONS,
  type ParameterDefinition,
  PARAMETERS,
  plainSpaces,
  type RuleCategory,
  type RuleInfo,
  RULES,
  snippetAsGrid,
} from '../core';
import { CONFIDENCE, value } from './render-parameters';

const CATEGORY_TITLE: Record<RuleCategory, string> = {
  syntaxe: 'Syntaxe',
  sens: 'Sens',
  'contrat-responsable': 'Contrat responsable',
  '100-sante': '100 % Santé',
  exemples: 'Exemples',
  style: 'Style',
  suppression: 'Suppressions',
};

const SEVERITY_FR = { error: 'erreur', warning: 'avertissement', info: 'information', hint: 'suggestion' } as const;

export function renderRulesMarkdown(): string {
  const out: string[] = [
    '# Rule catalogue',
    '',
    '<!-- Generated from server/src/core/rules/registry.ts by `npm run docs` (server/src/docs/generate.ts); do not edit by hand. -->',
    '',
    'Every finding Grille reports carries one of these codes, in the editor and in the CLI alike.',
    'Severity is the default (configurable per code).',
    'Each entry shows a snippet that raises the rule and one that does not; a test checks both.',
    'Snippets without a `contrat` line are checked under `' + snippetAsGrid('').trim() + '`.',
    '',
    '## Fast and slow rules',
    '',
    'The « rapide » column says whether a rule is cheap enough for every keystroke. Line rules are',
    'memoised per line (an edit checks only the edited line again) and the whole-grid rules (duplicates,',
    'mandatory lines, section order, number formatting) are one linear pass: all are fast. The example',
    'rules (' +
      RULES.filter((r) => !r.fast)
        .map((r) => r.code)
        .join(', ') +
      ') are slow: their findings need every example case run',
    'through the engine, which grows with the number of cases and acts. `analyze(text, { slowRules: false })`',
    'leaves the slow rules out (and does not compute the examples), so an editor can run the fast rules on',
    'every keystroke and the full analysis after a pause; the CLI and the tests run every rule. In a fast',
    'run, a suppression of a slow code is not reported as silencing nothing.',
    '',
    '## Suppressing a finding',
    '',
    'A finding can be silenced on one line with a comment that names its code and gives a reason:',
    '',
    '```grille',
    '  consultation generaliste 90 % BR  # grille-ignore GR116 : reprise du contrat historique',
    '  # grille-ignore GR116, GR117 : ligne gardée pour le comparatif',
    '  generaliste 90 % BR',
    '```',
    '',
    '- At the end of a line, the comment silences the named codes on that line. Alone on its line, it',
    '  silences them on the next line that is neither blank nor a comment. A guarantee line split over',
    '  several lines is silenced line by line, where each finding is reported (a `non_dptam` continuation',
    '  line takes its own comment).',
    '- Several codes may be listed, separated by commas or spaces; then `:` and the reason.',
    '- Only a valid suppression silences anything. Without a reason (GR901), without a code, with a word',
    '  that is not a code or with an unknown code (GR903, with the closest code when it looks like a',
    '  typo), the suppression is reported and the finding stays. A valid suppression whose code reports',
    '  nothing on its line is reported too (GR902), so stale suppressions do not pile up.',
    '- Findings about suppressions (GR901–GR903) cannot themselves be suppressed.',
    '',
    '## Rules by date',
    '',
    'A rule checks an obligation only on a grid dated on or after its entry into force (the `effet` date,',
    'or the 1st of January of the `millesime`): a 2012 grid is not held to the 100 % Santé baskets, a 2020',
    'grid is held to the optical and dental baskets but not yet to the hearing one. The dates live in',
    '`server/src/core/rules/families/obligation-dates.ts`, with their source and confidence. A grid dated',
    'before the first values of the parameters it uses gets one GR110 at its header, not one per parameter.',
    '',
    '| depuis le | obligation | codes | confiance | source |',
    '| --- | --- | --- | --- | --- |',
    ...Object.values(OBLIGATIONS).map(
      (o) => `| ${frenchDate(o.start)} | ${o.label} | ${o.codes.join(', ')} | ${CONFIDENCE[o.confidence]} | ${o.source}${'note' in o ? ` — ${o.note}` : ''} |`,
    ),
    '',
  ];
  for (const category of Object.keys(CATEGORY_TITLE) as RuleCategory[]) {
    const rules = RULES.filter((r) => r.category === category);
    if (rules.length === 0) continue;
    out.push(`## ${CATEGORY_TITLE[category]}`, '');
    out.push('| code | titre | gravité | rapide | correctif |', '| --- | --- | --- | --- | --- |');
    for (const rule of rules)
      out.push(
        `| [${rule.code}](#${rule.code.toLowerCase()}) | ${rule.title} | ${SEVERITY_FR[rule.severity]} | ${rule.fast ? 'oui' : 'non'} | ${hasFix(rule.code, rule.bad) ? 'oui' : '—'} |`,
      );
    out.push('');
    for (const rule of rules) {
      out.push(`### ${rule.code}`, '', `**${rule.title}** — *${rule.titleEn}*`, '', rule.description, '');
      if (rule.source)
        out.push(
          `Source : ${rule.source}${rule.uncertain ? ' — **source incertaine** : le seuil vit dans les paramètres datés, à vérifier avant publication.' : ''}`,
          '',
        );
      const uncertain = uncertainParameters(rule);
      if (uncertain.length > 0) {
        out.push(
          `**Chiffres incertains** : ce constat repose sur des paramètres marqués incertains (❓) dans docs/parameters.md — ${uncertain.map(describe).join(' ; ')}. À vérifier avant publication.`,
          '',
        );
      }
      if (rule.bad) {
        const findings = analyze(snippetAsGrid(rule.bad)).diagnostics.filter((d) => d.code === rule.code);
        out.push('À éviter :', '', '```grille', rule.bad.trimEnd(), '```', '');
        if (findings[0]) out.push(`> ${rule.code} : ${plainSpaces(findings[0].message)}`, '');
      }
      out.push('Correct :', '', '```grille', rule.good.trimEnd(), '```', '');
    }
  }
  return out.join('\n');
}

function hasFix(code: string, bad: string): boolean {
  if (!bad) return false;
  return analyze(snippetAsGrid(bad)).diagnostics.some((d) => d.code === code && (d.fixes?.length ?? 0) > 0);
}

/** The parameters a rule's thresholds come from (registry `params`, `*` = one id segment). */
export function ruleParameters(rule: RuleInfo): ParameterDefinition[] {
  const patterns = (rule.params ?? []).map((p) => new RegExp(`^${p.replace(/\./g, '\\.').replace(/\*/g, '[^.]+')}$`));
  return PARAMETERS.filter((d) => patterns.some((re) => re.test(d.id)));
}

/** Those of them with a period marked uncertain. */
export function uncertainParameters(rule: RuleInfo): ParameterDefinition[] {
  return ruleParameters(rule).filter((d) => d.periods.some((p) => p.confidence === 'uncertain'));
}

function describe(definition: ParameterDefinition): string {
  const period = [...definition.periods].reverse().find((p) => p.confidence === 'uncertain')!;
  return `\`${definition.id}\` (${value(definition, period.value)}, depuis le ${period.start} ; source : ${period.source})`;
}
