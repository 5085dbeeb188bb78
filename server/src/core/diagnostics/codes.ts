/**
 * Every finding code, by the layer that detects it. A layer may only report its own codes, so a
 * typo (`'GR191'`) or a code reported from the wrong layer does not compile. The rule registry
 * (rules/registry.ts) documents each of them; a test checks that the two lists agree.
 */

/** Detected by the parser (core/syntax/parser.ts). */
export const SYNTAX_CODES = ['GR000', 'GR001', 'GR002', 'GR003', 'GR004', 'GR005', 'GR006', 'GR007', 'GR008', 'GR009', 'GR010', 'GR011', 'GR012'] as const;
/** Detected while the model is built (core/model/build-model.ts), and GR102 « not a grid » by analyze(). */
export const MODEL_CODES = ['GR101', 'GR102', 'GR103', 'GR104', 'GR105', 'GR106', 'GR107', 'GR108', 'GR109', 'GR111', 'GR112', 'GR130'] as const;
/** Detected by the rule checks (core/rules/checks/*.ts, run-rules.ts). */
export const CHECK_CODES = [
  'GR110',
  'GR113',
  'GR114',
  'GR115',
  'GR116',
  'GR117',
  'GR118',
  'GR119',
  'GR120',
  'GR121',
  'GR201',
  'GR202',
  'GR203',
  'GR204',
  'GR205',
  'GR206',
  'GR207',
  'GR208',
  'GR209',
  'GR210',
  'GR211',
  'GR212',
  'GR213',
  'GR214',
  'GR215',
  'GR401',
  'GR402',
  'GR403',
  'GR501',
  'GR502',
  'GR503',
] as const;
/** Detected by the suppression comments (core/rules/suppressions.ts). */
export const SUPPRESSION_CODES = ['GR901', 'GR902', 'GR903'] as const;

export type SyntaxCode = (typeof SYNTAX_CODES)[number];
export type ModelCode = (typeof MODEL_CODES)[number];
export type CheckCode = (typeof CHECK_CODES)[number];
export type SuppressionCode = (typeof SUPPRESSION_CODES)[number];
export type RuleCode = SyntaxCode | ModelCode | CheckCode | SuppressionCode;

export const RULE_CODES: readonly RuleCode[] = [...SYNTAX_CODES, ...MODEL_CODES, ...CHECK_CODES, ...SUPPRESSION_CODES];

const known = new Set<string>(RULE_CODES);
/** Whether a string (a config file's key, a suppression comment's code) names a finding code. */
export function isRuleCode(value: string): value is RuleCode {
  return known.has(value);
}
