/**
 * The VS Code side: starts the bundled language server, shows the engine's trace for the
 * « Expliquer » lenses in a read-only document, and hands the client to tests (activation is
 * awaitable and leaves no timer behind).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  CONFIG_FILE,
  EXPLAIN_COMMAND,
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
  /** The last trace shown by « Expliquer » (for tests and for copy). */
  lastTrace(): string | undefined;
  /** The grid preview (for tests): its last page. */
  gridPreview: GridPreviewApi;
}

let client: LanguageClient | undefined;

class TraceDocuments implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  last: string | undefined;

  show(content: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: TRACE_SCHEME, path: `/expliquer-${this.contents.size + 1}.md` });
    this.contents.set(uri.toString(), content);
    this.last = content;
    this.changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<GrilleApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    // A changed grille.config.json changes severities: the server pulls diagnostics again.
    synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`) },
    initializationOptions: { settings: vscode.workspace.getConfiguration(SETTINGS_SECTION), ruleCommand: true } satisfies InitializationOptions,
  };
  // The client's id names its `grille.trace.server` setting: the settings section.
  client = new LanguageClient(SETTINGS_SECTION, 'Grille', serverOptions, clientOptions);

  const traces = new TraceDocuments();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(TRACE_SCHEME, traces),
    vscode.commands.registerCommand(EXPLAIN_COMMAND, async (params: ExplainParams) => {
      if (!client) return;
      const markdown = await client.sendRequest<string | null>(EXPLAIN_REQUEST, params);
      if (!markdown) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to explain here.'));
        return;
      }
      const document = await vscode.workspace.openTextDocument(traces.show(markdown));
      await vscode.languages.setTextDocumentLanguage(document, 'markdown');
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
    }),
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
  const gridPreview = registerGridPreview(context, () => client);
  await client.start();
  return { client, lastTrace: () => traces.last, gridPreview };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
