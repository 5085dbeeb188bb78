/**
 * One language at a time: on every sample grid, what the editor shows in English — hovers on each
 * act and each guarantee, the inline previews, the « Expliquer » trace of each line and each
 * example, the outline, the grid preview — holds no French word of the deny-list below, and what it
 * shows in French holds none of the English ones. The author's own text is quoted as written (the
 * grid's names, the lines as printed, comments) and the parameters' sources are cited as published:
 * both are taken out before the words are read.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ACTS } from '../../server/src/core/catalogue/acts';
import { ACT_TEXT_EN, POSTE_EN } from '../../server/src/core/catalogue/acts-en';
import { analyze, type Analysis } from '../../server/src/core/analyze';
import { PARAMETERS } from '../../server/src/core/params/parameters';
import { PARAMETER_LABELS_EN } from '../../server/src/core/params/parameters-en';
import type { Language } from '../../server/src/core/present/labels';
import { explainExample, explainLine } from '../../server/src/services/explain';
import { gridPreview, gridPreviewHtml } from '../../server/src/services/grid-preview';
import { hoverAt } from '../../server/src/services/hover';
import { previews } from '../../server/src/services/previews';
import { outline, type OutlineSymbol } from '../../server/src/services/symbols';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');
const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.grille'))
  .sort();

/** French words that have an English one in the English mode (the deny-list of the English mode). */
const FRENCH: readonly RegExp[] = [
  /rembours/i,
  /\bmutuelle\b/i,
  /séance/i,
  /\bpar an\b/i,
  /\bConsultation de\b/,
  /dépassement/i,
  /\bforfait\b/i,
  /\bHospitalisation\b/,
  /\battendu\b/i,
  /\bcalculé/i,
  /\bligne\b/i,
  /\bTaux\b/,
  /reste à charge/i,
  /\bnon couvert\b/i,
  /\bplafond\b/i,
  /\baucune?\b/i,
  /\bpayée?s?\b/i,
];

/** English words of the English mode that the French mode must not show. */
const ENGLISH: readonly RegExp[] = [/\binsurer\b/i, /out-of-pocket/i, /\bline\b/i, /\brate\b/i, /\bprice\b/i, /\bpaid\b/i];

/** Every figure's source, cited as published (French legal texts and pages). */
const SOURCES = PARAMETERS.flatMap((p) => p.periods.flatMap((period) => [period.source, period.note ?? ''])).filter(Boolean);

/** The author's text as the outputs may quote it: each line as written, quoted names, comments. */
function authorTexts(text: string): string[] {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    out.add(trimmed);
    out.add(trimmed.replace(/\s+/g, ' '));
    const comment = line.indexOf('#');
    if (comment >= 0) out.add(line.slice(comment + 1).trim());
    for (const m of line.matchAll(/"([^"]+)("|$)|«\s*([^»]+?)\s*»/g)) out.add((m[1] ?? m[3])!);
    // Any run of two words or more as written (an act's name, a guarantee, an example's act):
    // outputs quote them. A single word is never excused.
    const words = trimmed.replace(/#.*$/, '').split(/\s+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) for (let j = i + 2; j <= words.length; j++) out.add(words.slice(i, j).join(' '));
  }
  // The acts' names in grid notation, which findings suggest writing (« autres actes rembourses »).
  for (const act of ACTS) for (const name of act.names) out.add(name);
  return [...out].filter((s) => s.length > 2).sort((a, b) => b.length - a.length);
}

function withoutQuoted(output: string, quoted: readonly string[]): string {
  let rest = output
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  // The sources first: the author's words inside one (« 300 € ») must not cut it.
  for (const q of [...SOURCES, ...quoted]) rest = rest.split(q).join(' ');
  // The keywords of the language itself, written in backquotes (`attendu`, `par an`).
  return rest.replace(/`[^`\n]*`/g, ' ');
}

/** The outline's details (its names are the grid's own: sections, acts and examples as written). */
function outlineText(symbols: OutlineSymbol[]): string[] {
  return symbols.flatMap((s) => [s.detail, ...outlineText(s.children)]);
}

/** The words a page shows: its text and its tooltips, not its style sheet, classes or printed source cells. */
function htmlWords(html: string): string {
  return html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ')
    .replace(/<div class="printed">[\s\S]*?<\/div>/g, ' ')
    .replace(/<[^>]*?\btitle="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ');
}

/** What the editor shows on a grid in one language, each with where it comes from. */
function outputs(analysis: Analysis, language: Language): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const at = (offset: number) => analysis.lineIndex.positionAt(offset).line + 1;
  for (const line of analysis.model.lines) {
    if (!line.act) continue;
    const hover = hoverAt(analysis, line.node.act.range.start, { language });
    if (hover) out.push({ where: `hover on the act, line ${at(line.node.range.start)}`, text: hover.markdown });
    for (const column of Object.values(line.columns)) {
      const guarantee = hoverAt(analysis, column.range.start, { language });
      if (guarantee) out.push({ where: `hover on a guarantee, line ${at(column.range.start)}`, text: guarantee.markdown });
    }
    const trace = explainLine(analysis, line.node.range.start, {}, language);
    if (trace) out.push({ where: `« Expliquer » of line ${at(line.node.range.start)}`, text: trace });
  }
  analysis.model.examples.forEach((example, i) => {
    const trace = explainExample(analysis, i, undefined, language);
    if (trace) out.push({ where: `« Expliquer » of example ${i + 1}`, text: trace });
    void example;
  });
  for (const p of previews(analysis, { start: 0, end: analysis.text.length }, { language }))
    out.push({ where: `preview, line ${at(p.offset)}`, text: `${p.label}\n${p.tooltip}` });
  out.push({ where: 'outline', text: outlineText(outline(analysis, language)).join('\n') });
  out.push({ where: 'grid preview', text: htmlWords(gridPreviewHtml(gridPreview(analysis, { language }), { kind: 'standalone' })) });
  return out;
}

function offending(analysis: Analysis, language: Language, denied: readonly RegExp[]): string[] {
  const quoted = authorTexts(analysis.text);
  const found: string[] = [];
  for (const { where, text } of outputs(analysis, language)) {
    const rest = withoutQuoted(text, quoted);
    for (const word of denied) {
      const m = word.exec(rest);
      if (m) found.push(`${where}: « ${m[0]} » in « ${rest.slice(Math.max(0, m.index - 60), m.index + 60).replace(/\s+/g, ' ')} »`);
    }
  }
  return found;
}

describe('one language at a time', () => {
  it('every act of the catalogue has an English label and description, every poste an English name', () => {
    assert.deepEqual(
      ACTS.filter((a) => !ACT_TEXT_EN[a.id]?.label || !ACT_TEXT_EN[a.id]?.description).map((a) => a.id),
      [],
    );
    assert.deepEqual(
      Object.keys(ACT_TEXT_EN).filter((id) => !ACTS.some((a) => a.id === id)),
      [],
      'no English for an act that does not exist',
    );
    assert.deepEqual(
      ACTS.filter((a) => !POSTE_EN[a.poste]).map((a) => a.poste),
      [],
    );
  });

  it('every parameter has an English label, and no English label names a parameter that does not exist', () => {
    assert.deepEqual(
      PARAMETERS.filter((p) => !PARAMETER_LABELS_EN[p.id]).map((p) => p.id),
      [],
    );
    assert.deepEqual(
      Object.keys(PARAMETER_LABELS_EN).filter((id) => !PARAMETERS.some((p) => p.id === id)),
      [],
    );
  });

  it('the English labels hold none of the French words of the deny-list', () => {
    const texts = [...Object.values(ACT_TEXT_EN).flatMap((t) => [t.label, withoutQuoted(t.description, [])]), ...Object.values(PARAMETER_LABELS_EN)];
    assert.deepEqual(
      texts.filter((t) => FRENCH.some((w) => w.test(t.replace(/«[^»]*»/g, '')))),
      [],
    );
  });

  for (const file of samples) {
    const analysis = analyze(readFileSync(join(SAMPLES, file), 'utf8'));
    it(`${file} in English: no French word of the deny-list outside the author's text and the sources`, () => {
      assert.deepEqual(offending(analysis, 'en', FRENCH), []);
    });
    it(`${file} in French: no English word of the deny-list`, () => {
      assert.deepEqual(offending(analysis, 'fr', ENGLISH), []);
    });
  }
});
