/**
 * What a person sees of the grid preview in the real editor: the editor-title button of a .grille
 * file opens the webview beside it, its table renders (cells counted in the webview's own
 * document), and a click on a cell selects that cell's source in the grid's editor. Saves
 * docs/screenshots/grid-preview.png.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';

/** The webview's content frame (code-server nests it in two iframes): the one that has the grid's table. */
async function previewFrame(page: Page, timeout = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const found = await frame
        .locator('table.grid td.cell')
        .count()
        .catch(() => 0);
      if (found > 0) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('the grid preview never rendered a table');
}

/** Runs a workbench command by its palette title (retried: the palette may close when a view takes the focus). */
async function command(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  for (let attempt = 0; ; attempt++) {
    // The keys go to the workbench, not to a webview that may have the focus: an empty spot of the title bar first.
    await page
      .locator('.part.titlebar')
      .first()
      .click({ position: { x: 300, y: 12 } });
    await page.keyboard.press('F1');
    const filled = await input
      .waitFor({ state: 'visible', timeout: 3_000 })
      .then(() => input.fill(`>${title}`, { timeout: 3_000 }))
      .then(
        () => true,
        () => false,
      );
    if (filled) break;
    await page.keyboard.press('Escape');
    if (attempt === 5) throw new Error(`the command palette did not open for « ${title} »`);
  }
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  if (
    await row.waitFor({ state: 'visible', timeout: 5_000 }).then(
      () => true,
      () => false,
    )
  )
    await page.keyboard.press('Enter');
  else await page.keyboard.press('Escape');
  await page.waitForTimeout(200);
}

/**
 * Opens `file` (already in the workspace), clicks the editor title's « Preview Grid » button, and
 * clicks the cell whose printed guarantee is `cellText`. Reports the cell count, the button's
 * label, the status bar's selection after the click and the line the cell is on in the file.
 */
export async function gridPreviewDom(
  page: Page,
  folder: string,
  shots: string,
  report: Record<string, string>,
  open: (page: Page, name: string) => Promise<void>,
): Promise<void> {
  const file = 'gamme-quatre-formules.grille';
  const cellText = '60 € par nuit, 60 nuits par an';
  // A clean layout for the screenshot: no other editor, no panel.
  await command(page, 'View: Close All Editors');
  await command(page, 'View: Hide Panel');
  await command(page, 'View: Close Primary Side Bar');
  await open(page, file);
  const button = page
    .locator('.editor-actions .action-label[aria-label*="Preview Grid"], .editor-actions .action-label[aria-label*="Aperçu du tableau"]')
    .first();
  await button.waitFor({ state: 'visible', timeout: 15_000 });
  report.previewButton = (await button.getAttribute('aria-label')) ?? '';
  await button.click();
  const frame = await previewFrame(page);
  report.previewCells = String(await frame.locator('table.grid td.cell').count());
  report.previewColumns = (await frame.locator('table.grid thead th.column').allTextContents()).join(' | ');
  report.previewTab = ((await page.locator('.tab.active .label-name').allTextContents()) ?? []).join(' | ');
  await page.waitForTimeout(400);
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'grid-preview.png') });
  // The click: the cell's source is selected in the grid's editor (the status bar says where).
  const cell = frame.locator('td.cell', { has: frame.locator('.printed', { hasText: cellText }) }).first();
  await cell.scrollIntoViewIfNeeded();
  await cell.click();
  const text = fs.readFileSync(path.join(folder, file), 'utf8');
  const offset = text.indexOf(cellText);
  const before = text.slice(0, offset).split('\n');
  report.previewExpectedSelection = `Ln ${before.length}, Col ${before[before.length - 1]!.length + 1} (${cellText.length} selected)`;
  const selection = page.locator('#status\\.editor\\.selection');
  await page.waitForFunction(
    (expected) => (document.querySelector('#status\\.editor\\.selection')?.textContent ?? '').includes(expected),
    report.previewExpectedSelection,
    { timeout: 15_000 },
  );
  report.previewSelection = ((await selection.textContent()) ?? '').trim();

  await compareDom(page, folder, shots, report, file, cellText);
}

/** The frame of the grid preview once it shows a comparison (a changed cell). */
async function comparisonFrame(page: Page, timeout = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const found = await frame
        .locator('section.comparison')
        .count()
        .catch(() => 0);
      if (found > 0) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('the grid preview never showed the comparison');
}

/**
 * « Compare with… » against the file's last commit: the workspace becomes a git repository, the
 * renewal raises one cell on disk, and the command's « previous version (git, HEAD) » choice shows
 * the preview with that cell marked and its before → after amounts. Saves docs/screenshots/grid-compare.png.
 */
async function compareDom(page: Page, folder: string, shots: string, report: Record<string, string>, file: string, cellText: string): Promise<void> {
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Grille', '-c', 'user.email=grille@example.invalid', ...args], { cwd: folder });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'grille 2025');
  const raised = cellText.replace('60 € par nuit', '75 € par nuit');
  fs.writeFileSync(path.join(folder, file), fs.readFileSync(path.join(folder, file), 'utf8').replace(cellText, raised));
  // The editor reloads the file changed on disk.
  await page.waitForFunction((t) => (document.querySelector('.view-lines')?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').includes(t), raised, {
    timeout: 20_000,
  });
  await command(page, 'Grille: Compare with');
  const head = page.locator('.quick-input-list .monaco-list-row', { hasText: 'HEAD' }).first();
  await head.waitFor({ state: 'visible', timeout: 10_000 });
  await head.click();
  const frame = await comparisonFrame(page);
  report.compareSummary = ((await frame.locator('section.comparison p').first().textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
  report.compareMarked = String(await frame.locator('td.cell.changed').count());
  report.compareCell = ((await frame.locator('td.cell.changed').first().textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
  await frame.locator('td.cell.changed').first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(shots, 'grid-compare.png') });
}
