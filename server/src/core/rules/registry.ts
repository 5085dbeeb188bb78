/**
 * The index of the rule families. Every finding Grille produces, from the parser to the
 * contrat-responsable checks, carries a code one family declares with its metadata and messages
 * (severity, category, speed, documentation, snippets, source, parameters, templates); this index
 * gathers them, so the editor, the CLI and docs/rules.md agree. Codes detected by the parser and
 * the model builder have their family in their layer (syntax/syntax-rules.ts,
 * model/model-rules.ts); the others in rules/families/, beside their checks.
 *
 * `bad` and `good` are grid snippets: the first must raise the rule, the second must not (a test
 * checks both for every rule). A snippet that does not start with `contrat` gets DEFAULT_HEADER.
 */
import type { RuleDefinition, RuleCategory } from '../diagnostics/rule-definition';
import type { Severity } from '../diagnostics/diagnostic';
import { MODEL_RULES, type ModelCode } from '../model/model-rules';
import { SYNTAX_RULES, type SyntaxCode } from '../syntax/syntax-rules';
import { CONTRAT_RESPONSABLE_RULES } from './families/contrat-responsable';
import { EXAMPLE_RULES } from './families/examples';
import { MEANING_RULES } from './families/meaning';
import { SANTE_100_RULES } from './families/sante-100';
import { STYLE_RULES } from './families/style';
import { SUPPRESSION_RULES } from './families/suppressions';

export type { RuleCategory, SyntaxCode, ModelCode };

/** Codes the rule checks report (rules/families/*.ts, run-rules.ts). */
export type CheckCode =
  keyof typeof MEANING_RULES | keyof typeof SANTE_100_RULES | keyof typeof CONTRAT_RESPONSABLE_RULES | keyof typeof EXAMPLE_RULES | keyof typeof STYLE_RULES;
export type SuppressionCode = keyof typeof SUPPRESSION_RULES;
export type RuleCode = SyntaxCode | ModelCode | CheckCode | SuppressionCode;

export interface RuleInfo extends RuleDefinition {
  code: RuleCode;
}

export const DEFAULT_HEADER = 'contrat "Exemple" millesime 2026 responsable base ro_inclus';

/** The families, each a table of its codes. */
const FAMILIES: Readonly<Record<string, RuleDefinition>>[] = [
  SYNTAX_RULES,
  MODEL_RULES,
  MEANING_RULES,
  SANTE_100_RULES,
  CONTRAT_RESPONSABLE_RULES,
  EXAMPLE_RULES,
  STYLE_RULES,
  SUPPRESSION_RULES,
];

/** Every rule, in code order (the order of docs/rules.md within a category). */
export const RULES: readonly RuleInfo[] = FAMILIES.flatMap((family) =>
  Object.entries(family).map(([code, rule]) => ({ code: code as RuleCode, ...rule })),
).sort((a, b) => a.code.localeCompare(b.code));

const BY_CODE = new Map<string, RuleInfo>(RULES.map((r) => [r.code, r]));

/** Whether a string (a config file's key, a suppression comment's code) names a finding code. */
export function isRuleCode(value: string): value is RuleCode {
  return BY_CODE.has(value);
}

export function ruleInfo(code: string): RuleInfo | undefined {
  return BY_CODE.get(code);
}

/** Whether a code is left out of a fast analysis (`analyze(text, { slowRules: false })`). */
export function isSlow(code: string): boolean {
  return BY_CODE.get(code)?.fast === false;
}

export function severityOf(code: RuleCode): Severity {
  return BY_CODE.get(code)!.severity;
}

/** A snippet as a whole grid: the default header unless it has its own. */
export function snippetAsGrid(snippet: string): string {
  return /^\s*contrat\b/.test(snippet) ? snippet : `${DEFAULT_HEADER}\n${snippet}`;
}
