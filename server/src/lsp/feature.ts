/** What each LSP feature module provides: its capabilities and how it registers its handlers. */
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core';
import type { Logger } from './guard';
import type { GrilleWorkspace } from './workspace';

export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: GrilleWorkspace;
  log: Logger;
  /**
   * The current analysis of an open document, fast or full (see GrilleWorkspace.analysis), or null
   * when the document is not open. Its `examples` may be empty: a feature that shows example
   * outcomes or acts on GR401–GR403 takes `fullAnalysisOf`.
   */
  analysisOf(uri: string): Analysis | null;
  /** The full analysis (examples computed), computed now if not there yet, or null when the document is not open. */
  fullAnalysisOf(uri: string): Analysis | null;
  /** Whether the client takes `workspace/diagnostic/refresh`: without it, a diagnostics pull answers the full analysis at once. */
  canRefreshDiagnostics(): boolean;
  /** Whether the client resolves a code action's edit when it is chosen (`codeAction/resolve`). */
  canResolveCodeActionEdits(): boolean;
  /** The current analysis, or the last one without syntax errors while the text is broken (see GrilleWorkspace.stableAnalysis). */
  stableAnalysisOf(uri: string): Analysis | null;
}

export interface Feature {
  name: string;
  capabilities: ServerCapabilities;
  register(ctx: FeatureContext): void;
}
