/**
 * Runs the packaged extension in a real VS Code (code-server) driven by Chromium:
 *   1. the API-level Mocha suite inside the real extension host (workbench `payload` with
 *      extensionDevelopmentPath = the unpacked VSIX, extensionTestsPath = suite/index.js);
 *   2. DOM-level checks of what a person sees (squiggles, problems count, hover, inlay text),
 *      saving screenshots to docs/screenshots/.
 * Returns a report; the node:test wrapper asserts on it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { gridPreviewDom } from './grid-preview-dom';
import { ensureCodeServer, installVsix, packageVsix, repoRoot, startCodeServer, type CodeServer } from '../../client/src/dev/code-server';

export interface RealEditorReport {
  apiExitCode: number | null;
  apiReport: { failures: number; results: { title: string; state: string; error?: string }[] } | null;
  dom: Record<string, string>;
  screenshots: string[];
  logs: string[];
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function workspaceCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-workspace-'));
  // The fixtures of these tests and the samples of the repository, side by side.
  for (const folder of [path.join(repoRoot(), 'test', 'real-editor', 'fixtures'), path.join(repoRoot(), 'samples')]) {
    for (const name of fs.readdirSync(folder)) if (name.endsWith('.grille')) fs.copyFileSync(path.join(folder, name), path.join(dir, name));
  }
  return dir;
}

/** Debian's Chromium, headless; Playwright gives it a fresh empty profile. */
async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

async function apiRun(server: CodeServer, extensionPath: string, folder: string, report: RealEditorReport): Promise<void> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const exit = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      report.logs.push(`[${type}] ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`);
    });
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(path.join(repoRoot(), 'out', 'test', 'real-editor', 'suite', 'index.js'))],
    ];
    await page.goto(`${server.url}?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), 120_000).unref());
    report.apiExitCode = await Promise.race([exit, timeout]);
  } finally {
    await browser.close();
  }
}

const normalize = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

async function settledAttribute(page: Page, selector: string, name: string): Promise<string> {
  let last = '';
  let since = Date.now();
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const value = (await page.locator(selector).getAttribute(name)) ?? '';
    if (value !== last) {
      last = value;
      since = Date.now();
    } else if (Date.now() - since >= 2_000) break;
    await page.waitForTimeout(200);
  }
  return last;
}

async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 15_000 });
}

/** The error of a failed check, with a capture of what the page showed (its path in the message). */
async function withCapture(browser: Awaited<ReturnType<typeof launch>>, name: string, error: unknown): Promise<Error> {
  const failure = path.join(os.tmpdir(), `grille-real-editor-${name}-${Date.now()}.png`);
  await browser
    .contexts()[0]
    ?.pages()[0]
    ?.screenshot({ path: failure })
    .catch(() => undefined);
  return new Error(`${error instanceof Error ? error.message : String(error)}\nCapture : ${failure}`, { cause: error });
}

async function domRun(server: CodeServer, folder: string, report: RealEditorReport): Promise<void> {
  const shots = path.join(repoRoot(), 'docs', 'screenshots');
  fs.mkdirSync(shots, { recursive: true });
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(`${server.url}?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 30_000 });
    await openFile(page, 'constats.grille');
    await page.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 30_000 });
    report.dom.squiggles = String(await page.locator('.squiggly-error').count());
    // The server answers fast findings first, then the full ones (examples computed): read the
    // count once it has stayed the same for two seconds.
    report.dom.problems = await settledAttribute(page, '#status\\.problems', 'aria-label');
    report.dom.languageMode = normalize((await page.locator('#status\\.editor\\.mode').textContent()) ?? '').trim();
    // Inlay previews are real text in the editor's lines.
    await page.waitForFunction(
      () => (document.querySelector('.view-lines')?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').includes('mutuelle'),
      undefined,
      { timeout: 20_000 },
    );
    report.dom.inlay = normalize((await page.locator('.view-lines').first().textContent()) ?? '');
    // Each guarantee line as rendered (VS Code cuts a line's hints past editor.inlayHints.maximumLength):
    // its reste à charge must be on screen, and so must the attendu line's.
    await page.waitForTimeout(500);
    const rendered = (await page.locator('.view-lines').first().locator('.view-line').allTextContents()).map(normalize);
    const guarantees = rendered.filter((t) => /^\s+(forfait journalier|consultation generaliste|osteopathie|attendu)\b/.test(t));
    report.dom.restesMissing = JSON.stringify(
      guarantees.length === 4 ? guarantees.filter((t) => !/reste \d[\d ]*(,\d\d)? €/.test(t)) : [`${guarantees.length} lines rendered of 4`, ...rendered],
    );
    await page.screenshot({ path: path.join(shots, 'previews.png') });
    report.screenshots.push('docs/screenshots/previews.png');
    // Hover on « BR ».
    const br = page.locator('.view-line span', { hasText: /^BR$/ }).first();
    await br.hover();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'base de remboursement' }).first();
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForTimeout(400);
    report.dom.hover = normalize((await hover.textContent()) ?? '');
    await page.screenshot({ path: path.join(shots, 'hover.png') });
    report.screenshots.push('docs/screenshots/hover.png');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForTimeout(400);
    report.dom.problemsPanel = normalize((await page.locator('.markers-panel').first().textContent()) ?? '');
    await page.screenshot({ path: path.join(shots, 'problems.png') });
    report.screenshots.push('docs/screenshots/problems.png');
    // The rule code of a problem is a link: clicking it opens the rules catalogue at its entry.
    const codeLink = page.locator('.markers-panel .monaco-link').first();
    report.dom.ruleLink = normalize((await codeLink.textContent()) ?? '');
    await codeLink.click();
    const preview = page.locator('.tab .label-name', { hasText: 'Preview rules.md' }).first();
    await preview.waitFor({ state: 'visible', timeout: 15_000 });
    report.dom.ruleLinkOpened = normalize((await preview.textContent()) ?? '');
    await gridPreviewDom(page, folder, shots, report.dom, openFile);
    report.screenshots.push('docs/screenshots/grid-preview.png', 'docs/screenshots/grid-compare.png');
  } catch (error) {
    throw await withCapture(browser, 'failure', error);
  } finally {
    await browser.close();
  }
}

export async function runRealEditor(): Promise<RealEditorReport> {
  ensureCodeServer();
  const report: RealEditorReport = { apiExitCode: null, apiReport: null, dom: {}, screenshots: [], logs: [] };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-real-editor-'));
  const vsix = path.join(work, 'grille.vsix');
  packageVsix(vsix);
  // The packaged extension, unpacked by code-server's own installer, is what both runs load.
  const installed = path.join(work, 'installed');
  installVsix(vsix, work, installed);
  const extensionPath = fs
    .readdirSync(installed)
    .map((d) => path.join(installed, d))
    .find((d) => fs.existsSync(path.join(d, 'package.json')));
  if (!extensionPath) throw new Error('the VSIX did not install');

  const reportFile = path.join(work, 'api-report.json');
  process.env.GRILLE_REAL_EDITOR_REPORT = reportFile;
  const settings = { 'grille.language': 'fr' };
  const apiServer = await startCodeServer({ extensionsDir: path.join(work, 'no-extensions'), settings });
  try {
    await apiRun(apiServer, extensionPath, workspaceCopy(), report);
  } finally {
    await apiServer.stop();
  }
  if (fs.existsSync(reportFile)) report.apiReport = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  if (process.env.GRILLE_REAL_EDITOR_VERBOSE) console.error(JSON.stringify({ apiExitCode: report.apiExitCode, apiReport: report.apiReport }, null, 2));

  const domServer = await startCodeServer({ extensionsDir: installed, settings });
  try {
    await domRun(domServer, workspaceCopy(), report);
  } finally {
    await domServer.stop();
  }
  // One language at a time: the English workbench with `grille.language` left to follow it, and
  // French chosen by the setting (a French workbench needs VS Code's French language pack, which
  // code-server takes from the marketplace: out of reach offline, see docs/testing.md).
  const languages = { en: {}, fr: { 'grille.language': 'fr' } } as const;
  for (const [locale, languageSettings] of Object.entries(languages)) {
    const server = await startCodeServer({ extensionsDir: installed, settings: languageSettings });
    try {
      report.dom[`language.${locale}`] = await languageRun(server, workspaceCopy());
    } finally {
      await server.stop();
    }
  }
  return report;
}

/**
 * What the extension writes in a workbench whose display language is `locale`: the editor's lines
 * with their lenses and previews, a line's hover and the outline, as one text.
 */
export async function languageRun(server: CodeServer, folder: string): Promise<string> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(`${server.url}?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 30_000 });
    await openFile(page, 'constats.grille');
    await page.waitForFunction(() => /Sécu[\s\u00a0\u202f]*€?\d/.test(document.querySelector('.view-lines')?.textContent ?? ''), undefined, {
      timeout: 30_000,
    });
    await page.waitForTimeout(1_500);
    // The previews only: each rendered line less the source line it starts with (the grid's own
    // words, French keywords included, are not the extension's).
    const source = fs
      .readFileSync(path.join(folder, 'constats.grille'), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const rendered = (await page.locator('.monaco-editor .view-lines').first().locator('.view-line').allTextContents()).map(normalize);
    const lines = rendered
      .map((r) => {
        const own = source.filter((l) => r.startsWith(l)).sort((a, b) => b.length - a.length)[0];
        return own === undefined ? '' : r.slice(own.length).trim();
      })
      .filter(Boolean)
      .join(' | ');
    const lenses = normalize(
      await page.evaluate(() =>
        Array.from(document.querySelectorAll('.monaco-editor a, .monaco-editor span'))
          .filter((e) => /^(Explain|Expliquer)/.test(e.textContent ?? '') && e.children.length === 0)
          .map((e) => `${e.textContent} [${e.parentElement?.className}]`)
          .join(' | '),
      ),
    );
    // A guarantee line's hover: what it pays, in the extension's words.
    const act = page.locator('.view-line span', { hasText: /^osteopathie$/ }).first();
    await act.hover();
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForTimeout(400);
    const hoverText = normalize((await hover.textContent()) ?? '');
    return `PREVIEWS ${lines}\nLENSES ${lenses}\nHOVER ${hoverText}`;
  } catch (error) {
    throw await withCapture(browser, 'language', error);
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  runRealEditor().then(
    (report) => {
      console.log(JSON.stringify(report, null, 2));
      process.exitCode = report.apiExitCode === 0 ? 0 : 1;
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
