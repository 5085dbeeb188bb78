/**
 * LSP round trips over stdio on the 5 000-line realistic grid (generate-grid.ts: `realisticGrid`),
 * the bundled Grille server (dist/server.js) against yaml-language-server validating the same grid
 * as YAML against lib/grid-schema.ts, on the same simulated keystrokes. Each repeat:
 *
 * 1. **Server work** — Grille with `grille.debounceMs` 0: per keystroke, didChange → pulled
 *    diagnostics; then, in turn, what VS Code asks after a keystroke: semantic tokens
 *    (`full/delta` on the last result), document symbols, code lenses, inlay hints for the 60
 *    lines on screen, folding ranges (« after a keystroke »: from the didChange to the last
 *    answer); then a hover on the edited line (not in that total). Memory (smaps_rollup) once the
 *    grid is open and its first diagnostics are in, and after the keystrokes.
 * 2. **As a user sees it** — Grille with its shipped settings (adaptive debounce) and the stock
 *    yaml-language-server (its fixed 200 ms validation delay) side by side, taking the keystrokes
 *    in turn (which goes first alternates), so a busy machine slows both alike: didChange →
 *    diagnostics answered (Grille, pulled) or published (YAML). yaml-language-server's memory is
 *    read once the YAML is open and first validated, the point Grille's is read at.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from '../server/src/core/syntax/blocks';
import { realisticGrid } from './generate-grid';
import { GRID_SCHEMA } from './lib/grid-schema';
import { gridToJson, toYaml } from './lib/grid-json';
import { KeystrokeSequence, type Keystroke } from './lib/keystrokes';
import { LspClient } from './lib/lsp-client';
import { repoRoot } from './lib/root';
import { percentile, summarize, type Summary } from './lib/stats';
import { VISIBLE_LINES } from './analysis-bench';

export interface LspOptions {
  lines: number;
  /** Keystrokes per repeat, Grille (each phase). */
  keystrokes: number;
  /** Keystrokes per repeat against the stock yaml-language-server (each waits its 200 ms); pooled over the repeats. */
  yamlKeystrokes: number;
  repeats: number;
  warmup: number;
}

export const DEFAULT_LSP_OPTIONS: LspOptions = { lines: 5000, keystrokes: 300, yamlKeystrokes: 100, repeats: 3, warmup: 10 };

/** What VS Code asks after a keystroke, besides the diagnostics, in the order it is sent here. */
export const AFTER_KEYSTROKE = ['semanticTokens', 'documentSymbol', 'codeLens', 'inlayHint', 'foldingRange'] as const;
type AfterKeystroke = (typeof AFTER_KEYSTROKE)[number];

export interface Memory {
  rssKiB: number;
  anonymousKiB: number;
}

/** One repeat's figures. */
export interface LspRepeat {
  grille: {
    diagnostics: Summary;
    hover: Summary;
    requests: Record<AfterKeystroke, Summary>;
    /** didChange → the last of the diagnostics and every AFTER_KEYSTROKE request answered. */
    afterKeystroke: Summary;
    /** As a user sees it: the shipped settings (adaptive debounce). */
    shipped: Summary;
    findings: number;
    memoryOpen: Memory;
    memoryAfter: Memory;
  };
  yaml: { stock: number[]; memoryOpen: Memory; findings: number; schemaProbeFindings: number };
}

export interface LspResult {
  lines: number;
  yamlLines: number;
  repeats: LspRepeat[];
  /** Median over the repeats of each figure (p50 and p95 apart); YAML's stock keystrokes pooled. */
  grille: {
    diagnostics: Summary;
    hover: Summary;
    requests: Record<AfterKeystroke, Summary>;
    afterKeystroke: Summary;
    shipped: Summary;
    findings: number;
    memoryOpen: Memory;
    memoryAfter: Memory;
    edits: number;
  };
  yaml: { stock: Summary; memoryOpen: Memory; findings: number; schemaProbeFindings: number };
  ratio: { shippedP50: number; shippedP95: number };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface GrilleSession {
  client: LspClient;
  uri: string;
  findings: number;
  rssKiB: number;
  memory: Memory;
  /** The last semantic tokens result, the base of the next `full/delta`. */
  tokensResultId?: string;
}

function memoryOf(client: LspClient): Memory {
  const m = client.memoryKiB();
  return { rssKiB: m.rss, anonymousKiB: m.anonymous };
}

const CLIENT_CAPABILITIES = {
  textDocument: {
    diagnostic: {},
    inlayHint: {},
    hover: { contentFormat: ['markdown'] },
    semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    codeLens: {},
    foldingRange: {},
  },
  workspace: { diagnostics: { refreshSupport: true } },
};

/**
 * `env`: the server's environment (default: this process's). `settings`: the `grille` settings
 * (default: `debounceMs` 0, the server's work alone; `null`: the shipped defaults).
 */
export async function openGrille(text: string, env?: NodeJS.ProcessEnv, settings: Record<string, unknown> | null = { debounceMs: 0 }): Promise<GrilleSession> {
  const client = await LspClient.start({
    args: [path.join(repoRoot(), 'dist', 'server.js'), '--stdio'],
    capabilities: CLIENT_CAPABILITIES,
    ...(settings ? { initializationOptions: { settings } } : {}),
    ...(env ? { env } : {}),
  });
  const uri = 'file:///bench/grille-5000.grille';
  await client.open(uri, 'grille', text);
  const first = await client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
  await sleep(300);
  const memory = memoryOf(client);
  return { client, uri, findings: first.items.length, rssKiB: memory.rssKiB, memory };
}

export interface GrilleKeystroke {
  diagnostics: number;
  hover: number;
  inlay: number;
  requests: Record<AfterKeystroke, number>;
  afterKeystroke: number;
  findings: number;
}

/** didChange → pulled diagnostics; then what VS Code asks after a keystroke, in turn; then a hover on the edited line. */
export async function grilleKeystroke(session: GrilleSession, keystroke: Keystroke): Promise<GrilleKeystroke> {
  const { client, uri } = session;
  const textDocument = { uri };
  const start = performance.now();
  await client.change(uri, { line: keystroke.line, character: keystroke.character }, keystroke.length, keystroke.insert);
  const report = await withTimeout(client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument }), 30000, 'grille diagnostics');
  const diagnostics = performance.now() - start;
  const firstLine = Math.max(0, keystroke.line - VISIBLE_LINES / 2);
  const range = { start: { line: firstLine, character: 0 }, end: { line: firstLine + VISIBLE_LINES, character: 0 } };
  const requests = {} as Record<AfterKeystroke, number>;
  const ask: Record<AfterKeystroke, () => Promise<unknown>> = {
    semanticTokens: async () => {
      const tokens = session.tokensResultId
        ? await client.request<{ resultId?: string }>('textDocument/semanticTokens/full/delta', { textDocument, previousResultId: session.tokensResultId })
        : await client.request<{ resultId?: string }>('textDocument/semanticTokens/full', { textDocument });
      session.tokensResultId = tokens.resultId;
    },
    documentSymbol: () => client.request('textDocument/documentSymbol', { textDocument }),
    codeLens: () => client.request('textDocument/codeLens', { textDocument }),
    inlayHint: () => client.request('textDocument/inlayHint', { textDocument, range }),
    foldingRange: () => client.request('textDocument/foldingRange', { textDocument }),
  };
  for (const name of AFTER_KEYSTROKE) requests[name] = await timedAsync(ask[name]);
  const afterKeystroke = performance.now() - start;
  const hover = await timedAsync(() => client.request('textDocument/hover', { textDocument, position: { line: keystroke.line, character: 3 } }));
  return { diagnostics, hover, inlay: requests.inlayHint, requests, afterKeystroke, findings: report.items.length };
}

/** didChange → pulled diagnostics answered, nothing else: the keystroke as a user sees it. */
async function grilleDiagnostics(session: GrilleSession, keystroke: Keystroke): Promise<number> {
  const { client, uri } = session;
  const start = performance.now();
  await client.change(uri, { line: keystroke.line, character: keystroke.character }, keystroke.length, keystroke.insert);
  await withTimeout(client.request('textDocument/diagnostic', { textDocument: { uri } }), 30000, 'grille diagnostics');
  return performance.now() - start;
}

async function timedAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

interface YamlSession {
  client: LspClient;
  uri: string;
  schemaProbeFindings: number;
  memory: Memory;
}

/**
 * Starts yaml-language-server (the devDependency) with the grid schema, opens the YAML grid, reads
 * its memory once the first validation is in, then proves the schema applies. `noDebounce`: its
 * 200 ms validation delay set to 0 (lib/yaml-no-debounce.ts; `lsp-memory`, not the budgets).
 */
async function openYaml(text: string, schemaFile: string, noDebounce = false): Promise<YamlSession> {
  const server = path.join(path.dirname(require.resolve('yaml-language-server/package.json', { paths: [repoRoot()] })), 'bin', 'yaml-language-server');
  const preload = path.join(__dirname, 'lib', 'yaml-no-debounce.js');
  const settings = {
    validate: true,
    hover: true,
    completion: true,
    schemas: { [pathToFileURL(schemaFile).href]: '*.grille.yaml' },
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
  };
  const client = await LspClient.start({
    args: [...(noDebounce ? ['-r', preload] : []), server, '--stdio'],
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {}, hover: { contentFormat: ['markdown'] } } },
    configuration: (section) => (section === 'yaml' ? settings : section === '[yaml]' ? {} : {}),
  });
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await withTimeout(client.configurationAsked, 10000, 'yaml-language-server settings');
  await sleep(200);
  const uri = 'file:///bench/grille-5000.grille.yaml';
  const opened = client.nextDiagnostics(uri);
  await client.open(uri, 'yaml', text);
  await withTimeout(opened, 60000, 'yaml-language-server first validation');
  // The same point as Grille's: the grid open, its first diagnostics in, 300 ms later.
  await sleep(300);
  const memory = memoryOf(client);
  // A value that breaks the schema's coverage pattern must be reported: the schema is in force.
  const at = text.indexOf('40 € par seance');
  const before = text.slice(0, at);
  const position = { line: before.split('\n').length - 1, character: at - before.lastIndexOf('\n') - 1 };
  let schemaProbeFindings = 0;
  for (let attempt = 0; attempt < 20 && schemaProbeFindings === 0; attempt++) {
    const broken = client.nextDiagnostics(uri);
    await client.change(uri, position, 2, 'xx');
    schemaProbeFindings = (await withTimeout(broken, 60000, 'yaml-language-server probe')).length;
    const fixed = client.nextDiagnostics(uri);
    await client.change(uri, position, 2, '40');
    await withTimeout(fixed, 60000, 'yaml-language-server probe');
    if (schemaProbeFindings === 0) await sleep(200);
  }
  if (schemaProbeFindings === 0) throw new Error('yaml-language-server does not apply the grid schema');
  return { client, uri, schemaProbeFindings, memory };
}

/** didChange → publishDiagnostics received. */
async function yamlKeystroke(session: YamlSession, keystroke: Keystroke): Promise<{ diagnostics: number; findings: number }> {
  const { client, uri } = session;
  const published = client.nextDiagnostics(uri);
  const start = performance.now();
  await client.change(uri, { line: keystroke.line, character: keystroke.character }, keystroke.length, keystroke.insert);
  const items = await withTimeout(published, 60000, 'yaml-language-server diagnostics');
  return { diagnostics: performance.now() - start, findings: items.length };
}

function writeSchema(): { file: string; dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-bench-yaml-'));
  const file = path.join(dir, 'grille.schema.json');
  fs.writeFileSync(file, JSON.stringify(GRID_SCHEMA, null, 2));
  return { file, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Phase 1: the server's work, what follows a keystroke, memory. */
async function serverWork(text: string, options: LspOptions): Promise<Omit<LspRepeat['grille'], 'shipped'>> {
  const session = await openGrille(text);
  try {
    const edits = new KeystrokeSequence(text);
    const runs: GrilleKeystroke[] = [];
    for (let i = 0; i < options.warmup + options.keystrokes; i++) {
      const run = await grilleKeystroke(session, edits.next().keystroke);
      if (i >= options.warmup) runs.push(run);
    }
    const memoryAfter = memoryOf(session.client);
    return {
      diagnostics: summarize(runs.map((r) => r.diagnostics)),
      hover: summarize(runs.map((r) => r.hover)),
      requests: Object.fromEntries(AFTER_KEYSTROKE.map((name) => [name, summarize(runs.map((r) => r.requests[name]))])) as Record<AfterKeystroke, Summary>,
      afterKeystroke: summarize(runs.map((r) => r.afterKeystroke)),
      findings: runs[runs.length - 1]?.findings ?? session.findings,
      memoryOpen: session.memory,
      memoryAfter,
    };
  } finally {
    await session.client.stop();
  }
}

/** Phase 2: both servers as shipped, side by side, the keystrokes in turn. */
async function asShipped(text: string, yamlText: string, schemaFile: string, options: LspOptions): Promise<{ shipped: number[]; yaml: LspRepeat['yaml'] }> {
  const grille = await openGrille(text, undefined, null);
  let yaml: YamlSession;
  try {
    yaml = await openYaml(yamlText, schemaFile);
  } catch (error) {
    await grille.client.stop();
    throw error;
  }
  try {
    const grilleEdits = new KeystrokeSequence(text);
    const yamlEdits = new KeystrokeSequence(yamlText);
    const shipped: number[] = [];
    const stock: number[] = [];
    let findings = 0;
    const yamlEvery = Math.max(1, Math.round(options.keystrokes / Math.max(1, options.yamlKeystrokes)));
    for (let i = 0; i < options.warmup + options.keystrokes; i++) {
      const measured = i >= options.warmup;
      // YAML takes every `yamlEvery`-th turn (each costs its 200 ms and a validation); a pair of
      // its keystrokes (type, delete) at a time, so its text goes back to the grid.
      const withYaml = Math.floor(i / 2) % yamlEvery === 0;
      const runGrille = async () => {
        const ms = await grilleDiagnostics(grille, grilleEdits.next().keystroke);
        if (measured) shipped.push(ms);
      };
      const runYaml = async () => {
        if (!withYaml) return;
        const run = await yamlKeystroke(yaml, yamlEdits.next().keystroke);
        findings = run.findings;
        if (measured) stock.push(run.diagnostics);
      };
      if (i % 2 === 0) {
        await runGrille();
        await runYaml();
      } else {
        await runYaml();
        await runGrille();
      }
    }
    return { shipped, yaml: { stock, memoryOpen: yaml.memory, findings, schemaProbeFindings: yaml.schemaProbeFindings } };
  } finally {
    await grille.client.stop();
    await yaml.client.stop();
  }
}

function median(values: number[]): number {
  return percentile(values, 50);
}

function medianSummary(list: Summary[]): Summary {
  return { p50: median(list.map((s) => s.p50)), p95: median(list.map((s) => s.p95)), runs: median(list.map((s) => s.runs)) };
}

function medianMemory(list: Memory[]): Memory {
  return { rssKiB: median(list.map((m) => m.rssKiB)), anonymousKiB: median(list.map((m) => m.anonymousKiB)) };
}

export async function benchLsp(options: LspOptions = DEFAULT_LSP_OPTIONS): Promise<LspResult> {
  const text = realisticGrid(options.lines);
  const yamlText = toYaml(gridToJson(parse(text), text));
  const schema = writeSchema();
  const repeats: LspRepeat[] = [];
  try {
    for (let r = 0; r < options.repeats; r++) {
      const work = await serverWork(text, options);
      const { shipped, yaml } = await asShipped(text, yamlText, schema.file, options);
      repeats.push({ grille: { ...work, shipped: summarize(shipped) }, yaml });
    }
  } finally {
    schema.dispose();
  }
  const g = repeats.map((r) => r.grille);
  const grille: LspResult['grille'] = {
    diagnostics: medianSummary(g.map((x) => x.diagnostics)),
    hover: medianSummary(g.map((x) => x.hover)),
    requests: Object.fromEntries(AFTER_KEYSTROKE.map((name) => [name, medianSummary(g.map((x) => x.requests[name]))])) as Record<AfterKeystroke, Summary>,
    afterKeystroke: medianSummary(g.map((x) => x.afterKeystroke)),
    shipped: medianSummary(g.map((x) => x.shipped)),
    findings: g[g.length - 1]!.findings,
    memoryOpen: medianMemory(g.map((x) => x.memoryOpen)),
    memoryAfter: medianMemory(g.map((x) => x.memoryAfter)),
    edits: options.warmup + options.keystrokes,
  };
  const y = repeats.map((r) => r.yaml);
  const yaml: LspResult['yaml'] = {
    stock: summarize(y.flatMap((x) => x.stock)),
    memoryOpen: medianMemory(y.map((x) => x.memoryOpen)),
    findings: y[y.length - 1]!.findings,
    schemaProbeFindings: y[0]!.schemaProbeFindings,
  };
  return {
    lines: options.lines,
    yamlLines: yamlText.split('\n').length - 1,
    repeats,
    grille,
    yaml,
    ratio: { shippedP50: yaml.stock.p50 / grille.shipped.p50, shippedP95: yaml.stock.p95 / grille.shipped.p95 },
  };
}

if (require.main === module) {
  const quick = process.argv.includes('--quick');
  void benchLsp(quick ? { lines: 5000, keystrokes: 40, yamlKeystrokes: 6, repeats: 1, warmup: 4 } : DEFAULT_LSP_OPTIONS).then((r) => {
    const { repeats, ...rest } = r;
    void repeats;
    console.log(JSON.stringify(rest, null, 1));
  });
}
