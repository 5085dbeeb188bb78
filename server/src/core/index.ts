/**
 * The core's public surface: what the front ends (services, language server, CLI, docs
 * generators) may use. They import from here only, never from a core folder, so that the folders
 * behind can be reorganised without touching them, and so that this list says what the core
 * offers. Named re-exports on purpose: adding a name here is a decision.
 */

// The single entry point: text → Analysis (document, model, example outcomes, findings).
export { analyze, AnalysisMemo, type Analysis, type Diagnostic } from './analyze';

// Findings.
export type { Severity, TextEdit } from './diagnostics/diagnostic';
export { isRuleCode, isSlow, RULES, ruleInfo, severityOf, snippetAsGrid, type RuleCategory, type RuleCode, type RuleInfo } from './rules/registry';
export { applySeverityOverrides, type SeverityOverrides } from './rules/severity';

// The text and its tree.
export type { CaseFlag, CaseSector, GuaranteeLine, SectionNode } from './syntax/ast';
export { lex, type Token } from './syntax/lexer';
export { LineIndex, type Span } from './syntax/text';
export { commonPrefix, commonSuffix } from './syntax/blocks';
export { isBinaryContent } from './syntax/binary';
export { LANGUAGE_LIMITS, numberWithinLimits } from './syntax/limits';
export { isCalendarDate } from './syntax/calendar';
export { CASE_FLAGS, HEADER_KEYS, REGIME_WORDS, TERRITORY_WORDS, UNIT_WORDS } from './syntax/vocabulary';

// The grid model.
export type { CareCase, CareEvent, LineModel } from './model/grid-model';

// The engine: one act, the previews of a line, the examples.
export { addToDate, computeCare, type Reimbursement } from './engine/compute';
export { overridePrice, previewLine, type LinePreview } from './engine/simulate';
export { runExample, writtenAmount } from './engine/examples';

// Reference data: acts, dated parameters, glossary.
export { ACTS, type ActDefinition } from './catalogue/acts';
export { actKey, defaultCatalogue, type ActCatalogue } from './catalogue/index';
export { defaultParameters, type ParameterSet, type ResolvedParameter } from './params/lookup';
export { PARAMETERS, type ParameterDefinition } from './params/parameters';
export { GLOSSARY, glossaryEntryFor, glossaryText, namedFigures, type GlossaryEntry } from './glossary/glossary';
export { OBLIGATIONS, type Obligation } from './rules/families/obligation-dates';
export { unocamRank } from './rules/families/style';

// Presentation: amounts, dates, words and the trace, the same for the editor and the CLI.
export { formatEuros, formatEurosEn, formatPercent, plainSpaces, shortEuros, signedEuros } from './present/money';
export { frenchDate } from './present/dates';
export {
  actDescription,
  actLabel,
  carenceText,
  COLUMN_NAME,
  describeColumn,
  LABELS,
  parameterLabel,
  parameterRow,
  parameterTableHeader,
  parameterValue,
  posteName,
  uncertainFigure,
  type Language,
} from './present/labels';
export { traceMarkdown, traceText } from './present/trace';
export { frenchDidYouMean, type DidYouMeanOptions } from './present/did-you-mean';
export { suggest } from './syntax/suggest';
