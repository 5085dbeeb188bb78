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
 * - Both servers run at once and take the same keystrokes in turn, so machine load hits both alike.
 * - RSS: VmRSS of each server once the grid is open and its first diagnostics are in.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from '../server/src/core/syntax/blocks';
import { generateGrid } from './generate-grid';
import { GRID_SCHEMA } from './lib/grid-schema';
import { gridToJson, toYaml } from './lib/grid-json';
import { KeystrokeSequence, type Keystroke } from './lib/keystrokes';
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

export interface GrilleSession {
  client: LspClient;
  uri: string;
  findings: number;
  rssKiB: number;
}

/** `env`: the server's environment (default: this process's). */
export async function openGrille(text: string, env?: NodeJS.ProcessEnv): Promise<GrilleSession> {
  const client = await LspClient.start({
    args: [path.join(repoRoot(), 'dist', 'server.js'), '--stdio'],
    capabilities: { textDocument: { diagnostic: {}, inlayHint: {}, hover: { contentFormat: ['markdown'] } } },
    initializationOptions: { settings: { debounceMs: 0 } },
    ...(env ? { env } : {}),
  });
  const uri = 'file:///bench/grille-5000.grille';
  await client.open(uri, 'grille', text);
  const first = await client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
  await sleep(300);
  return { client, uri, findings: first.items.length, rssKiB: client.rssKiB() };
}

/** didChange → pull diagnostics answered; hover on the edited line's act; inlay hints for the screen. */
export async function grilleKeystroke(
  session: GrilleSession,
  keystroke: Keystroke,
): Promise<{ diagnostics: number; hover: number; inlay: number; findings: number }> {
  const { client, uri } = session;
  const start = performance.now();
  await client.change(uri, { line: keystroke.line, character: keystroke.character }, keystroke.length, keystroke.insert);
  const report = await withTimeout(client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } }), 30000, 'grille diagnostics');
  const diagnostics = performance.now() - start;
  const hover = await timedAsync(() => client.request('textDocument/hover', { textDocument: { uri }, position: { line: keystroke.line, character: 3 } }));
  const firstLine = Math.max(0, keystroke.line - VISIBLE_LINES / 2);
  const range = { start: { line: firstLine, character: 0 }, end: { line: firstLine + VISIBLE_LINES, character: 0 } };
  const inlay = await timedAsync(() => client.request('textDocument/inlayHint', { textDocument: { uri }, range }));
  return { diagnostics, hover, inlay, findings: report.items.length };
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

/** didChange → publishDiagnostics received; then a hover on the edited key. */
async function yamlKeystroke(
  session: YamlSession,
  keystroke: Keystroke,
  withHover: boolean,
): Promise<{ diagnostics: number; hover: number; findings: number }> {
  const { client, uri } = session;
  const published = client.nextDiagnostics(uri);
  const start = performance.now();
  await client.change(uri, { line: keystroke.line, character: keystroke.character }, keystroke.length, keystroke.insert);
  const items = await withTimeout(published, 60000, 'yaml-language-server diagnostics');
  const diagnostics = performance.now() - start;
  // The key of the edited entry (`tous: 40 € …`): its schema description.
  const hover = withHover
    ? await timedAsync(() =>
        client.request('textDocument/hover', { textDocument: { uri }, position: { line: keystroke.line, character: keystroke.character - 6 } }),
      )
    : NaN;
  return { diagnostics, hover, findings: items.length };
}

function writeSchema(): { file: string; dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-bench-yaml-'));
  const file = path.join(dir, 'grille.schema.json');
  fs.writeFileSync(file, JSON.stringify(GRID_SCHEMA, null, 2));
  return { file, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The stock server (200 ms validation delay), same edits, the delay subtracted. */
async function stockYaml(yamlText: string, schemaFile: string, count: number): Promise<number[]> {
  if (count <= 0) return [];
  const session = await openYaml(yamlText, schemaFile, false);
  try {
    const edits = new KeystrokeSequence(yamlText);
    const times: number[] = [];
    for (let i = 0; i < count + 2; i++) {
      const run = await yamlKeystroke(session, edits.next().keystroke, false);
      if (i >= 2) times.push(run.diagnostics - YAML_STOCK_DELAY_MS);
    }
    return times;
  } finally {
    await session.client.stop();
  }
}

/**
 * Both servers run side by side and take the keystrokes in turn (which goes first alternates), so
 * a busy machine slows both alike and the ratio holds.
 */
export async function benchLsp(options: LspOptions = DEFAULT_LSP_OPTIONS): Promise<LspResult> {
  const text = generateGrid(options.lines);
  const yamlText = toYaml(gridToJson(parse(text), text));
  const schema = writeSchema();
  try {
    const grille = await openGrille(text);
    let yaml: YamlSession;
    try {
      yaml = await openYaml(yamlText, schema.file, true);
    } catch (error) {
      await grille.client.stop();
      throw error;
    }
    const g = { diagnostics: [] as number[], hover: [] as number[], inlay: [] as number[], findings: grille.findings };
    const y = { diagnostics: [] as number[], hover: [] as number[], findings: 0 };
    let rssAfter: { grille: number; yaml: number };
    try {
      const grilleEdits = new KeystrokeSequence(text);
      const yamlEdits = new KeystrokeSequence(yamlText);
      for (let i = 0; i < options.warmup + options.keystrokes; i++) {
        const grilleKey = grilleEdits.next().keystroke;
        const yamlKey = yamlEdits.next().keystroke;
        const runGrille = () => grilleKeystroke(grille, grilleKey);
        const runYaml = () => yamlKeystroke(yaml, yamlKey, true);
        let a: Awaited<ReturnType<typeof runGrille>>;
        let b: Awaited<ReturnType<typeof runYaml>>;
        if (i % 2 === 0) {
          a = await runGrille();
          b = await runYaml();
        } else {
          b = await runYaml();
          a = await runGrille();
        }
        if (i < options.warmup) continue;
        g.diagnostics.push(a.diagnostics);
        g.hover.push(a.hover);
        g.inlay.push(a.inlay);
        g.findings = a.findings;
        y.diagnostics.push(b.diagnostics);
        y.hover.push(b.hover);
        y.findings = b.findings;
      }
      rssAfter = { grille: grille.client.rssKiB(), yaml: yaml.client.rssKiB() };
    } finally {
      await grille.client.stop();
      await yaml.client.stop();
    }
    const stock = await stockYaml(yamlText, schema.file, options.stockKeystrokes);
    const grilleResult = {
      diagnostics: summarize(g.diagnostics),
      hover: summarize(g.hover),
      inlayHints: summarize(g.inlay),
      findings: g.findings,
      rssKiB: grille.rssKiB,
      rssAfterKiB: rssAfter.grille,
    };
    const yamlResult = {
      diagnostics: summarize(y.diagnostics),
      hover: summarize(y.hover),
      findings: y.findings,
      rssKiB: yaml.rssKiB,
      rssAfterKiB: rssAfter.yaml,
      stockMinusDelay: summarize(stock),
      schemaProbeFindings: yaml.schemaProbeFindings,
    };
    return {
      lines: options.lines,
      yamlLines: yamlText.split('\n').length - 1,
      grille: grilleResult,
      yaml: yamlResult,
      ratio: { diagnostics: yamlResult.diagnostics.p50 / grilleResult.diagnostics.p50, rss: grilleResult.rssKiB / yamlResult.rssKiB },
    };
  } finally {
    schema.dispose();
  }
}

if (require.main === module) {
  void benchLsp().then((r) => console.log(JSON.stringify(r, null, 1)));
}
