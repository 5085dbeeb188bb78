/**
 * What a person sees of the grid preview in the real editor: the editor-title button of a .grille
 * file opens the webview beside it, its table renders (cells counted in the webview's own
 * document), and a click on a cell selects that cell's source in the grid's editor. Saves
 * docs/screenshots/grid-preview.png.
 */
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

/** Runs a workbench command by its palette title. */
async function command(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  for (let attempt = 0; ; attempt++) {
    // The keys go to the workbench, not to a webview that may have the focus: an empty spot of the title bar first.
    await page
      .locator('.part.titlebar')
      .first()
      .click({ position: { x: 300, y: 12 } });
    await page.keyboard.press('F1');
    if (
      await input.waitFor({ state: 'visible', timeout: 3_000 }).then(
        () => true,
        () => false,
      )
    )
      break;
    await page.keyboard.press('Escape');
    if (attempt === 3) throw new Error(`the command palette did not open for « ${title} »`);
  }
  await input.fill(`>${title}`);
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
}
