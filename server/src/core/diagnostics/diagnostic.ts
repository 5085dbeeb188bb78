/**
 * The finding shape every layer produces (parser, model builder, rules, example checks), and the
 * diagnostic analyze() makes of it: the registry's severity is applied there, once.
 */
import type { Span } from './span';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface TextEdit {
  range: Span;
  newText: string;
}

export interface Fix {
  title: string;
  /** The title in English (the editor shows it when VS Code runs in English). */
  titleEn?: string;
  edits: TextEdit[];
}

/** What a layer found, before any severity: the registry's severity is applied once, by analyze(). */
export interface Finding<Code extends string = string> {
  code: Code;
  /** French message (the product's language). */
  message: string;
  /** English message, where the rule provides one (the editor shows it when VS Code runs in English). */
  messageEn?: string;
  range: Span;
  /** Machine-applicable fixes; the editor offers them as quick fixes. */
  fixes?: Fix[];
}

/** A finding with its severity, as the front ends show it. */
export interface Diagnostic<Code extends string = string> extends Finding<Code> {
  severity: Severity;
}
