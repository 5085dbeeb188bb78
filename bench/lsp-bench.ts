/**
 * LSP round trips over stdio on the 5 000-line grid, the bundled Grille server (dist/server.js)
 * against yaml-language-server validating the same grid as YAML against lib/grid-schema.ts, in the
 * same run, on the same simulated keystrokes.
 *
 * - Grille: didChange (incremental) → `textDocument/diagnostic` answered, with `grille.debounceMs` 0
 *   (initializationOptions.settings, server/src/lsp/settings.ts); then hover on the edited line and
 *   inlay hints for the 60 lines on screen.
 * - yaml-language-server: didChange → `textDocument/publishDiagnostics` received. Its 200 ms
 *   validation delay has no setting; it is set to 0 by a preload (lib/yaml-no-debounce.ts). As a
 *   cross-check, the stock server is measured too, with 200 ms subtracted.
 * - RSS: VmRSS of each server once the grid is open and its first diagnostics are in.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from '../server/src/core/syntax/parser';
import { generateGrid } from './generate-grid';
import { GRID_SCHEMA } from './lib/grid-schema';
import { gridToJson, toYaml } from './lib/grid-json';
import { KeystrokeSequence } from './lib/keystrokes';
import { LspClient } from './lib/lsp-client';
import { repoRoot } from './lib/root';
import { summarize, type Summary } from './lib/stats';
import { VISIBLE_LINES } from './analysis-bench';

export interface LspOptions {
  lines: number;
  keystrokes: number;
  /** Keystrokes against the stock yaml-language-server (each waits its 200 ms). */
  stockKeystrokes: number;
  warmup: number;
}

export const DEFAULT_LSP_OPTIONS: LspOptions = { lines: 5000, keystrokes: 60, stockKeystrokes: 15, warmup: 5 };

export interface LspResult {
  lines: number;
  yamlLines: number;
  grille: { diagnostics: Summary; hover: Summary; inlayHints: Summary; findings: number; rssKiB: number; rssAfterKiB: number };
  yaml: { diagnostics: Summary; hover: Summary; findings: number; rssKiB: number; rssAfterKiB: number; stockMinusDelay: Summary; schemaProbeFindings: number };
  ratio: { diagnostics: number; rss: number };
}

const YAML_STOCK_DELAY_MS = 200;

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

async function benchGrille(text: string, options: LspOptions): Promise<LspResult['grille']> {
  const client = await LspClient.start({
    args: [path.join(repoRoot(), 'dist', 'server.js'), '--stdio'],
    capabilities: { textDocument: { diagnostic: {}, inlayHint: {}, hover: { contentFormat: ['markdown'] } } },
    initializationOptions: { settings: { debounceMs: 0 } },
  });
  try {
    const uri = 'file:///bench/grille-5000.grille';
    await client.open(uri, 'grille', text);
    const first = await client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
    await sleep(300);
    const rssKiB = client.rssKiB();
    const edits = new KeystrokeSequence(text);
    const diagnostics: number[] = [];
    const hovers: number[] = [];
    const hints: number[] = [];
    let findings = first.items.length;
    for (let i = 0; i < options.warmup + options.keystrokes; i++) {
      const { keystroke } = edits.next();
      const position = { line: keystroke.line, character: keystroke.character };
      const start = performance.now();
      await client.change(uri, position, keystroke.length, keystroke.insert);
      const report = await withTimeout(client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } }), 30000, 'grille diagnostics');
      const diagnosticMs = performance.now() - start;
      const hover = await timedAsync(() => client.request('textDocument/hover', { textDocument: { uri }, position: { line: keystroke.line, character: 3 } }));
      const firstLine = Math.max(0, keystroke.line - VISIBLE_LINES / 2);
      const range = { start: { line: firstLine, character: 0 }, end: { line: firstLine + VISIBLE_LINES, character: 0 } };
      const inlay = await timedAsync(() => client.request('textDocument/inlayHint', { textDocument: { uri }, range }));
      if (i < options.warmup) continue;
      diagnostics.push(diagnosticMs);
      hovers.push(hover);
      hints.push(inlay);
      findings = report.items.length;
    }
    const rssAfterKiB = client.rssKiB();
    return { diagnostics: summarize(diagnostics), hover: summarize(hovers), inlayHints: summarize(hints), findings, rssKiB, rssAfterKiB };
  } finally {
    await client.stop();
  }
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
  rssKiB: number;
}

/** Starts yaml-language-server with the grid schema, opens the YAML grid, proves the schema applies. */
async function openYaml(text: string, schemaFile: string, noDebounce: boolean): Promise<YamlSession> {
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
  await sleep(300);
  return { client, uri, schemaProbeFindings, rssKiB: client.rssKiB() };
}

/** didChange → publishDiagnostics, and a hover on the edited key, per keystroke. */
async function yamlKeystrokes(session: YamlSession, text: string, count: number, warmup: number, withHover: boolean): Promise<{ diagnostics: number[]; hovers: number[]; findings: number }> {
  const { client, uri } = session;
  const edits = new KeystrokeSequence(text);
  const diagnostics: number[] = [];
  const hovers: number[] = [];
  let findings = 0;
  for (let i = 0; i < warmup + count; i++) {
    const { keystroke } = edits.next();
    const published = client.nextDiagnostics(uri);
    const start = performance.now();
    await client.change(uri, { line: keystroke.line, character: keystroke.character }, keystroke.length, keystroke.insert);
    const items = await withTimeout(published, 60000, 'yaml-language-server diagnostics');
    const diagnosticMs = performance.now() - start;
    // The key of the edited line (`tous: 40 € …`): its schema description.
    const hover = withHover ? await timedAsync(() => client.request('textDocument/hover', { textDocument: { uri }, position: { line: keystroke.line, character: keystroke.character - 4 } })) : NaN;
    if (i < warmup) continue;
    diagnostics.push(diagnosticMs);
    hovers.push(hover);
    findings = items.length;
  }
  return { diagnostics, hovers, findings };
}

export async function benchYaml(yamlText: string, options: LspOptions): Promise<LspResult['yaml']> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-bench-yaml-'));
  const schemaFile = path.join(dir, 'grille.schema.json');
  fs.writeFileSync(schemaFile, JSON.stringify(GRID_SCHEMA, null, 2));
  try {
    const session = await openYaml(yamlText, schemaFile, true);
    let run: Awaited<ReturnType<typeof yamlKeystrokes>>;
    let rssAfterKiB: number;
    try {
      run = await yamlKeystrokes(session, yamlText, options.keystrokes, options.warmup, true);
      rssAfterKiB = session.client.rssKiB();
    } finally {
      await session.client.stop();
    }
    let stock: number[] = [];
    if (options.stockKeystrokes > 0) {
      const stockSession = await openYaml(yamlText, schemaFile, false);
      try {
        stock = (await yamlKeystrokes(stockSession, yamlText, options.stockKeystrokes, 2, false)).diagnostics.map((ms) => ms - YAML_STOCK_DELAY_MS);
      } finally {
        await stockSession.client.stop();
      }
    }
    return {
      diagnostics: summarize(run.diagnostics),
      hover: summarize(run.hovers),
      findings: run.findings,
      rssKiB: session.rssKiB,
      rssAfterKiB,
      stockMinusDelay: summarize(stock),
      schemaProbeFindings: session.schemaProbeFindings,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchLsp(options: LspOptions = DEFAULT_LSP_OPTIONS): Promise<LspResult> {
  const text = generateGrid(options.lines);
  const yamlText = toYaml(gridToJson(parse(text), text));
  const grille = await benchGrille(text, options);
  const yaml = await benchYaml(yamlText, options);
  return {
    lines: options.lines,
    yamlLines: yamlText.split('\n').length - 1,
    grille,
    yaml,
    ratio: { diagnostics: yaml.diagnostics.p50 / grille.diagnostics.p50, rss: grille.rssKiB / yaml.rssKiB },
  };
}


if (require.main === module) {
  void benchLsp().then((r) => console.log(JSON.stringify(r, null, 1)));
}
