/**
 * The VS Code side: starts the bundled language server (without making activation wait for it),
 * renders the engine's « Expliquer » trace in one reused Markdown preview that follows the cursor,
 * and hands the client to tests.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  CONFIG_FILE,
  EXPLAIN_COMMAND,
  EXPLAIN_HERE_COMMAND,
  EXPLAIN_REQUEST,
  LANGUAGE_ID,
  SETTINGS_SECTION,
  SHOW_RULE_COMMAND,
  type ExplainParams,
  type InitializationOptions,
} from '../../server/src/protocol';
import { registerGridPreview, type GridPreviewApi } from './grid-preview';

const TRACE_SCHEME = 'grille-trace';

export interface GrilleApi {
  client: LanguageClient;
  /** Resolves once the language server answers (activation does not wait for it). */
  ready: Promise<void>;
  /** The last trace shown by « Expliquer » (for tests and for copy). */
  lastTrace(): string | undefined;
  /** The grid preview (for tests): its last page. */
  gridPreview: GridPreviewApi;
  /** The one document every trace is shown in (its rendered preview is the reused tab). */
  traceUri: vscode.Uri;
}

let client: LanguageClient | undefined;

/**
 * The « Expliquer » trace: one virtual Markdown document, rendered by VS Code's Markdown preview
 * beside the grid. Every explanation replaces its content, so the preview tab is reused, never
 * multiplied; while the preview is open it follows the cursor in the grid.
 */
class TraceDocument implements vscode.TextDocumentContentProvider {
  readonly uri = vscode.Uri.from({ scheme: TRACE_SCHEME, path: `/${vscode.l10n.t('Explain')}.md` });
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  last: string | undefined;

  set(content: string): void {
    if (content === this.last) return;
    this.last = content;
    this.changed.fire(this.uri);
  }

  provideTextDocumentContent(): string {
    return this.last ?? '';
  }

  /** Whether the trace's preview is open in some tab (the user may have closed it). */
  isShown(): boolean {
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.label.includes(this.uri.path.slice(1))));
  }
}

/** Starts the language server; what needs it waits on `ready`, activation does not. */
function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    // A changed grille.config.json changes severities: the server pulls diagnostics again.
    synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`) },
    // The server follows VS Code's display language (the initialize request's locale) unless grille.language says otherwise.
    initializationOptions: {
      settings: vscode.workspace.getConfiguration(SETTINGS_SECTION),
      ruleCommand: true,
      explainCommand: true,
    } satisfies InitializationOptions,
    // The « Expliquer » link of a hover runs this one command, nothing else.
    markdown: { isTrusted: { enabledCommands: [EXPLAIN_COMMAND] } },
  };
  // The client's id names its `grille.trace.server` setting: the settings section.
  return new LanguageClient(SETTINGS_SECTION, 'Grille', serverOptions, clientOptions);
}

/** « Expliquer »: the trace rendered beside the grid, in the one reused tab, following the cursor while it is open. */
function registerExplain(context: vscode.ExtensionContext, trace: TraceDocument, ready: Promise<void>): void {
  const request = async (params: ExplainParams): Promise<string | null> => {
    await ready;
    return client ? client.sendRequest<string | null>(EXPLAIN_REQUEST, params) : null;
  };
  const show = async (params: ExplainParams) => {
    const markdown = await request(params);
    if (!markdown) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to explain here.'));
      return;
    }
    trace.set(markdown);
    if (!trace.isShown()) await vscode.commands.executeCommand('markdown.showPreviewToSide', trace.uri);
  };
  const at = (editor: vscode.TextEditor): ExplainParams => ({
    uri: editor.document.uri.toString(),
    kind: 'position',
    key: 0,
    position: { line: editor.selection.active.line, character: editor.selection.active.character },
  });
  let timer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(TRACE_SCHEME, trace),
    vscode.commands.registerCommand(EXPLAIN_COMMAND, (params: ExplainParams) => show(params)),
    vscode.commands.registerCommand(EXPLAIN_HERE_COMMAND, () => {
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.languageId === LANGUAGE_ID) return show(at(editor));
      return undefined;
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor.document.languageId !== LANGUAGE_ID || trace.last === undefined || !trace.isShown()) return;
      clearTimeout(timer);
      const params = at(event.textEditor);
      timer = setTimeout(() => {
        void request(params).then((markdown) => {
          if (markdown) trace.set(markdown);
        });
      }, 250);
      timer.unref?.();
    }),
    { dispose: () => clearTimeout(timer) },
  );
}

/**
 * A change of grille.language reaches the server, which refreshes diagnostics, inlay hints and
 * lenses; the outline has no refresh request in LSP, so a passing symbol provider makes VS Code ask again.
 */
function refreshOutlineOnLanguageChange(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`${SETTINGS_SECTION}.language`)) return;
      const nudge = vscode.languages.registerDocumentSymbolProvider({ language: LANGUAGE_ID }, { provideDocumentSymbols: (): vscode.DocumentSymbol[] => [] });
      const timer: NodeJS.Timeout = setTimeout(() => {
        nudge.dispose();
      }, 500);
      timer.unref();
    }),
  );
}

function registerShowRule(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    // Rule links on diagnostics run this command: docs/rules.md opens at the rule's entry.
    vscode.commands.registerCommand(SHOW_RULE_COMMAND, async (code: string) => {
      // The bundled catalogue, at the rule's heading, then its Markdown preview (which follows the editor's line).
      const uri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
      const document = await vscode.workspace.openTextDocument(uri);
      const line = Math.max(
        0,
        document
          .getText()
          .split(/\r?\n/)
          .findIndex((l) => l.trim() === `### ${String(code).toUpperCase()}`),
      );
      const at = new vscode.Range(line, 0, line, 0);
      const editor = await vscode.window.showTextDocument(document, { selection: at, viewColumn: vscode.ViewColumn.Beside, preview: true });
      editor.revealRange(at, vscode.TextEditorRevealType.AtTop);
      try {
        await vscode.commands.executeCommand('markdown.showPreview', uri);
      } catch {
        // No Markdown preview in this editor: the source, at the rule, is already shown.
      }
    }),
  );
}

export function activate(context: vscode.ExtensionContext): GrilleApi {
  const started = createClient(context);
  client = started;
  // Not awaited: activation returns at once; requests wait on `ready`.
  const ready = started.start().catch((error: unknown) => {
    void vscode.window.showErrorMessage(vscode.l10n.t('The Grille language server did not start: {0}', error instanceof Error ? error.message : String(error)));
  });
  const trace = new TraceDocument();
  registerExplain(context, trace, ready);
  registerShowRule(context);
  refreshOutlineOnLanguageChange(context);
  const gridPreview = registerGridPreview(context, () => client);
  return { client: started, ready, lastTrace: () => trace.last, traceUri: trace.uri, gridPreview };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
