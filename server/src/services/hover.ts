/**
 * Hover content, protocol-agnostic: a glossary entry for a domain term, the Sécu side of an act,
 * or what a guarantee line pays, as Markdown with the range it covers.
 */
import Decimal from 'decimal.js';
import type { Analysis } from '../core/analyze';
import type { ActDefinition } from '../core/catalogue/acts';
import { formatEuros, formatPercent } from '../core/engine/money';
import { previewLine } from '../core/engine/simulate';
import { GLOSSARY, glossaryEntryFor, type GlossaryEntry } from '../core/glossary/glossary';
import type { LineModel } from '../core/model/grid-model';
import { defaultParameters, type ParameterSet } from '../core/params/lookup';
import type { Span } from '../core/syntax/text';
import { COLUMN_NAME, describeColumn, parameterRow, PARAMETER_TABLE_HEADER, type Language } from './describe';
import { contains, exampleEventAt, lineAt, tokenAt } from './locate';

export interface HoverResult {
  markdown: string;
  range: Span;
}

export interface HoverOptions {
  params?: ParameterSet;
  language?: Language;
}

/** The date whose figures a hover shows: the grid's, or the latest known. */
function figureDate(analysis: Analysis): string {
  return analysis.model.contract.effectiveDate ?? '9999-12-31';
}

export function hoverAt(analysis: Analysis, offset: number, options: HoverOptions = {}): HoverResult | null {
  const params = options.params ?? defaultParameters;
  const language = options.language ?? 'fr';
  const token = tokenAt(analysis, offset);
  if (!token) return null;
  const range = { start: token.start, end: token.end };

  const line = lineAt(analysis, offset);
  if (line && line.act && contains(line.node.act.range, offset)) {
    return { markdown: actHover(line.act, analysis, params), range: line.node.act.range };
  }
  const located = exampleEventAt(analysis, offset);
  if (located && located.event.care && contains(located.event.node.act.range, offset)) {
    return { markdown: actHover(located.event.care.act, analysis, params), range: located.event.node.act.range };
  }

  if (token.kind === 'word' || token.kind === 'percent') {
    const word = token.kind === 'percent' ? '' : token.value;
    // « 100 % Santé »: the hover belongs to « Santé ».
    const entry = glossaryEntryFor(word) ?? (word === 'secteur' ? GLOSSARY.find((g) => g.id === 'secteur') : undefined);
    if (entry) {
      const lineNote = line && line.act ? `\n\n---\n\n${lineHover(line, analysis, params)}` : '';
      return { markdown: glossaryHover(entry, analysis, params, language) + lineNote, range };
    }
  }
  if (line && line.act) {
    const column = Object.values(line.columns).find((c) => contains(c.range, offset));
    if (column) return { markdown: lineHover(line, analysis, params), range: column.range };
  }
  return null;
}

export function glossaryHover(entry: GlossaryEntry, analysis: Analysis, params: ParameterSet, language: Language): string {
  const date = figureDate(analysis);
  const out = [`**${language === 'en' ? entry.titleEn : entry.title}**`, '', language === 'en' ? entry.definitionEn : entry.definition];
  const figures = (entry.figures ?? []).map((id) => params.lookup(id, date)).filter((p): p is NonNullable<typeof p> => p !== null);
  if (figures.length > 0) {
    const when = analysis.model.contract.millesime ? ` (millésime ${analysis.model.contract.millesime})` : '';
    out.push('', `Chiffres${when} :`, '', ...PARAMETER_TABLE_HEADER, ...figures.map(parameterRow));
  }
  if (entry.formula) out.push('', `Formule : \`${entry.formula}\``);
  out.push('', `Source : ${entry.source}`);
  return out.join('\n');
}

export function actHover(act: ActDefinition, analysis: Analysis, params: ParameterSet): string {
  const date = figureDate(analysis);
  const out = [`**${act.label}** — ${act.nomenclature === 'HN' ? 'hors nomenclature' : act.nomenclature === 'sans_br' ? 'sans base de remboursement' : act.nomenclature}, poste ${act.poste}`, '', act.description];
  const rows: string[] = [];
  const add = (id: string | undefined, prefix = '') => {
    if (!id) return;
    const p = params.lookup(id, date);
    if (p) rows.push(parameterRow(prefix ? { ...p, label: `${prefix} — ${p.label}` } : p));
  };
  if (act.base) {
    add(act.base.convention, act.doctor ? 'secteur 1 / DPTAM' : '');
    if (act.doctor) add(act.base.nonDptam, 'non DPTAM');
    if (act.base.authority === 'generaliste') add('ta.consultation_generaliste', 'non conventionné');
    if (act.base.authority === 'specialiste') add('ta.consultation_specialiste', 'non conventionné');
    if (act.base.authority === 'technique') add('ta.actes_techniques', 'non conventionné');
    if (act.base.young) add(act.base.young.convention, `moins de ${act.base.young.age} ans`);
  }
  add(act.rate, 'Sécu');
  if (act.pf) add('pf.montant');
  if (act.franchise) add(`franchise.${act.franchise}`);
  if (act.palEligible) add('pal.montant');
  if (act.sante100) add(act.sante100.cap, '100 % Santé');
  if (act.regulatedPrice) add(act.regulatedPrice.param);
  if (rows.length > 0) {
    const when = analysis.model.contract.millesime ? ` (millésime ${analysis.model.contract.millesime})` : '';
    out.push('', `Côté Sécu${when} :`, '', ...PARAMETER_TABLE_HEADER, ...rows);
  }
  if (act.base?.count) out.push('', `BR de l'équipement : ${act.base.count} éléments.`);
  out.push('', `Prix typique des aperçus : ${formatEuros(new Decimal(act.typicalPrice.default))}${act.unit !== 'acte' ? ` par ${act.unit}` : ''} (hypothèse de Grille).`);
  return out.join('\n');
}

export function lineHover(line: LineModel, analysis: Analysis, params: ParameterSet): string {
  const act = line.act!;
  const out = [`**${act.label}** : ce que paie la ligne`];
  const previews = previewLine(analysis.model, line, { params });
  for (const column of Object.values(line.columns)) {
    const name = column.key === 'all' ? '' : `${COLUMN_NAME[column.key].fr} : `;
    out.push('', `- ${name}${describeColumn(column)}.`);
    const preview = previews.find((p) => p.column === column.key);
    if (preview && preview.result.ok) {
      const r = preview.result;
      out.push(`  Pour ${formatEuros(r.price)} : Sécu ${formatEuros(r.amoNet)} · mutuelle ${formatEuros(r.amc)} · reste ${formatEuros(r.reste)}${r.base ? ` (BR ${formatEuros(r.base)}, Sécu ${r.amoRate ? formatPercent(r.amoRate) : ''})` : ' (pas de BR : la Sécu ne paie rien)'}.`);
    } else if (preview) {
      out.push(`  Incalculable : ${preview.result.problems.join(' ')}`);
    }
  }
  if (line.option) out.push('', `Option « ${line.option.name} » (${line.option.mode === 'inclut_socle' ? 'montants socle compris' : 'en plus du socle'}).`);
  return out.join('\n');
}
