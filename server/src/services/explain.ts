/**
 * The « Expliquer » document, in Markdown: the trace of a guarantee line (each sector column) or
 * of an example's acts. Every example explains itself, even one the engine cannot compute: then it
 * says why (the findings on its lines: an impossible date, an unknown act…).
 */
import { actLabel, type Analysis, COLUMN_NAME, formatEuros, LABELS, type Language, type ParameterSet, runExample, traceMarkdown } from '../core';
import { linePreviews, type LinePreviewOptions } from './previews';
import { caseFormulaText, formulaLine, formulaSummary, formulaTitle, isFormulaRow } from './formulas';
import { contains, lineAt } from './locate';

const WORDS = {
  fr: {
    lineTitle: (label: string) => `# Expliquer : ${label}`,
    exampleTitle: (name: string) => `# Expliquer l'exemple « ${name} »`,
    prices: (configured: boolean) => (configured ? 'au prix réglé dans grille.typicalPrices ou au prix typique' : 'au prix typique'),
    intro: (prices: string, line: string) =>
      `Calcul ${prices}, pour un adulte dans le parcours de soins, à la date d'effet du contrat (après la carence pour une ligne qui en a une). Ligne : \`${line}\``,
    allSectors: 'Tous secteurs',
    mismatches: "**Écarts avec l'attendu**",
    mismatch: (field: string, expected: string, computed: string) => `${field} attendu ${expected}, calculé ${computed}`,
    notComputed: (act: string) =>
      `## ${act}\n\n**Pas de calcul** : le moteur ne calcule pas un cas qu'il ne peut pas lire plutôt que de donner un montant faux.`,
    because: 'Constats sur cette ligne',
    noAct: 'Aucun acte dans cet exemple : ajoutez une ligne « acte … prix … ».',
    fields: { secu: 'Sécu', mutuelle: 'mutuelle', reste: 'reste' },
    sep: ' ; ',
  },
  en: {
    lineTitle: (label: string) => `# Explain: ${label}`,
    exampleTitle: (name: string) => `# Explain the example "${name}"`,
    prices: (configured: boolean) => (configured ? 'at the price set in grille.typicalPrices or the typical price' : 'at the typical price'),
    intro: (prices: string, line: string) =>
      `Computed ${prices}, for an adult following the care pathway, on the contract's effective date (after the waiting period for a line that has one). Line: \`${line}\``,
    allSectors: 'All sectors',
    mismatches: '**Differences from the expected amounts**',
    mismatch: (field: string, expected: string, computed: string) => `${field} expected ${expected}, computed ${computed}`,
    notComputed: (act: string) => `## ${act}\n\n**Not computed**: the engine does not compute a case it cannot read rather than give a wrong amount.`,
    because: 'Findings on this line',
    noAct: 'No act in this example: add an « acte … prix … » line.',
    fields: { secu: 'Sécu', mutuelle: 'insurer', reste: 'out-of-pocket' },
    sep: '; ',
  },
} as const;

/**
 * What a line pays, column by column, with the full trace. Offsets select the line. A column with
 * a carence is computed on the first date its guarantee applies, as the previews are.
 */
export function explainLine(analysis: Analysis, lineStart: number, options: LinePreviewOptions = {}, language: Language = 'fr'): string | null {
  const w = WORDS[language];
  const line = analysis.model.lines.find((l) => l.node.range.start === lineStart);
  if (!line || !line.act) return null;
  const configured = options.typicalPrices !== undefined && Object.keys(options.typicalPrices).length > 0;
  const out = [
    w.lineTitle(actLabel(line.act, language)),
    '',
    w.intro(w.prices(configured), analysis.text.slice(line.node.range.start, line.node.range.end).replace(/\s+/g, ' ')),
    '',
  ];
  const grid = analysis.model;
  // A row of formulas side by side: each formula's cell in turn, under its name.
  const formulas = isFormulaRow(grid, line) ? grid.formulas : [];
  const targets = formulas.length > 0 ? formulas.map((f) => ({ formula: f, line: formulaLine(line, f) })) : [{ formula: null, line }];
  for (const target of targets) {
    const prefix = target.formula ? `« ${target.formula.name} » — ` : '';
    if (target.formula) {
      const title = formulaTitle(grid, target.formula, language);
      out.push(`**${title.charAt(0).toUpperCase()}${title.slice(1)}**${LABELS[language].colon} ${formulaSummary(target.formula, language)}.`, '');
    }
    for (const p of linePreviews(analysis, target.line, { ...options, explain: true }, language)) {
      const title = `${prefix}${p.column === 'all' ? w.allSectors : COLUMN_NAME[p.column][language]}`;
      out.push(...traceMarkdown(p.afterCarence ? `${title} — ${LABELS[language].afterCarence(p.afterCarence)}` : title, p.result, options.params, language));
    }
  }
  return out.join('\n');
}

/**
 * The trace of each computed act of an example (each repetition). The analysis computed amounts
 * only, so the example is run again with the trace (same parameters as the analysis: `params`).
 * An act the engine could not compute says why: the findings on its line.
 */
export function explainExample(analysis: Analysis, exampleIndex: number, params?: ParameterSet, language: Language = 'fr'): string | null {
  const w = WORDS[language];
  const example = analysis.model.examples[exampleIndex];
  if (!example) return null;
  const outcome = runExample(analysis.model, example, params, true);
  const out = [w.exampleTitle(outcome.example.name), ''];
  if (outcome.events.length === 0) out.push(w.noAct, '');
  for (const event of outcome.events) {
    if (!event.event.care) {
      out.push(w.notComputed(event.event.node.act.text), '');
      const range = event.event.node.range;
      const findings = analysis.diagnostics.filter((d) => d.range.start < range.end && d.range.end > range.start);
      if (findings.length > 0)
        out.push(
          `${w.because}${LABELS[language].colon}`,
          '',
          ...findings.map((d) => `- ${d.code} — ${language === 'en' ? (d.messageEn ?? d.message) : d.message}`),
          '',
        );
      continue;
    }
    // In a grid of formulas side by side, the formula each act is computed with.
    const computedWith = caseFormulaText(analysis.model, event.event.care.option, language);
    const formula = computedWith ? ` — ${computedWith}` : '';
    event.results.forEach((r, i) =>
      out.push(
        ...traceMarkdown(`${event.event.node.act.text}${formula}${event.results.length > 1 ? ` (${i + 1}/${event.results.length})` : ''}`, r, params, language),
      ),
    );
    if (event.mismatches.length > 0) {
      out.push(
        `${w.mismatches}${LABELS[language].colon} ${event.mismatches.map((m) => w.mismatch(w.fields[m.field], formatEuros(m.expected), formatEuros(m.computed))).join(w.sep)}.`,
        '',
      );
    }
  }
  return out.join('\n');
}

/** The trace of what is under `offset`: the example it is in, else the guarantee line; null elsewhere. */
export function explainAt(analysis: Analysis, offset: number, options: LinePreviewOptions = {}, language: Language = 'fr'): string | null {
  const exampleIndex = analysis.model.examples.findIndex((e) => contains(e.node.range, offset));
  if (exampleIndex >= 0) return explainExample(analysis, exampleIndex, options.params, language);
  const line = lineAt(analysis, offset);
  return line ? explainLine(analysis, line.node.range.start, options, language) : null;
}
