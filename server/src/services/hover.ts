/**
 * Hover content, protocol-agnostic: a glossary entry for a domain term, the Sécu side of an act,
 * or what a guarantee line pays, as Markdown with the range it covers.
 */
import Decimal from 'decimal.js';
import {
  actDescription,
  type ActDefinition,
  actLabel,
  type Analysis,
  COLUMN_NAME,
  defaultParameters,
  describeColumn,
  formatEuros,
  formatEurosEn,
  formatPercent,
  GLOSSARY,
  type GlossaryEntry,
  glossaryEntryFor,
  glossaryText,
  LABELS,
  type Language,
  type LineModel,
  overridePrice,
  parameterRow,
  type ParameterSet,
  parameterTableHeader,
  posteName,
  type Span,
  uncertainFigure,
  namedFigures,
} from '../core';
import { type DatedPreview, linePreviews } from './previews';
import { contains, exampleEventAt, firstTokenFrom, lineAt, tokenAt, tokensIn } from './locate';
import {
  cellAt,
  type ColumnModel,
  type FormulaCell,
  formulaDeclarationAt,
  formulaLine,
  type FormulaModel,
  formulaSummary,
  formulaTitle,
  formulaWords,
  isFormulaRow,
} from './formulas';

export interface HoverResult {
  markdown: string;
  range: Span;
}

export interface HoverOptions {
  params?: ParameterSet;
  language?: Language;
  /** Unit prices for previews instead of the catalogue's (the `grille.typicalPrices` setting). */
  typicalPrices?: Record<string, number | string>;
}

/** The date whose figures a hover shows: the grid's, or the latest known. */
function figureDate(analysis: Analysis): string {
  return analysis.model.contract.effectiveDate ?? '9999-12-31';
}

/** Acts that are themselves glossary terms: their card ends with the term's entry. */
const ACT_GLOSSARY: Record<string, string> = {
  participation_forfaitaire: 'pf',
  participation_actes_lourds: 'pal',
  forfait_journalier: 'fjh',
  forfait_patient_urgences: 'fpu',
  majoration_hors_parcours: 'parcours',
};

/** The glossary entry an act written with these words stands for, if any. */
function glossaryOfAct(act: ActDefinition, words: string[], hovered: string): GlossaryEntry | undefined {
  if (act.id === 'participation_forfaitaire' && words.some((w) => w.startsWith('franchise'))) return GLOSSARY.find((g) => g.id === 'franchise');
  const id = ACT_GLOSSARY[act.id];
  if (id) return GLOSSARY.find((g) => g.id === id);
  const entry = glossaryEntryFor(hovered);
  return entry && entry.id !== 'fr' ? entry : undefined;
}

function wordsIn(analysis: Analysis, range: Span): string[] {
  return tokensIn(analysis, range)
    .filter((t) => t.kind === 'word')
    .map((t) => t.value);
}

/** « Renvoi (5) : Dans la limite des frais réels. », or why the mark explains nothing. */
function footnoteHover(analysis: Analysis, key: string, printed: string, language: Language): string {
  const en = language === 'en';
  const notes = analysis.document.notes.filter((n) => n.key === key);
  if (notes.length === 0)
    return en
      ? `**Footnote** \`${printed}\`: no note of the file explains this mark (write \`note ${printed} "…"\`). It changes nothing in what the line pays.`
      : `**Renvoi** \`${printed}\` : aucune note du fichier n'explique ce renvoi (écrivez \`note ${printed} "…"\`). Il ne change rien à ce que la ligne paie.`;
  const lines = notes.map((n) => `> ${n.text.replace(/\n/g, ' ')}`);
  const footer = en ? 'A note is read by people: it changes nothing in what the line pays.' : 'Une note se lit : elle ne change rien à ce que la ligne paie.';
  return `**${en ? 'Footnote' : 'Renvoi'}** \`${printed}\`\n\n${lines.join('\n>\n')}\n\n${footer}`;
}

export function hoverAt(analysis: Analysis, offset: number, options: HoverOptions = {}): HoverResult | null {
  const params = options.params ?? defaultParameters;
  const language = options.language ?? 'fr';
  const previewOptions = { params, ...(options.typicalPrices ? { typicalPrices: options.typicalPrices } : {}) };
  const token = tokenAt(analysis, offset);
  if (!token) return null;
  const range = { start: token.start, end: token.end };
  // A printed footnote mark (`(5)`, `*`, `⁵`): the note it refers to, as the file writes it.
  if (token.kind === 'mark') return { markdown: footnoteHover(analysis, token.value, token.text, language), range };

  const withGlossary = (act: ActDefinition, actRange: Span): HoverResult => {
    const card = actHover(act, analysis, params, language, options.typicalPrices);
    const entry = glossaryOfAct(act, wordsIn(analysis, actRange), token.kind === 'word' ? token.value : '');
    return { markdown: entry ? `${card}\n\n---\n\n${glossaryHover(entry, analysis, params, language)}` : card, range: actRange };
  };
  const line = lineAt(analysis, offset);
  if (line && line.act && contains(line.node.act.range, offset)) return withGlossary(line.act, line.node.act.range);
  // A formula's cell of a row side by side: that formula's cell, not the whole row.
  const cell = line && line.act ? cellAt(analysis.model, line, offset) : null;
  const formula = formulaDeclarationAt(analysis.model, offset);
  const located = exampleEventAt(analysis, offset);
  if (located && located.event.care && contains(located.event.node.act.range, offset))
    return withGlossary(located.event.care.act, located.event.node.act.range);

  // « secteur 3 » (a sector on an example act, or a sector number): the sectors' entry.
  const previous = analysis.document.tokens[firstTokenFrom(analysis.document.tokens, token.end) - 1];
  const sectorNumber = token.kind === 'number' && previous?.kind === 'word' && previous.value === 'secteur';
  if (token.kind === 'word' || token.kind === 'percent' || sectorNumber) {
    const word = token.kind === 'word' ? token.value : '';
    // « 100 % Santé »: the hover belongs to « Santé ».
    const entry = sectorNumber ? GLOSSARY.find((g) => g.id === 'secteur') : glossaryEntryFor(word);
    if (entry) {
      const note = cell
        ? cellHover(cell, analysis, params, language, options.typicalPrices)
        : formula
          ? formulaHover(formula, analysis, language)
          : line && line.act
            ? lineHover(line, analysis, params, language, options.typicalPrices)
            : '';
      const glossary = glossaryHover(entry, analysis, params, language);
      // On a line's sector word (`dptam`, `non_dptam`…), the line's own breakdown comes first, the term after it.
      const onSector = line?.node.variants.some((v) => v.sector && contains(v.sector.range, offset)) ?? false;
      return {
        markdown: !note ? glossary : onSector ? `${note}\n\n---\n\n${glossary}` : `${glossary}\n\n---\n\n${note}`,
        range: sectorNumber ? { start: previous.start, end: token.end } : range,
      };
    }
  }
  if (cell) return { markdown: cellHover(cell, analysis, params, language, previewOptions.typicalPrices), range: cell.column.range };
  if (formula) return { markdown: formulaHover(formula, analysis, language), range: formula.node.range };
  if (line && line.act) {
    const column = Object.values(line.columns).find((c) => contains(c.range, offset));
    if (column) return { markdown: lineHover(line, analysis, params, language, previewOptions.typicalPrices), range: column.range };
  }
  return null;
}

export function glossaryHover(entry: GlossaryEntry, analysis: Analysis, params: ParameterSet, language: Language): string {
  const t = LABELS[language];
  const date = figureDate(analysis);
  const out = [
    `**${language === 'en' ? entry.titleEn : entry.title}**`,
    '',
    glossaryText(language === 'en' ? entry.definitionEn : entry.definition, params, date),
  ];
  // The key figures, and every figure the definition or the formula names that is uncertain: its
  // value is in the text, its confidence and source in the table.
  const named = [entry.definition, entry.definitionEn, entry.formula ?? ''].flatMap(namedFigures);
  const ids = [...new Set([...(entry.figures ?? []), ...named.filter((id) => params.lookup(id, date)?.confidence === 'uncertain')])];
  const figures = ids.map((id) => params.lookup(id, date)).filter((p): p is NonNullable<typeof p> => p !== null);
  if (figures.length > 0) {
    const when = analysis.model.contract.millesime ? ` (${t.millesime} ${analysis.model.contract.millesime})` : '';
    out.push('', `${t.figures}${when}${t.colon}`, '', ...parameterTableHeader(language), ...figures.map((p) => parameterRow(p, language)));
  }
  if (entry.formula) out.push('', `${t.formula}${t.colon} \`${glossaryText(entry.formula, params, date)}\``);
  out.push('', `${t.source}${t.colon} ${entry.source}`);
  return out.join('\n');
}

export function actHover(
  act: ActDefinition,
  analysis: Analysis,
  params: ParameterSet,
  language: Language = 'fr',
  typicalPrices?: Record<string, number | string>,
): string {
  const t = LABELS[language];
  const date = figureDate(analysis);
  const nomenclature = act.nomenclature === 'HN' ? t.outsideNomenclature : act.nomenclature === 'sans_br' ? t.noBase : act.nomenclature;
  const out = [`**${actLabel(act, language)}** — ${nomenclature}, ${t.section} ${posteName(act.poste, language)}`, '', actDescription(act, language)];
  const rows: string[] = [];
  const add = (id: string | undefined, prefix = '') => {
    if (!id) return;
    const p = params.lookup(id, date);
    if (p) rows.push(parameterRow(p, language, prefix));
  };
  if (act.base) {
    add(act.base.convention, act.doctor ? t.sector1 : '');
    if (act.doctor) add(act.base.nonDptam, t.nonDptam);
    if (act.base.authority === 'generaliste') add('ta.consultation_generaliste', t.nonContracted);
    if (act.base.authority === 'specialiste') add('ta.consultation_specialiste', t.nonContracted);
    if (act.base.authority === 'technique') add('ta.actes_techniques', t.nonContracted);
    const youngAge = act.base.young ? params.lookup(act.base.young.ageParam, date) : null;
    if (act.base.young && youngAge) add(act.base.young.convention, t.under(Number(youngAge.value.toString())));
  }
  add(act.rate, t.amoRate);
  if (act.pf) add('pf.montant');
  if (act.franchise) add(`franchise.${act.franchise}`);
  if (act.palEligible) add('pal.montant');
  if (act.sante100) add(act.sante100.cap, '100 % Santé');
  if (act.regulatedPrice) add(act.regulatedPrice.param);
  if (rows.length > 0) {
    const when = analysis.model.contract.millesime ? ` (${t.millesime} ${analysis.model.contract.millesime})` : '';
    out.push('', `${t.sideSecu}${when}${t.colon}`, '', ...parameterTableHeader(language), ...rows);
  }
  if (act.base?.count) out.push('', t.equipmentBase(act.base.count));
  // The same price the previews use (overridePrice), so the card and the inlay agree.
  const configured = overridePrice(act, typicalPrices);
  const price = configured ?? new Decimal(act.typicalPrice.default);
  out.push(
    '',
    t.typicalPrice(language === 'en' ? formatEurosEn(price) : formatEuros(price), act.unit !== 'acte' ? act.unit : null) +
      (configured ? (language === 'en' ? ' Set by grille.typicalPrices.' : ' Réglé par grille.typicalPrices.') : ''),
  );
  return out.join('\n');
}

export function lineHover(
  line: LineModel,
  analysis: Analysis,
  params: ParameterSet,
  language: Language = 'fr',
  typicalPrices?: Record<string, number | string>,
): string {
  const t = LABELS[language];
  const act = line.act!;
  if (isFormulaRow(analysis.model, line)) return rowHover(line, analysis, params, language, typicalPrices);
  const out = [`**${actLabel(act, language)}**${t.colon} ${t.linePays}`];
  const previews = linePreviews(analysis, line, { params, ...(typicalPrices ? { typicalPrices } : {}) }, language);
  for (const column of Object.values(line.columns)) {
    out.push('', ...columnItem(column, previews, language), ...uncertainInPreview(act, column, analysis, params, language));
  }
  if (line.option) out.push('', t.option(line.option.name, line.option.mode === 'inclut_socle'));
  else if (analysis.model.formulas.length > 0) out.push('', formulaWords(language).everyFormula);
  return out.join('\n');
}

/** One column of a line: its guarantee in words, then what it pays at the typical price. */
function columnItem(column: ColumnModel, previews: DatedPreview[], language: Language, indent = ''): string[] {
  const t = LABELS[language];
  const name = column.key === 'all' ? '' : `${COLUMN_NAME[column.key][language]}${t.colon} `;
  const out = [`${indent}- ${name}${describeColumn(column, language)}.`];
  const preview = previews.find((p) => p.column === column.key);
  if (preview && preview.result.ok) {
    const r = preview.result;
    const when = preview.afterCarence ? `, ${t.afterCarence(preview.afterCarence)}` : '';
    out.push(
      `${indent}  ${t.forPrice} ${formatEuros(r.price)}${when}${t.colon} ${t.secu} ${formatEuros(r.amoNet)} · ${t.mutuelle} ${formatEuros(r.amc)} · ${t.reste} ${formatEuros(r.reste)}${r.base ? ` (${sideSecu(r, language)})` : ` (${t.noBr})`}.`,
    );
  } else if (preview) {
    out.push(`${indent}  ${t.incalculable}${t.colon} ${preview.result.problems.join(' ')}`);
  }
  return out;
}

/**
 * The figures a column's preview is computed from (the BR of its sector, the AMO rate, the
 * 100 % Santé price cap) that are uncertain, each with its source: « ❓ … à confirmer (…) ».
 */
function uncertainInPreview(act: ActDefinition, column: ColumnModel, analysis: Analysis, params: ParameterSet, language: Language, indent = ''): string[] {
  const date = figureDate(analysis);
  const ids: (string | undefined)[] = [act.rate, act.sante100?.cap, act.regulatedPrice?.param];
  if (act.base) {
    if (column.key === 'non_dptam') ids.push(act.base.nonDptam ?? act.base.convention);
    else if (column.key === 'non_conventionne' && act.doctor)
      ids.push(act.base.authority === 'technique' ? 'ta.actes_techniques' : act.base.authority ? `ta.consultation_${act.base.authority}` : act.base.convention);
    else ids.push(act.base.convention);
  }
  return [...new Set(ids)]
    .flatMap((id) => (id ? [params.lookup(id, date)] : []))
    .filter((p): p is NonNullable<typeof p> => p !== null && p.confidence === 'uncertain')
    .map((p) => `${indent}  ${uncertainFigure(p, language)}`);
}

/**
 * How the Sécu's amount is reached: the BR and the rate, and what is withheld — the participation
 * for an acte lourd (which replaces the ticket modérateur: the Sécu then pays 100 % less it), the
 * participation forfaitaire, a franchise — so that « Sécu 976 € » on a BR of 1 000 € reads whole.
 */
function sideSecu(r: DatedPreview['result'], language: Language): string {
  const en = language === 'en';
  const base = r.base!;
  const parts = [`BR ${formatEuros(base)}`];
  const nominal = r.amoRate ? base.times(r.amoRate).dividedBy(100).toDecimalPlaces(2) : null;
  // The TM replaced by the acte-lourd participation: the gross Sécu is more than the rate gives, the BR less a flat sum.
  const pal =
    nominal && r.amoGross.greaterThan(nominal.times(r.quantity)) && r.amoGross.lessThan(base.times(r.quantity))
      ? base.times(r.quantity).minus(r.amoGross)
      : null;
  if (pal)
    parts.push(
      en ? `acte lourd: Sécu 100 % less the ${formatEuros(pal)} participation` : `acte lourd : Sécu 100 % moins la participation de ${formatEuros(pal)}`,
    );
  else if (r.amoRate) parts.push(`Sécu ${formatPercent(r.amoRate)}`);
  if (r.participation.greaterThan(0))
    parts.push(
      en ? `less the ${formatEuros(r.participation)} participation forfaitaire` : `moins la participation forfaitaire de ${formatEuros(r.participation)}`,
    );
  if (r.franchise.greaterThan(0)) parts.push(en ? `less the ${formatEuros(r.franchise)} franchise` : `moins la franchise de ${formatEuros(r.franchise)}`);
  return parts.join(', ');
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * One formula's cell of a row side by side: the formula (its rank, status and stacking mode),
 * the cell's guarantee and what that formula pays at the typical price; for a formula stacked on
 * the socle, the socle's share of it.
 */
export function cellHover(
  cell: FormulaCell,
  analysis: Analysis,
  params: ParameterSet,
  language: Language = 'fr',
  typicalPrices?: Record<string, number | string>,
): string {
  const w = formulaWords(language);
  const grid = analysis.model;
  const { formula, line, column } = cell;
  const previews = linePreviews(analysis, line, { params, ...(typicalPrices ? { typicalPrices } : {}) }, language);
  const out = [
    `**${actLabel(line.act!, language)}** — ${formulaTitle(grid, formula, language)}`,
    '',
    `${capitalize(formulaSummary(formula, language))}.`,
    '',
    ...columnItem(column, previews, language),
  ];
  const preview = previews.find((p) => p.column === column.key);
  const mode = formula.option?.mode;
  if (preview?.result.ok && (mode === 'inclut_socle' || mode === 'en_sus_du_socle')) {
    out.push(`  ${w.socleShare(grid.formulas[0]!.name, formatEuros(preview.result.amcSocle))}`);
  }
  out.push(...uncertainInPreview(line.act!, column, analysis, params, language));
  return out.join('\n');
}

/** A row side by side, away from its cells: each formula's cells in turn. */
function rowHover(row: LineModel, analysis: Analysis, params: ParameterSet, language: Language, typicalPrices?: Record<string, number | string>): string {
  const t = LABELS[language];
  const grid = analysis.model;
  const out = [`**${actLabel(row.act!, language)}**${t.colon} ${t.linePays}`];
  for (const formula of grid.formulas) {
    const line = formulaLine(row, formula);
    const previews = linePreviews(analysis, line, { params, ...(typicalPrices ? { typicalPrices } : {}) }, language);
    out.push('', `- ${capitalize(formulaTitle(grid, formula, language))}${t.colon} ${formulaSummary(formula, language)}.`);
    // A formula without a cell here reads the row's own columns (the same for every formula).
    for (const column of Object.values(line.columns))
      out.push(...columnItem(column, previews, language, '  '), ...uncertainInPreview(row.act!, column, analysis, params, language, '  '));
  }
  return out.join('\n');
}

/** A `formule` declaration: its rank, status and stacking, and how many rows give it a cell of its own. */
export function formulaHover(formula: FormulaModel, analysis: Analysis, language: Language = 'fr'): string {
  const grid = analysis.model;
  const own = formula.option ? formula.option.lines.length : grid.lines.filter((l) => isFormulaRow(grid, l)).length;
  const rows =
    language === 'en'
      ? `${own} row${own > 1 ? 's' : ''} give${own > 1 ? '' : 's'} it a cell of its own; a row without cells is the same for every formula.`
      : `${own} ligne${own > 1 ? 's' : ''} lui donne${own > 1 ? 'nt' : ''} une cellule propre ; une ligne sans cellules est la même pour toutes les formules.`;
  return [`**${capitalize(formulaTitle(grid, formula, language))}**`, '', `${capitalize(formulaSummary(formula, language))}.`, '', rows].join('\n');
}
