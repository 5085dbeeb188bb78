/**
 * What a rule family declares for each of its codes: the metadata the registry, the docs and the
 * editor read (severity, category, speed, titles, documentation, snippets, source, parameters) and
 * the message templates its check fills. A family is a table of these keyed by code
 * (`defineRules({ GR117: {…} })`), so its codes are a type read from the table: reporting a code
 * the family does not declare, a message variant it does not have or a placeholder its template
 * lacks does not compile.
 */
import type { Fix, Finding, Severity, TextEdit } from './diagnostic';
import { fill, type Template, type TemplateArgs } from './messages';
import type { Span } from './span';

export type RuleCategory = 'syntaxe' | 'sens' | 'contrat-responsable' | '100-sante' | 'exemples' | 'style' | 'suppression';

export interface RuleDefinition {
  readonly severity: Severity;
  readonly category: RuleCategory;
  /**
   * Cheap enough to run on every keystroke (true), or slow (false): its findings need work that
   * grows with the grid beyond the rules themselves — the example cases run through the engine.
   * `analyze(text, { slowRules: false })` leaves slow rules out; the checks that report a slow code
   * are scheduled after the fast ones (rules/registry.ts).
   */
  readonly fast: boolean;
  readonly title: string;
  readonly titleEn: string;
  /** What the rule checks and why, in French, for docs/rules.md and hovers. */
  readonly description: string;
  /** Grid snippets: `bad` must raise the rule, `good` must not (a test checks both). */
  readonly bad: string;
  readonly good: string;
  /** The legal or domain source; `uncertain` when it is marked ❓ in the domain reference. */
  readonly source?: string;
  readonly uncertain?: boolean;
  /**
   * The dated parameters the rule's thresholds come from (`*` matches one segment of an id). The
   * doc renderer says which of them are uncertain, from their confidence in parameters.ts.
   */
  readonly params?: readonly string[];
  /** The finding's text in each language: `default`, and named variants for other cases. */
  readonly messages: { readonly default: Template } & Readonly<Record<string, Template>>;
  /** The titles of its quick fixes, by name, in each language. */
  readonly fixes?: Readonly<Record<string, Template>>;
}

export type RuleTable = Readonly<Record<string, RuleDefinition>>;

/** A grid snippet from its lines (the `bad` and `good` examples). */
export const gridLines = (lines: readonly string[]): string => lines.join('\n') + '\n';

/** A family's table, with its literal types kept (`const`), so its codes and placeholders are types. */
export function defineRules<const Table extends RuleTable>(table: Table): Table {
  return table;
}

type MessagesOf<Table extends RuleTable, Code extends keyof Table> = Table[Code]['messages'];

/**
 * Which message of a code, and its placeholders' values: `{ act: 'Consultation' }` for the default
 * message, `{ variant: 'unlimited', act: … }` for another one.
 */
export type MessageRef<Table extends RuleTable, Code extends keyof Table> = {
  [Variant in keyof MessagesOf<Table, Code> & string]: (Variant extends 'default' ? { readonly variant?: 'default' } : { readonly variant: Variant }) &
    TemplateArgs<MessagesOf<Table, Code>[Variant]>;
}[keyof MessagesOf<Table, Code> & string];

/** The one way a finding is made: its code's template, filled in both languages. */
export function findingOf<Table extends RuleTable, Code extends keyof Table & string>(
  table: Table,
  code: Code,
  range: Span,
  ref: MessageRef<Table, Code>,
  fixes?: readonly Fix[],
): Finding<Code> {
  const { variant, ...args } = ref as { variant?: string } & Record<string, string | number | { fr: string; en: string }>;
  const messages = table[code]!.messages;
  const template = messages[variant ?? 'default'] ?? messages.default;
  const finding: Finding<Code> = { code, range, ...fill(template, args) };
  if (fixes && fixes.length > 0) finding.fixes = [...fixes];
  return finding;
}

type FixesOf<Table extends RuleTable, Code extends keyof Table> = NonNullable<Table[Code]['fixes']>;

/** Which quick fix of a code, and its title's placeholders: `{ fix: 'remove' }`, `{ fix: 'write', expected: '1 000,50 €' }`. */
export type FixRef<Table extends RuleTable, Code extends keyof Table> = {
  [Name in keyof FixesOf<Table, Code> & string]: { readonly fix: Name } & TemplateArgs<FixesOf<Table, Code>[Name]>;
}[keyof FixesOf<Table, Code> & string];

/** A quick fix of a code, its title filled in both languages. */
export function fixOf<Table extends RuleTable, Code extends keyof Table & string>(
  table: Table,
  code: Code,
  ref: FixRef<Table, Code>,
  edits: readonly TextEdit[],
): Fix {
  const { fix, ...args } = ref as { fix: string } & Record<string, string | number | { fr: string; en: string }>;
  const { message, messageEn } = fill(table[code]!.fixes![fix]!, args);
  return { title: message, titleEn: messageEn, edits: [...edits] };
}

/**
 * A family's finding and fix makers, bound to its table: `const { finding, fix } = reporter(STYLE_RULES)`,
 * then `ctx.report(finding('GR503', range, {}, [fix('GR503', { fix: 'addSection' }, edits)]))`.
 */
export function reporter<Table extends RuleTable>(table: Table) {
  return {
    finding: <Code extends keyof Table & string>(code: Code, range: Span, ref: MessageRef<Table, Code>, fixes?: readonly Fix[]) =>
      findingOf(table, code, range, ref, fixes),
    fix: <Code extends keyof Table & string>(code: Code, ref: FixRef<Table, Code>, edits: readonly TextEdit[]) => fixOf(table, code, ref, edits),
  };
}
