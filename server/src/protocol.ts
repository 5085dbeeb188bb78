/**
 * The names the VS Code client and the language server share, declared once: the custom request,
 * the commands, the settings section, the initialization options. Both sides import this file, so
 * it must import nothing (the client bundle would pull in whatever it imports).
 */

/** The language id of `.grille` documents (package.json, `contributes.languages`). */
export const LANGUAGE_ID = 'grille';

/** The settings section (package.json, `contributes.configuration`): `grille.previews.enabled`… */
export const SETTINGS_SECTION = 'grille';

/** The config file both the CLI and the server read; the client watches it for changes. */
export const CONFIG_FILE = 'grille.config.json';

/** The command of the « Expliquer » lenses: the client asks the server for the trace and shows it. */
export const EXPLAIN_COMMAND = 'grille.expliquer';

/** Client → server: the « Expliquer » trace as Markdown, or null when there is nothing to explain. */
export const EXPLAIN_REQUEST = 'grille/expliquer';

/** The argument of `EXPLAIN_COMMAND` and the params of `EXPLAIN_REQUEST`. */
export interface ExplainParams {
  uri: string;
  /** A guarantee line, an example, or whatever is at `position` (the example it is in, else its line). */
  kind: 'line' | 'example' | 'position';
  /** The line's start offset, or the example's index (0 for `position`). */
  key: number;
  /** For `position`: the cursor, as the editor counts it (0-based line, UTF-16 character). */
  position?: { line: number; character: number };
}

/** The command that explains what is under the cursor (palette, editor context menu). */
export const EXPLAIN_HERE_COMMAND = 'grille.expliquerIci';

/** The client command that opens the bundled docs/rules.md at a rule's entry (rule links on diagnostics). */
export const SHOW_RULE_COMMAND = 'grille.showRule';

/** What the Grille client sends at initialize. */
export interface InitializationOptions {
  /** The `grille` settings section, for servers that cannot pull the configuration. */
  settings: unknown;
  /** The client runs `SHOW_RULE_COMMAND`, so rule links may be command links. */
  ruleCommand: boolean;
  /** The client runs `EXPLAIN_COMMAND` from a hover's link (its hovers trust that command). */
  explainCommand?: boolean;
}

/**
 * Test hooks of the server (only when the environment enables them): notifications that make the
 * next request of a feature or the next analysis of a document fail, and requests for the server's
 * copy of a document and for its memory after a full collection.
 */
export const TEST_HOOKS = {
  injectFault: 'grille/test/injecterPanne',
  failAnalysis: 'grille/test/panneAnalyse',
  documentText: 'grille/test/texte',
  memory: 'grille/test/memoire',
} as const;

/** The command that opens the grid preview beside the editor (palette and editor title). */
export const GRID_PREVIEW_COMMAND = 'grille.apercuGrille';

/** The command that writes the grid preview to a standalone HTML file. */
export const GRID_EXPORT_COMMAND = 'grille.exporterGrille';

/** Client → server: the grid preview of a document as an HTML page, or null when the document is not open. */
export const GRID_PREVIEW_REQUEST = 'grille/apercuGrille';

export interface GridPreviewParams {
  uri: string;
  /**
   * `webview`: the page for the editor's webview, its style and script allowed by `nonce` (the
   * client makes one per panel); `standalone`: the page for a file (no script).
   */
  target: 'webview' | 'standalone';
  nonce?: string;
}

export interface GridPreviewResult {
  html: string;
  /** The text's length the page was computed from, for tests and stale answers. */
  textLength: number;
}

/** The command that shows, in the grid preview, what changed since another version of the grid (the last commit, another file). */
export const GRID_COMPARE_COMMAND = 'grille.compareWith';

/** Client → server: the grid preview of a document marked with its differences from another version, or null when the document is not open. */
export const GRID_COMPARE_REQUEST = 'grille/comparerGrille';

export interface GridCompareParams extends GridPreviewParams {
  /** The other version: its text (the client reads it: a git revision, a file) and how the page names it (« HEAD », a file name). */
  other: { text: string; label: string };
}
