/** The one finding shape every layer produces: parser, model builder, rules, example checks. */
import type { Span } from '../syntax/text';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface TextEdit {
  range: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  /** French message (the product's language). */
  message: string;
  /** English message, where the rule provides one (the editor shows it when VS Code runs in English). */
  messageEn?: string;
  range: Span;
  /** Machine-applicable fixes; the editor offers them as quick fixes. */
  fixes?: Fix[];
}
