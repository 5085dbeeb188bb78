/**
 * The packaged extension in a real VS Code (code-server + Chromium), as part of `npm test`: the
 * API-level suite inside the extension host, then what a person sees, with screenshots saved to
 * docs/screenshots/. Fails, never skips, when the editor cannot start.
 */
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers';
import { runRealEditor, type RealEditorReport } from './run-real-editor';

describe('real VS Code (code-server 4.99.4)', () => {
  let report: RealEditorReport;
  before(
    async () => {
      report = await runRealEditor();
    },
    { timeout: 600_000 },
  );

  it('runs the API-level suite green inside the real extension host', () => {
    assert.equal(report.apiExitCode, 0, JSON.stringify(report.apiReport, null, 2));
    assert.ok(report.apiReport, 'the suite wrote its report');
    assert.deepEqual(
      report.apiReport.results.map((r) => `${r.state} ${r.title}`),
      [
        'passed Grille in a real VS Code reports the expected findings on the grid with problems',
        'passed Grille in a real VS Code opens each sample and gets its findings: the broken one and the seed-article one as expected',
        'passed Grille in a real VS Code hover on BR, TM, OPTAM and HN shows the glossary with the figure and its date',
        'passed Grille in a real VS Code inlay hints show the previews in euros',
        'passed Grille in a real VS Code « Expliquer »: a lens on the example only, the trace rendered in one reused tab that follows the cursor',
        'passed Grille in a real VS Code an example the engine cannot compute explains why',
        'passed Grille in a real VS Code Enter keeps the structure: nothing indented after the header, a section indents, a continuation line indents once more',
        'passed Grille in a real VS Code completion offers catalogue acts with their BR',
        'passed Grille in a real VS Code a quick fix applies and removes its diagnostic',
        'passed Grille in a real VS Code a quick fix keeps the formulas side by side aligned, and one action corrects a whole « attendu » line',
        'passed Grille in a real VS Code editing a line updates its diagnostics and its preview',
        'passed Grille grid preview in a real VS Code opens beside the grid with a column per formula and a cell per formula and sector',
        'passed Grille grid preview in a real VS Code follows the author as they type (debounced)',
        'passed Grille grid preview in a real VS Code exports the standalone page (no script) to a file',
      ],
    );
  });

  it('shows a person the squiggles, the problems count, the hover and the previews', () => {
    assert.ok(Number(report.dom.squiggles) > 0);
    // GR217 (no line for some reimbursed acts) is a warning on this small responsible grid.
    assert.equal(report.dom.problems, 'Errors: 6, Warnings: 1');
    assert.equal(report.dom.languageMode, 'Grille');
    assert.match(report.dom.hover ?? '', /BR — base de remboursement de la Sécurité sociale/);
    assert.match(report.dom.hover ?? '', /30,00 €\s*22\/12\/2024/);
    // At VS Code's default settings (only the extension's own language defaults), every line's reste is visible.
    assert.match(report.dom.inlay ?? '', /DPTAM reste 2 € · Sécu 19 € · mutuelle 9 €/);
    assert.deepEqual(JSON.parse(report.dom.restesMissing ?? '["not measured"]'), []);
    assert.match(report.dom.problemsPanel ?? '', /GR401/);
    // A problem's rule code is a link that opens the rules catalogue (source and preview).
    assert.match(report.dom.ruleLink ?? '', /^GR\d{3}$/);
    assert.equal(report.dom.ruleLinkOpened, 'Preview rules.md');
  });

  it('an English workbench shows the extension in English only (grille.language follows it), and French chosen by the setting shows French only', () => {
    const en = report.dom['language.en'] ?? '';
    const fr = report.dom['language.fr'] ?? '';
    assert.match(en, /out-of-pocket €\d/);
    assert.match(en, /insurer €\d/);
    assert.match(en, /LENSES .*Explain/);
    for (const french of [/\breste\b/i, /\bmutuelle\b/i, /Expliquer/, /\bs[ée]ances?\b/i, /\bcalculé\b/i, /\bligne\b/i, /\d,\d\d €/, /\bremboursement\b/i])
      assert.doesNotMatch(en, french, en);
    assert.match(fr, /reste \d/);
    assert.match(fr, /mutuelle \d/);
    assert.match(fr, /LENSES .*Expliquer/);
    for (const english of [/out-of-pocket/, /\binsurer\b/, /\bExplain\b/, /\bper year\b/, /\bcomputed\b/, /\bline\b/]) assert.doesNotMatch(fr, english, fr);
  });

  it('« Compare with… » against the last commit marks the changed cell with its before and after amounts', () => {
    // Option 2's private room, 60 → 75 € a night: at its typical price the insurer pays more.
    assert.match(report.dom.compareSummary ?? '', /^1 cellule modifiée, 0 ajoutée, 0 retirée \(0 en baisse, 1 en hausse\)/);
    assert.equal(report.dom.compareMarked, '1');
    assert.match(report.dom.compareCell ?? '', /75 € par nuit/);
  });

  it('the grid preview: the editor-title button opens it, its table renders, a click on a cell selects its source', () => {
    assert.match(report.dom.previewButton ?? '', /Preview Grid|Aperçu du tableau/);
    assert.equal(report.dom.previewColumns, 'Socle | Option 1 | Option 2 | Option 3');
    assert.ok(Number(report.dom.previewCells) > 100, `${report.dom.previewCells} cells`);
    assert.match(report.dom.previewTab ?? '', /Preview: gamme-quatre-formules\.grille/);
    assert.ok(report.dom.previewExpectedSelection);
    assert.equal(report.dom.previewSelection, report.dom.previewExpectedSelection);
  });

  it('saved its screenshots in docs/screenshots', () => {
    for (const shot of ['previews.png', 'hover.png', 'problems.png', 'grid-preview.png', 'grid-compare.png']) {
      const file = path.join(repoRoot(), 'docs', 'screenshots', shot);
      assert.ok(fs.statSync(file).size > 10_000, `${shot} exists`);
    }
  });
});
