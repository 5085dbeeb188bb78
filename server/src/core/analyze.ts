/**
 * The single entry point every front end calls: text → syntax tree → model → examples → rules →
 * suppressions. The language server, the CLI and the tests all go through here, so they never
 * disagree.
 */
import { fixOf, findingOf } from './diagnostics/rule-definition';
import { MODEL_RULES } from './model/model-rules';
import { canReplace, SYNTAX_RULES, type SyntaxCode } from './syntax/syntax-rules';
import type { Diagnostic as AnyDiagnostic, Finding } from './diagnostics/diagnostic';
import { runExamples, type ExampleOutcome } from './engine/examples';
import { buildModel, buildModelFromBlocks, ModelMemo, type ModelResult } from './model/build-model';
import type { GridModel } from './model/grid-model';
import { defaultParameters, type ParameterSet } from './params/lookup';
import { isSlow, type RuleCode, severityOf } from './rules/registry';

/** A finding of one of the registry's codes, with its severity. */
export type Diagnostic = AnyDiagnostic<RuleCode>;
import type { RuleInput } from './rules/rule-context';
import { RuleCache, runRules } from './rules/run-rules';
export { RuleCache };
import { applySuppressions } from './rules/suppressions';
import type { GridDocument } from './syntax/ast';
import { parse, SyntaxMemo } from './syntax/blocks';
import { LineIndex } from './syntax/text';

export interface Analysis {
  text: string;
  lineIndex: LineIndex;
  document: GridDocument;
  model: GridModel;
  examples: ExampleOutcome[];
  diagnostics: Diagnostic[];
}

/**
 * What one document's successive analyses share (the language server keeps one per open document):
 * the blocks of the last parse and their models, so a keystroke re-parses and re-models only the
 * blocks it touched, and the rule memo. An analysis made with a memo is valid until the next
 * analysis made with the same memo: the blocks it shares with it are moved to the new text's
 * offsets. Analyses made without one are never changed.
 */
export class AnalysisMemo {
  /** The blocks of the last parse (syntax/blocks.ts). */
  readonly syntax = new SyntaxMemo();
  /** Each block's model and the ids of the document's models (model/build-model.ts). */
  readonly model = new ModelMemo();
  /** Line findings by line text and by block, and the whole-grid checks' slots (rules/run-rules.ts). */
  readonly rules = new RuleCache();
}

export interface AnalyzeOptions {
  params?: ParameterSet;
  /** The document's memo: incremental parse, model and rules (see `AnalysisMemo`). */
  memo?: AnalysisMemo;
  /** Memo of line findings kept between analyses of the same document (the language server's). */
  ruleCache?: RuleCache;
  /**
   * Run the slow rules (default true). With false, the example cases are not computed
   * (`examples` is empty) and their findings (GR401–GR403) are left out: the fast pass an editor
   * can run on every keystroke before the full analysis after a pause.
   */
  slowRules?: boolean;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const params = options.params ?? defaultParameters;
  const lineIndex = new LineIndex(text);
  const memo = options.memo;
  let document: GridDocument;
  let built: ModelResult;
  // The runs of tokens and line models of each block, for the rules' memo.
  let runs: Pick<RuleInput, 'tokenRuns' | 'lineRuns'> = {};
  if (memo) {
    const parsed = memo.syntax.parse(text);
    memo.model.move(parsed.moved);
    document = parsed.document;
    built = buildModelFromBlocks(document, parsed.blocks, memo.model);
    if (parsed.blocks.length > 0) runs = { tokenRuns: parsed.blocks.map((b) => b.tokens), ...(built.lineRuns ? { lineRuns: built.lineRuns } : {}) };
  } else {
    // Without a memo there are no blocks to keep, and the model is built whole.
    document = parse(text);
    built = buildModel(document);
  }
  const { model, diagnostics: modelDiagnostics } = built;
  const ruleCache = options.ruleCache ?? memo?.rules;
  const slow = options.slowRules ?? true;
  const examples = slow ? runExamples(model, params) : [];
  const all: Finding<RuleCode>[] = [
    ...document.errors.map(syntaxFinding),
    ...modelDiagnostics,
    ...runRules({ text, lineIndex, document, model, examples, params, ...runs }, ruleCache, { slow }),
  ];
  const findings = isNotAGrid(document) ? [notAGrid()] : applySuppressions(text, document.comments, all, lineIndex, slow ? undefined : isSlow);
  // The one place a finding gets its severity: the registry's (a front end's overrides come after, rules/severity.ts).
  const diagnostics = findings.map(withSeverity);
  diagnostics.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.code.localeCompare(b.code));
  return { text, lineIndex, document, model, examples, diagnostics };
}

/**
 * A text with no contract header in which not one line reads as a grid construct (a package.json,
 * a README opened by mistake) would get one syntax finding per line: it gets a single GR102 saying
 * it is not a grid. An empty or comment-only file keeps its plain « en-tête manquant » GR102.
 */
export function isNotAGrid(document: GridDocument): boolean {
  return document.header === null && document.items.length === 0 && document.errors.length > 0;
}

/** The finding with the severity the registry gives its code. */
function withSeverity({ code, ...rest }: Finding<RuleCode>): Diagnostic {
  return { code, severity: severityOf(code), ...rest };
}

function notAGrid(): Finding<'GR102'> {
  return findingOf(MODEL_RULES, 'GR102', { start: 0, end: 0 }, { variant: 'notAGrid' });
}

/** A parser finding as a diagnostic; a « did you mean » word becomes its quick fix. */
function syntaxFinding(e: GridDocument['errors'][number]): Finding<SyntaxCode> {
  const d: Finding<SyntaxCode> = { code: e.code, message: e.message, messageEn: e.messageEn, range: e.range };
  if (e.replacement && canReplace(e.code)) {
    d.fixes = [fixOf(SYNTAX_RULES, e.code, { fix: 'replace', word: e.replacement }, [{ range: e.range, newText: e.replacement }])];
  }
  return d;
}
