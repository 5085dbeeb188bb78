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
  /** The current analysis of an open document, or null when the document is not open. */
  analysisOf(uri: string): Analysis | null;
  /** The current analysis, or the last one without syntax errors while the text is broken (see GrilleWorkspace.stableAnalysis). */
  stableAnalysisOf(uri: string): Analysis | null;
}

export interface Feature {
  name: string;
  capabilities: ServerCapabilities;
  register(ctx: FeatureContext): void;
}
