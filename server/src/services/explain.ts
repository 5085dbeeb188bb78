/** The « Expliquer » document, in Markdown: the trace of a guarantee line (each sector column) or of an example's acts. */
import { type Analysis, COLUMN_NAME, formatEuros, LABELS, type ParameterSet, runExample, traceMarkdown } from '../core';
import { linePreviews, type LinePreviewOptions } from './previews';
import { caseFormulaText, formulaLine, formulaSummary, formulaTitle, isFormulaRow } from './formulas';

/**
 * What a line pays, column by column, with the full trace. Offsets select the line. A column with
 * a carence is computed on the first date its guarantee applies, as the previews are.
 */
export function explainLine(analysis: Analysis, lineStart: number, options: LinePreviewOptions = {}): string | null {
  const line = analysis.model.lines.find((l) => l.node.range.start === lineStart);
  if (!line || !line.act) return null;
  const prices =
    options.typicalPrices && Object.keys(options.typicalPrices).length > 0 ? 'au prix réglé dans grille.typicalPrices ou au prix typique' : 'au prix typique';
  const out = [
    `# Expliquer : ${line.act.label}`,
    '',
    `Calcul ${prices}, pour un adulte dans le parcours de soins, à la date d'effet du contrat (après la carence pour une ligne qui en a une). Ligne : \`${analysis.text.slice(line.node.range.start, line.node.range.end).replace(/\s+/g, ' ')}\``,
    '',
  ];
  const grid = analysis.model;
  // A row of formulas side by side: each formula's cell in turn, under its name.
  const formulas = isFormulaRow(grid, line) ? grid.formulas : [];
  const targets = formulas.length > 0 ? formulas.map((f) => ({ formula: f, line: formulaLine(line, f) })) : [{ formula: null, line }];
  for (const target of targets) {
    const prefix = target.formula ? `« ${target.formula.name} » — ` : '';
    if (target.formula) {
      const title = formulaTitle(grid, target.formula);
      out.push(`**${title.charAt(0).toUpperCase()}${title.slice(1)}** : ${formulaSummary(target.formula)}.`, '');
    }
    for (const p of linePreviews(analysis, target.line, { ...options, explain: true })) {
      const title = `${prefix}${p.column === 'all' ? 'Tous secteurs' : COLUMN_NAME[p.column].fr}`;
      out.push(...traceMarkdown(p.afterCarence ? `${title} — ${LABELS.fr.afterCarence(p.afterCarence)}` : title, p.result, options.params));
    }
  }
  return out.join('\n');
}

/**
 * The trace of each computed act of an example (each repetition). The analysis computed amounts
 * only, so the example is run again with the trace (same parameters as the analysis: `params`).
 */
export function explainExample(analysis: Analysis, exampleIndex: number, params?: ParameterSet): string | null {
  const example = analysis.model.examples[exampleIndex];
  if (!example) return null;
  const outcome = runExample(analysis.model, example, params, true);
  const out = [`# Expliquer l'exemple « ${outcome.example.name} »`, ''];
  for (const event of outcome.events) {
    // In a grid of formulas side by side, the formula each act is computed with.
    const computedWith = caseFormulaText(analysis.model, event.event.care?.option);
    const formula = computedWith ? ` — ${computedWith}` : '';
    event.results.forEach((r, i) =>
      out.push(...traceMarkdown(`${event.event.node.act.text}${formula}${event.results.length > 1 ? ` (${i + 1}/${event.results.length})` : ''}`, r)),
    );
    if (event.mismatches.length > 0) {
      out.push(
        `**Écarts avec l'attendu** : ${event.mismatches.map((m) => `${m.field} attendu ${formatEuros(m.expected)}, calculé ${formatEuros(m.computed)}`).join(' ; ')}.`,
        '',
      );
    }
  }
  return out.join('\n');
}
