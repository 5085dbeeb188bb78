/**
 * Runs the real bundled language server (dist/server.js) as a child process over stdio and talks
 * LSP to it, as VS Code's client does. Grids carry a `‸` cursor marker where a request points.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { CancellationTokenSource, type Diagnostic as LspDiagnostic, type Position } from 'vscode-languageserver-protocol';
import { repoRoot } from '../helpers';

export const CURSOR = '‸';

/** Text without the marker, and the marker's position. */
export function withCursor(marked: string): { text: string; position: Position } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error('no cursor marker');
  const text = marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
  const before = text.slice(0, offset).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1]!.length } };
}

export class LspSession {
  readonly connection: ProtocolConnection;
  readonly logs: string[] = [];
  /** How many times the server pulled the `grille` section with workspace/configuration. */
  configurationPulls = 0;
  private version = 1;
  private readonly writer: StreamMessageWriter;
  private readonly rawAnswers = new Map<string, (message: { result?: unknown; error?: unknown }) => void>();
  private rawRequests = 0;

  private constructor(
    private readonly child: ChildProcess,
    private settings: Record<string, unknown>,
  ) {
    const reader = new StreamMessageReader(child.stdout!);
    // Answers to `rawRequest` are taken here; everything else goes on to the connection.
    const listen = reader.listen.bind(reader);
    reader.listen = (callback) =>
      listen((message) => {
        const id = (message as { id?: unknown }).id;
        const answer = typeof id === 'string' ? this.rawAnswers.get(id) : undefined;
        if (answer) {
          this.rawAnswers.delete(id as string);
          answer(message as { result?: unknown; error?: unknown });
        } else callback(message);
      });
    this.writer = new StreamMessageWriter(child.stdin!);
    this.connection = createProtocolConnection(reader, this.writer);
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    // The editor's side of settings: the server pulls the `grille` section, as from VS Code.
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      this.configurationPulls++;
      return params.items.map((item) => (item.section === 'grille' ? this.settings : null));
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.diagnosticRefreshes++;
      return null;
    });
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.listen();
  }

  /**
   * `client.diagnosticRefresh: false`: a client that does not take `workspace/diagnostic/refresh`;
   * `client.resolveCodeActionEdits: true`: one that resolves a code action's edit when it is chosen (VS Code).
   */
  static async start(
    settings: Record<string, unknown> = { debounceMs: 0 },
    env: Record<string, string> = {},
    initializationOptions: Record<string, unknown> = {},
    client: { diagnosticRefresh?: boolean; resolveCodeActionEdits?: boolean } = {},
  ): Promise<LspSession> {
    const child = spawn(process.execPath, [path.join(repoRoot(), 'dist', 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    });
    const session = new LspSession(child, settings);
    session.initializeResult = await session.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: 'fr',
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: false },
          diagnostics: { refreshSupport: client.diagnosticRefresh ?? true },
          inlayHint: { refreshSupport: true },
        },
        textDocument: {
          diagnostic: {},
          inlayHint: {},
          hover: { contentFormat: ['markdown'] },
          ...(client.resolveCodeActionEdits ? { codeAction: { resolveSupport: { properties: ['edit'] } } } : {}),
        },
      },
      initializationOptions: { ...initializationOptions, settings },
    });
    await session.connection.sendNotification('initialized', {});
    return session;
  }

  /** How many times the server asked the client to pull diagnostics again. */
  diagnosticRefreshes = 0;

  /** The server's answer to `initialize` (capabilities, semantic-token legend…). */
  initializeResult: { capabilities: Record<string, unknown> } = { capabilities: {} };

  /** Changes the editor's settings and tells the server, which pulls them again. */
  async configure(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    const pulls = this.configurationPulls;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    for (let i = 0; i < 200 && this.configurationPulls === pulls; i++) await new Promise((r) => setTimeout(r, 5));
    // One round trip more: the pulled settings are applied before the next request is served.
    await this.roundTrip();
  }

  async open(text: string, uri = `file:///grille-${Math.random().toString(36).slice(2)}.grille`): Promise<string> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'grille', version: this.version++, text } });
    return uri;
  }

  async change(uri: string, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: this.version++ }, contentChanges: [{ text }] });
  }

  /** One diagnostics pull: the findings the server has for the document now (fast ones first, see docs/language-server.md). */
  async diagnostics<D = LspDiagnostic>(uri: string): Promise<D[]> {
    const report = await this.request<{ kind: string; items?: D[] }>('textDocument/diagnostic', { textDocument: { uri } });
    if (report.kind !== 'full' || !report.items) throw new Error(`not a full report: ${JSON.stringify(report)}`);
    return report.items;
  }

  /**
   * The findings once the server has nothing more to say about this text: pulls, and pulls again
   * as long as the server answers with `workspace/diagnostic/refresh` (the full analysis after
   * the fast findings). The server sends that refresh before it answers any request that arrives
   * after its answer to the pull, so one round trip tells whether it is coming.
   */
  async settledDiagnostics<D = LspDiagnostic>(uri: string): Promise<D[]> {
    for (let pulls = 0; pulls < 10; pulls++) {
      const refreshes = this.diagnosticRefreshes;
      const items = await this.diagnostics<D>(uri);
      await this.roundTrip();
      if (this.diagnosticRefreshes === refreshes) return items;
    }
    throw new Error(`the diagnostics of ${uri} never settled`);
  }

  /** Resolves once the server has asked for more than `count` diagnostics refreshes in all; rejects after `ms`. */
  async refreshAfter(count: number, ms = 5000): Promise<void> {
    const started = Date.now();
    while (this.diagnosticRefreshes <= count) {
      if (Date.now() - started > ms) throw new Error(`no workspace/diagnostic/refresh within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 2));
    }
  }

  /** A request that does nothing on the server: what the server sent before its answer has arrived when it returns. */
  async roundTrip(): Promise<void> {
    await this.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///aucun.grille' } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /**
   * A request with exactly these params (`null` included, which the connection would wrap in an
   * array), as a faulty client sends it: the server's `result`, or its `error`.
   */
  rawRequest(method: string, params: unknown): Promise<{ result?: unknown; error?: unknown }> {
    const id = `raw-${++this.rawRequests}`;
    return new Promise((resolve, reject) => {
      this.rawAnswers.set(id, resolve);
      this.writer.write({ jsonrpc: '2.0', id, method, params } as Parameters<StreamMessageWriter['write']>[0]).catch(reject);
    });
  }

  /**
   * A diagnostics pull, then a full-text change, in one write to the server's stdin: the server reads
   * both before it handles either, so it answers the pull for the text before the change, and the
   * change comes before anything the server deferred after that answer. The pull's `result` or `error`.
   */
  pullThenChange(uri: string, text: string): Promise<{ result?: unknown; error?: unknown }> {
    const id = `raw-${++this.rawRequests}`;
    const messages = [
      { jsonrpc: '2.0', id, method: 'textDocument/diagnostic', params: { textDocument: { uri } } },
      { jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: this.version++ }, contentChanges: [{ text }] } },
    ];
    const frames = messages.map((message) => {
      const body = Buffer.from(JSON.stringify(message), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    });
    return new Promise((resolve, reject) => {
      this.rawAnswers.set(id, resolve);
      this.child.stdin!.write(Buffer.concat(frames), (error) => {
        if (error) reject(error);
      });
    });
  }

  /** A request the test can cancel (`$/cancelRequest`), as an editor does when it no longer needs it. */
  cancellableRequest<R>(method: string, params: unknown): { result: Promise<R>; cancel(): void } {
    const source = new CancellationTokenSource();
    return { result: this.connection.sendRequest<R>(method, params, source.token), cancel: () => source.cancel() };
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; the kill below makes sure.
    }
    this.connection.dispose();
    this.child.kill();
  }

  /** Resident memory of the server process, in bytes (Linux /proc). */
  rss(): number {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  }

  get alive(): boolean {
    return this.child.exitCode === null && !this.child.killed;
  }
}

/** `L:C-L:C` of an LSP range, 1-based. */
export function showRange(r: { start: Position; end: Position }): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}
