/**
 * The Grille language server: a thin adapter over the core. It keeps open documents, reads the
 * settings, and registers the features of the table in features/index.ts.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import {
  CodeLensRefreshRequest,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SETTINGS_SECTION, TEST_HOOKS, type InitializationOptions } from '../protocol';
import { FEATURES } from './features/index';
import type { FeatureContext } from './feature';
import { ruleLinks } from './convert';
import { injectedFaults } from './guard';
import { readSettings } from './settings';
import { clampedTextDocument } from './text-sync';
import { type FaultPhase, GrilleWorkspace } from './workspace';

export const SERVER_NAME = 'grille-language-server';

/** `gc()` without starting node with --expose-gc (test hook only). */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/**
 * V8's heap growth for the server. What a keystroke leaves behind is garbage: what the server
 * retains stays flat (test/robustness/lsp-soak.test.ts). Before the incremental analysis, with V8's
 * default growth factor, the heap grew to ~260 MiB RSS over 65 edits of a 5 000-line grid before a
 * full collection ran, and a 30 % step kept it near 150 MiB. A keystroke now leaves far less garbage,
 * and at 30 % the more frequent full collections became the slowest keystrokes (p95 22 ms against
 * 14 ms). A 100 % step keeps both: p95 within a millisecond of the defaults, peak ~145 MiB where
 * the defaults reach ~165 (`npm run bench:memory`, docs/performance.md, Memory). Set at start-up
 * rather than on the command line so that every way of starting the server gets it, and an unknown
 * flag is ignored rather than fatal.
 */
export const HEAP_FLAGS = ['--heap-growing-percent=100'];

/** `GRILLE_HEAP_FLAGS` replaces them, for measurements (`npm run bench:memory`); empty: V8's defaults. */
function heapFlags(): string[] {
  const override = process.env.GRILLE_HEAP_FLAGS;
  return override === undefined ? HEAP_FLAGS : override.split(/\s+/).filter(Boolean);
}

export function startServer(connection: Connection): void {
  for (const flag of heapFlags()) v8.setFlagsFromString(flag);
  const documents = new TextDocuments<TextDocument>(clampedTextDocument);
  const log = (message: string) => connection.console.error(message);
  const warn = (message: string) => connection.console.warn(message);
  const workspace = new GrilleWorkspace(log);
  let locale: string | undefined;
  let initializationSettings: unknown;
  let canPullConfiguration = false;
  let canRefreshDiagnostics = false;
  let canRefreshCodeLenses = false;
  let canResolveCodeActionEdits = false;

  const ctx: FeatureContext = {
    connection,
    documents,
    workspace,
    log,
    analysisOf(uri) {
      const document = documents.get(uri);
      return document ? workspace.analysis(document) : null;
    },
    fullAnalysisOf(uri) {
      const document = documents.get(uri);
      return document ? workspace.fullAnalysis(document) : null;
    },
    canRefreshDiagnostics: () => canRefreshDiagnostics,
    canResolveCodeActionEdits: () => canResolveCodeActionEdits,
    stableAnalysisOf(uri) {
      const document = documents.get(uri);
      return document ? workspace.stableAnalysis(document) : null;
    },
  };

  connection.onInitialize((params): InitializeResult => {
    locale = params.locale;
    // Any client may connect: each option is checked, not trusted.
    const options = (params.initializationOptions ?? {}) as Partial<Record<keyof InitializationOptions, unknown>>;
    initializationSettings = options.settings;
    ruleLinks.command = options.ruleCommand === true;
    workspace.explainLinks = options.explainCommand === true;
    workspace.settings = readSettings(initializationSettings, locale, warn);
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canRefreshDiagnostics = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    canRefreshCodeLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    canResolveCodeActionEdits = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    const capabilities: ServerCapabilities = { textDocumentSync: TextDocumentSyncKind.Incremental };
    for (const feature of FEATURES) Object.assign(capabilities, feature.capabilities);
    return { capabilities, serverInfo: { name: SERVER_NAME, version: '0.1.0' } };
  });

  const refreshSettings = async () => {
    if (!canPullConfiguration) return;
    try {
      const [section] = (await connection.workspace.getConfiguration([{ section: SETTINGS_SECTION }])) as unknown[];
      workspace.settings = readSettings(section ?? initializationSettings, locale, warn);
    } catch (error) {
      log(`Réglages illisibles : ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  connection.onInitialized(() => void refreshSettings());
  connection.onDidChangeConfiguration(async (change) => {
    if (canPullConfiguration) await refreshSettings();
    else workspace.settings = readSettings((change.settings as { grille?: unknown } | undefined)?.grille, locale, warn);
    connection.languages.diagnostics.refresh().catch(() => undefined);
    connection.languages.inlayHint.refresh().catch(() => undefined);
    // Lenses follow the language and grille.explainLenses: all of it changes at once, without an edit.
    if (canRefreshCodeLenses) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  });

  // grille.config.json is read at each pull; when the client reports it changed, pull again.
  connection.onDidChangeWatchedFiles(() => {
    connection.languages.diagnostics.refresh().catch(() => undefined);
  });

  documents.onDidClose((event) => workspace.forget(event.document.uri));

  if (process.env.GRILLE_TEST_FAULTS === '1') {
    // Test hook only: makes the next request of a feature fail, to prove the guard.
    connection.onNotification(TEST_HOOKS.injectFault, (params: { feature: string }) => {
      injectedFaults.set(params.feature, 1);
    });
    // Makes the next analysis of a document throw, to prove what a failed analysis publishes.
    // `phase` ('fast' or 'full') aims at one of the two analyses of a text; without it, the next one.
    connection.onNotification(TEST_HOOKS.failAnalysis, (params: { uri: string; phase?: FaultPhase }) => {
      workspace.injectedFaults.set(params.uri, params.phase === 'fast' || params.phase === 'full' ? params.phase : 'any');
    });
    // The server's copy of a document, to prove it is the editor's after incremental changes.
    connection.onRequest(TEST_HOOKS.documentText, (params: { uri: string }) => documents.get(params.uri)?.getText() ?? null);
  }

  if (process.env.GRILLE_TEST_MEMORY === '1') {
    // Test hook only: a full garbage collection, then the process's memory, so a soak test can
    // tell what the server retains from garbage not yet collected.
    connection.onRequest(TEST_HOOKS.memory, () => {
      const gc = collector();
      gc();
      gc();
      const usage = process.memoryUsage();
      return { heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, external: usage.external, rss: usage.rss };
    });
  }

  for (const feature of FEATURES) feature.register(ctx);
  documents.listen(connection);
  connection.listen();
}
