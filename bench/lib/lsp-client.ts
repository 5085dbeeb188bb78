/**
 * A minimal LSP client over stdio for the benchmarks: spawns a server, answers its configuration
 * requests, waits for pushed diagnostics, reads its resident memory. Same transport as VS Code's
 * client for a server started with `--stdio`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-protocol';

export interface StartOptions {
  /** Arguments to `node`: the server script and its flags (and any `-r` preload first). */
  args: string[];
  capabilities: Record<string, unknown>;
  initializationOptions?: unknown;
  /** Answers `workspace/configuration`, one value per requested section. */
  configuration?: (section: string | undefined) => unknown;
  /** Environment of the server process (default: this process's). */
  env?: NodeJS.ProcessEnv;
}

export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly versions = new Map<string, number>();
  private readonly diagnosticWaiters = new Map<string, ((diagnostics: Diagnostic[]) => void)[]>();
  /** Resolves once the server has asked for its settings at least once. */
  readonly configurationAsked: Promise<void>;
  capabilities: Record<string, unknown> = {};

  private constructor(
    private readonly child: ChildProcess,
    options: StartOptions,
  ) {
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    let asked: () => void = () => undefined;
    this.configurationAsked = new Promise((resolve) => (asked = resolve));
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      asked();
      return params.items.map((item) => options.configuration?.(item.section) ?? null);
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      const waiters = this.diagnosticWaiters.get(p.uri) ?? [];
      this.diagnosticWaiters.delete(p.uri);
      for (const resolve of waiters) resolve(p.diagnostics);
    });
    this.connection.listen();
  }

  static async start(options: StartOptions): Promise<LspClient> {
    const child = spawn(process.execPath, options.args, { stdio: ['pipe', 'pipe', 'ignore'], env: options.env ?? process.env });
    const client = new LspClient(child, options);
    const result = await client.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      locale: 'fr',
      capabilities: options.capabilities,
      initializationOptions: options.initializationOptions,
    });
    client.capabilities = result.capabilities;
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resident set size of the server process, KiB (VmRSS in /proc/PID/status). */
  rssKiB(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) : NaN;
  }

  /**
   * The server's memory, KiB, from /proc/PID/smaps_rollup: `rss` (resident, file-backed pages
   * of the node binary and libraries included), `anonymous` (its private memory: the V8 heap,
   * the code V8 compiled, malloc), and the rest (`rss - anonymous`: mapped files).
   */
  memoryKiB(): { rss: number; anonymous: number } {
    const rollup = fs.readFileSync(`/proc/${this.pid}/smaps_rollup`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? NaN);
    return { rss: field('Rss'), anonymous: field('Anonymous') };
  }

  /** The next diagnostics the server pushes for `uri` (register before causing them). */
  nextDiagnostics(uri: string): Promise<Diagnostic[]> {
    return new Promise((resolve) => {
      const list = this.diagnosticWaiters.get(uri) ?? [];
      list.push(resolve);
      this.diagnosticWaiters.set(uri, list);
    });
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** An incremental change: `length` characters at `position` replaced by `text`. */
  async change(uri: string, position: Position, length: number, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const range: Range = { start: position, end: { line: position.line, character: position.character + length } };
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone: the kill below makes sure.
    }
    this.connection.dispose();
    this.child.kill();
  }
}
