/**
 * The grid preview: a webview beside the editor that shows the grid as the printed table (the
 * server builds the page: `grille/apercuGrille`), follows the active grid and its edits (debounced),
 * and reveals a cell's source line when the cell is clicked; and the export of the same table to a
 * standalone HTML file.
 *
 * The webview runs only the page's own nonce'd script (its Content-Security-Policy says
 * `default-src 'none'`), loads no resource (`localResourceRoots: []`) and cannot run command links.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  GRID_COMPARE_COMMAND,
  GRID_COMPARE_REQUEST,
  GRID_EXPORT_COMMAND,
  GRID_PREVIEW_COMMAND,
  GRID_PREVIEW_REQUEST,
  LANGUAGE_ID,
  type GridCompareParams,
  type GridPreviewParams,
  type GridPreviewResult,
} from '../../server/src/protocol';

/** The other version a preview compares its grid with: its text and how the page names it. */
export interface CompareTarget {
  text: string;
  label: string;
}

const VIEW_TYPE = 'grille.gridPreview';
/** Milliseconds between the last keystroke and the preview's update. */
const UPDATE_DELAY = 250;

/** What tests read of the preview. */
export interface GridPreviewApi {
  /** The last page the panel was given, or undefined when no preview is open. */
  html(): string | undefined;
  /** Resolves with the next page the panel is given. */
  nextUpdate(): Promise<string>;
}

interface RevealMessage {
  type: 'reveal';
  start: number;
  end: number;
}

const isRevealMessage = (m: unknown): m is RevealMessage =>
  typeof m === 'object' &&
  m !== null &&
  (m as RevealMessage).type === 'reveal' &&
  Number.isInteger((m as RevealMessage).start) &&
  Number.isInteger((m as RevealMessage).end);

const isGrid = (document: vscode.TextDocument | undefined): document is vscode.TextDocument => document?.languageId === LANGUAGE_ID;

class GridPreviewPanel {
  private readonly nonce = randomBytes(18).toString('base64');
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** The page set as the webview's html (a full load), and the last page computed (posted as an update). */
  private shownHtml: string | undefined;
  lastHtml: string | undefined;
  private waiters: ((html: string) => void)[] = [];
  private generation = 0;
  /** While set, the page is the comparison of `document` with this other version (cleared when another grid becomes active). */
  compare: CompareTarget | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    public document: vscode.TextDocument,
    private readonly client: () => LanguageClient | undefined,
    onDispose: () => void,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isRevealMessage(message)) void this.reveal(message.start, message.end);
      }),
      // A panel shown again reloads the last page (updates posted while hidden are not kept).
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.lastHtml !== undefined && this.lastHtml !== this.shownHtml) this.show(this.lastHtml, true);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isGrid(editor.document) && editor.document !== this.document) {
          this.document = editor.document;
          this.compare = undefined;
          void this.update();
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('grille')) this.schedule();
      }),
    );
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY);
    this.timer.unref?.();
  }

  async update(): Promise<void> {
    const client = this.client();
    if (!client) return;
    const generation = ++this.generation;
    const params: GridPreviewParams = { uri: this.document.uri.toString(), target: 'webview', nonce: this.nonce };
    let result: GridPreviewResult | null;
    if (this.compare) {
      this.panel.title = vscode.l10n.t('Compared with {0}: {1}', this.compare.label, baseName(this.document.uri));
      const compare: GridCompareParams = { ...params, other: this.compare };
      result = await client.sendRequest<GridPreviewResult | null>(GRID_COMPARE_REQUEST, compare);
    } else {
      this.panel.title = vscode.l10n.t('Preview: {0}', baseName(this.document.uri));
      result = await client.sendRequest<GridPreviewResult | null>(GRID_PREVIEW_REQUEST, params);
    }
    // An answer overtaken by a newer request is dropped.
    if (!result || generation !== this.generation) return;
    this.show(result.html, this.shownHtml === undefined || !this.panel.visible);
  }

  private show(html: string, load: boolean): void {
    this.lastHtml = html;
    if (load) {
      this.shownHtml = html;
      this.panel.webview.html = html;
    } else {
      void this.panel.webview.postMessage({ type: 'update', html });
    }
    for (const resolve of this.waiters.splice(0)) resolve(html);
  }

  nextUpdate(): Promise<string> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** The clicked cell's source, selected in the grid's editor (the one already showing it, else the first column). */
  private async reveal(start: number, end: number): Promise<void> {
    const document = this.document;
    const length = document.getText().length;
    const range = new vscode.Range(document.positionAt(Math.min(start, length)), document.positionAt(Math.min(end, length)));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
    });
    // The cursor at the cell's start, so a long row scrolls to where the cell begins.
    editor.selection = new vscode.Selection(range.end, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

const baseName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? uri.path;

const isCompareTarget = (value: unknown): value is CompareTarget =>
  typeof value === 'object' && value !== null && typeof (value as CompareTarget).text === 'string' && typeof (value as CompareTarget).label === 'string';

/** The file as last committed: `git show HEAD:./NAME` in its folder (no shell). */
function lastCommitted(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['show', `HEAD:./${path.basename(file)}`],
      { cwd: path.dirname(file), maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) reject(new Error(stderr.trim().split('\n')[0] || error.message));
        else resolve(stdout);
      },
    );
  });
}

/** Asks which version to compare with: the previous git revision, or another .grille file. */
async function pickOtherVersion(document: vscode.TextDocument): Promise<CompareTarget | undefined> {
  const head = { label: vscode.l10n.t('Previous version (git, HEAD)'), description: vscode.l10n.t('The file as last committed'), source: 'head' as const };
  const file = { label: vscode.l10n.t('Another .grille file…'), source: 'file' as const };
  const items = document.uri.scheme === 'file' ? [head, file] : [file];
  const choice = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Compare with…') });
  if (!choice) return undefined;
  if (choice.source === 'head') {
    try {
      return { text: await lastCommitted(document.uri.fsPath), label: 'HEAD' };
    } catch (error) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('No previous version of {0} in git: {1}', baseName(document.uri), error instanceof Error ? error.message : String(error)),
      );
      return undefined;
    }
  }
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { Grille: ['grille'] },
    openLabel: vscode.l10n.t('Compare'),
    defaultUri: vscode.Uri.joinPath(document.uri, '..'),
  });
  if (!picked?.[0]) return undefined;
  const bytes = await vscode.workspace.fs.readFile(picked[0]);
  return { text: new TextDecoder('utf-8').decode(bytes), label: baseName(picked[0]) };
}

function targetDocument(uri: unknown): Thenable<vscode.TextDocument> | vscode.TextDocument | undefined {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  const active = vscode.window.activeTextEditor?.document;
  return isGrid(active) ? active : undefined;
}

/** Registers the preview and export commands; `client` gives the running language client. */
export function registerGridPreview(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): GridPreviewApi {
  let current: GridPreviewPanel | undefined;

  /** The panel for `document` (reused), showing the comparison with `compare` or the plain preview. */
  const open = async (document: vscode.TextDocument, compare: CompareTarget | undefined) => {
    if (current) {
      current.document = document;
      current.panel.reveal(undefined, true);
    } else {
      const panel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        vscode.l10n.t('Preview: {0}', baseName(document.uri)),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, enableCommandUris: false, enableFindWidget: true, localResourceRoots: [] },
      );
      current = new GridPreviewPanel(panel, document, client, () => (current = undefined));
      context.subscriptions.push(current);
    }
    current.compare = compare;
    await current.update();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(GRID_PREVIEW_COMMAND, async (uri?: unknown) => {
      const document = await targetDocument(uri);
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a .grille file to preview its grid.'));
        return;
      }
      await open(document, undefined);
    }),
    // « Comparer avec … »: the file's last commit (git, HEAD) or another .grille file; tests pass the other version.
    vscode.commands.registerCommand(GRID_COMPARE_COMMAND, async (uri?: unknown, other?: CompareTarget) => {
      const document = await targetDocument(uri);
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a .grille file to compare it.'));
        return;
      }
      const target = isCompareTarget(other) ? other : await pickOtherVersion(document);
      if (target) await open(document, target);
    }),
    vscode.commands.registerCommand(GRID_EXPORT_COMMAND, async (uri?: unknown, target?: unknown): Promise<vscode.Uri | undefined> => {
      const document = (await targetDocument(uri)) ?? current?.document;
      const languageClient = client();
      if (!document || !languageClient) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a .grille file to preview its grid.'));
        return undefined;
      }
      const params: GridPreviewParams = { uri: document.uri.toString(), target: 'standalone' };
      const result = await languageClient.sendRequest<GridPreviewResult | null>(GRID_PREVIEW_REQUEST, params);
      if (!result) return undefined;
      const file =
        target instanceof vscode.Uri
          ? target
          : await vscode.window.showSaveDialog({
              defaultUri: document.uri.with({ path: document.uri.path.replace(/\.grille$/i, '') + '.html' }),
              filters: { HTML: ['html'] },
              title: vscode.l10n.t('Export the grid as HTML'),
            });
      if (!file) return undefined;
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.html));
      if (!(target instanceof vscode.Uri)) void vscode.window.showInformationMessage(vscode.l10n.t('Grid exported to {0}.', baseName(file)));
      return file;
    }),
  );

  return {
    html: () => current?.lastHtml,
    nextUpdate: () => (current ? current.nextUpdate() : Promise.reject(new Error('no grid preview is open'))),
  };
}
