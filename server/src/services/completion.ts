/**
 * Completion by context: what may start a line, acts from the catalogue (with their BR), coverage
 * notations after an act, units after « % » or « par », example attributes, header attributes.
 * With formulas side by side: coverages (and « - ») after a `|`, limits within a cell, one cell
 * per formula after an act, the declared formulas' names after `formule` on an `acte`, a
 * `situation` or an `exemple`, the status and stacking words on a `formule` declaration.
 */
import {
  actDescription,
  type ActDefinition,
  actKey,
  actLabel,
  ACTS,
  type Analysis,
  CASE_FLAGS,
  REGIME_WORDS,
  TERRITORY_WORDS,
  defaultParameters,
  formatEuros,
  HEADER_KEYS,
  LABELS,
  type Language,
  type ParameterSet,
  posteName,
  type Span,
  type Token,
  UNIT_WORDS,
} from '../core';
import { type FormulaModel, formulaSummary, formulaTitle } from './formulas';

export type CompletionKind = 'keyword' | 'act' | 'unit' | 'snippet' | 'sector' | 'value';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** Text to insert; `${1:…}` placeholders when `snippet`. */
  insertText?: string;
  snippet?: boolean;
  /** The span the item replaces (the words of a multi-word act name typed so far). */
  replace?: Span;
}

/**
 * A whole grid that passes its own checks: a responsible contract needs the forfait journalier and
 * the three 100 % Santé baskets, and its example is computed (test/services/completion.test.ts
 * expands every snippet and analyses it).
 */
const GRID_SNIPPET = [
  'contrat "${1:Nom}" millesime ${2:2026} responsable base ro_inclus',
  'poste "Hospitalisation"',
  '  forfait journalier         100 % FR',
  '  honoraires chirurgicaux    dptam ${3:150} % BR   non_dptam ${4:130} % BR',
  'poste "Soins courants"',
  '  consultation generaliste   dptam ${5:150} % BR   non_dptam ${6:130} % BR',
  '  pharmacie smr majeur       100 % BR',
  'poste "Dentaire"',
  '  couronne 100 sante         100 % Santé',
  'poste "Optique"',
  '  optique classe a           100 % Santé, 1 equipement tous les 2 ans',
  'poste "Aides auditives"',
  '  aide auditive classe i     100 % Santé, 1 equipement tous les 4 ans',
  'exemple "Généraliste secteur 1 à 30 €"',
  '  acte consultation generaliste secteur 1 prix 30 €',
  '  attendu secu 19 € mutuelle 9 € reste 2 €',
  '$0',
].join('\n');

/** Snippets that start a grid: offered only while the text has no `contrat` header. */
export const HEADER_SNIPPETS: CompletionEntry[] = [
  {
    label: 'grille',
    kind: 'snippet',
    detail: 'Nouvelle grille responsable (en-tête, lignes obligatoires, un exemple)',
    insertText: GRID_SNIPPET,
    snippet: true,
  },
  {
    label: 'contrat',
    kind: 'snippet',
    detail: 'En-tête du contrat',
    insertText: 'contrat "${1:Nom}" millesime ${2:2026} ${3|responsable,non_responsable|} base ${4|ro_inclus,en_sus|}\n$0',
    snippet: true,
  },
];

/** Snippets that start a line of a grid (after its header). */
export const SNIPPETS: CompletionEntry[] = [
  {
    label: 'poste',
    kind: 'snippet',
    detail: 'Nouveau poste',
    insertText: 'poste "${1|Hospitalisation,Soins courants,Dentaire,Optique,Aides auditives|}"\n  $0',
    snippet: true,
  },
  {
    label: 'ligne DPTAM / non DPTAM',
    kind: 'snippet',
    detail: 'Ligne avec colonnes de secteur',
    insertText: '${1:consultation specialiste}   dptam ${2:150} % BR   non_dptam ${3:130} % BR',
    snippet: true,
  },
  {
    label: 'exemple',
    kind: 'snippet',
    detail: 'Nouvel exemple de remboursement',
    insertText:
      'exemple "${1:Titre}"\n  acte ${2:consultation generaliste} secteur ${3:1} prix ${4:30} €\n  attendu secu ${5:19} € mutuelle ${6:9} € reste ${7:2} €',
    snippet: true,
  },
  {
    label: 'option',
    kind: 'snippet',
    detail: 'Nouvelle option',
    insertText: 'option "${1:Confort}" ${2|inclut_socle,en_sus_du_socle|}\nposte "${3:Soins courants}"\n  $0',
    snippet: true,
  },
];

const COVERAGES: CompletionEntry[] = [
  { label: '100 % BR', kind: 'value', detail: 'Ticket modérateur (Sécu incluse)' },
  { label: '150 % BR', kind: 'value', detail: 'Total Sécu incluse : 150 % de la BR' },
  { label: 'TM + 50 % BR', kind: 'value', detail: 'Ticket modérateur plus 50 % de la BR' },
  { label: '100 % FR', kind: 'value', detail: 'Frais réels' },
  { label: '100 % FR limité à 150 % BR', kind: 'value', detail: 'Frais réels dans une limite' },
  { label: '40 € par seance, 4 seances par an', kind: 'value', detail: 'Forfait par séance, nombre limité' },
  { label: '250 € par an', kind: 'value', detail: "Forfait annuel consommé dans l'année" },
  { label: '2 % PMSS par jour', kind: 'value', detail: 'Chambre particulière indexée sur le PMSS' },
  { label: '100 % Santé', kind: 'value', detail: "Reste à charge nul jusqu'au prix limite" },
  { label: 'non_couvert', kind: 'value', detail: 'Pas de garantie' },
];

const SECTORS: CompletionEntry[] = [
  { label: 'dptam', kind: 'sector', detail: 'Colonne des médecins OPTAM / OPTAM-CO (et secteur 1)' },
  { label: 'non_dptam', kind: 'sector', detail: 'Colonne des médecins non adhérents' },
  { label: 'non_conventionne', kind: 'sector', detail: 'Colonne des médecins non conventionnés (secteur 3)' },
];

const LIMITS: CompletionEntry[] = [
  { label: '4 seances par an', kind: 'value', detail: 'Nombre de séances couvertes par an' },
  { label: 'dans la limite de 500 € par an', kind: 'value', detail: 'Plafond annuel de la ligne' },
  { label: '1 equipement tous les 2 ans', kind: 'value', detail: 'Renouvellement' },
  { label: 'carence 3 mois', kind: 'value', detail: 'Délai de carence' },
];

const CASE_ATTRIBUTES: CompletionEntry[] = [
  ...['secteur 1', 'secteur 2 optam', 'secteur 2 non_optam', 'secteur 3'].map((label): CompletionEntry => ({ label, kind: 'sector' })),
  { label: 'prix', kind: 'keyword', insertText: 'prix ${1:50} €', snippet: true, detail: 'Prix facturé' },
  { label: 'date', kind: 'keyword', insertText: 'date ${1:2026-03-15}', snippet: true, detail: 'Date des soins' },
  { label: 'br', kind: 'keyword', insertText: 'br ${1:100} €', snippet: true, detail: "Base de remboursement de l'acte" },
  { label: 'quantite', kind: 'keyword', insertText: 'quantite ${1:3}', snippet: true, detail: 'Jours, nuits, séances…' },
  { label: 'fois', kind: 'keyword', insertText: 'fois ${1:6}', snippet: true, detail: 'Acte répété, chaque fois compté dans les limites' },
  { label: 'age', kind: 'keyword', insertText: 'age ${1:40}', snippet: true },
  { label: 'option', kind: 'keyword', insertText: 'option "${1:Confort}"', snippet: true },
  { label: 'regime local', kind: 'keyword', detail: "Régime local d'Alsace-Moselle (90 % des honoraires, hôpital 100 % et forfait journalier)" },
  { label: 'regime general', kind: 'keyword', detail: 'Régime général (le défaut)' },
  {
    label: 'residence',
    kind: 'keyword',
    insertText: 'residence ${1|reunion,guadeloupe,martinique,guyane,mayotte,metropole|}',
    snippet: true,
    detail: "Soins en outre-mer : coefficients des tarifs et prix de l'optique et des aides auditives",
  },
  ...Object.keys(CASE_FLAGS).map((label): CompletionEntry => ({ label, kind: 'keyword', detail: 'Situation' })),
];

/** After a `|`: what one formula's cell may hold, « - » first (not covered by this formula). */
const CELL_COVERAGES: CompletionEntry[] = [{ label: '-', kind: 'value', detail: 'Non couvert par cette formule' }, ...COVERAGES];

const FORMULA_WORDS: CompletionEntry[] = [
  { label: 'responsable', kind: 'keyword', detail: 'Formule responsable (contrat responsable)' },
  { label: 'non_responsable', kind: 'keyword', detail: 'Formule non responsable' },
  { label: 'inclut_socle', kind: 'keyword', detail: 'Ses montants incluent le socle (la première formule)' },
  { label: 'en_sus_du_socle', kind: 'keyword', detail: "Ses montants s'ajoutent au socle" },
];

/** A formula, as a detail: « Formule 2 sur 4 : non responsable ; montants socle compris (inclut_socle) ». */
function formulaDetail(grid: Analysis['model'], formula: FormulaModel): string {
  const title = formulaTitle(grid, formula);
  return `${title.charAt(0).toUpperCase()}${title.slice(1)} : ${formulaSummary(formula)}`;
}

/** `formule "Option 1"` for each declared formula: the attribute of an act, a situation or an example. */
function formulaAttributes(grid: Analysis['model']): CompletionEntry[] {
  return grid.formulas.map((f) => ({ label: `formule "${f.name}"`, kind: 'keyword', detail: formulaDetail(grid, f) }));
}

/** One cell per declared formula, after an act: `| 100 % BR | 100 % BR | …`. */
function cellsSnippet(grid: Analysis['model']): CompletionEntry {
  return {
    label: `| ${grid.formulas.map((f) => f.name).join(' | ')}`,
    kind: 'snippet',
    detail: `Une cellule par formule (${grid.formulas.length})`,
    insertText: grid.formulas.map((_, i) => `| \${${i + 1}:100 % BR}`).join(' '),
    snippet: true,
  };
}

function actEntries(date: string | null, params: ParameterSet, language: Language): CompletionEntry[] {
  return ACTS.map((act) => ({
    label: act.names[0]!,
    kind: 'act',
    detail: actDetail(act, date, params, language),
    documentation: actDocumentation(act, language),
  }));
}

/** The act's name, then what it is: in English the label says which act the French name designates. */
function actDocumentation(act: ActDefinition, language: Language): string {
  return language === 'en' ? `${actLabel(act, 'en')}. ${actDescription(act, 'en')}` : act.description;
}

/**
 * Acts whose name starts with the words typed so far (« consultation gen », « optique classe b
 * verres s »), each replacing those words: accepting one never repeats the words already typed.
 * Null when the words are not the start of any act name.
 */
function actsStartingWith(words: Token[], offset: number, date: string | null, params: ParameterSet, language: Language): CompletionEntry[] | null {
  if (words.length === 0 || words.some((w) => w.kind !== 'word')) return null;
  const typed = actKey(words.map((w) => w.text))
    .split(' ')
    .filter(Boolean);
  if (typed.length === 0) return null;
  const replace = { start: words[0]!.start, end: offset };
  const out: CompletionEntry[] = [];
  for (const act of ACTS) {
    const name = act.names.find((n) => {
      const nameWords = actKey(n).split(' ');
      if (typed.length > nameWords.length) return false;
      return typed.every((w, i) => (i < typed.length - 1 ? nameWords[i] === w : nameWords[i]!.startsWith(w)));
    });
    if (name) out.push({ label: name, kind: 'act', detail: actDetail(act, date, params, language), documentation: actDocumentation(act, language), replace });
  }
  return out.length > 0 ? out : null;
}

function actDetail(act: ActDefinition, date: string | null, params: ParameterSet, language: Language): string {
  const poste = posteName(act.poste, language);
  if (act.nomenclature === 'HN') return `${poste} · ${LABELS[language].outsideNomenclature}`;
  if (!act.base) return `${poste} · ${language === 'en' ? 'no BR' : 'sans BR'}`;
  const br = params.lookup(act.base.convention, date ?? '9999-12-31');
  const base = br && typeof br.value !== 'boolean' ? formatEuros(act.base.count ? br.value.times(act.base.count) : br.value) : '?';
  return `${poste} · BR ${base}`;
}

export function completionsAt(analysis: Analysis, offset: number, params: ParameterSet = defaultParameters, language: Language = 'fr'): CompletionEntry[] {
  const { lineIndex, document } = analysis;
  const line = lineIndex.positionAt(offset).line;
  const lineStart = lineIndex.lineStart(line);
  const before: Token[] = document.tokens.filter(
    (t) => t.start >= lineStart && t.end <= offset && t.kind !== 'newline' && t.kind !== 'eof' && t.kind !== 'comment',
  );
  // The word being typed is not context.
  const typing = before.length > 0 && before[before.length - 1]!.end === offset && before[before.length - 1]!.kind === 'word';
  const context = typing ? before.slice(0, -1) : before;
  const first = context[0];
  const previous = context[context.length - 1];
  const date = analysis.model.contract.effectiveDate;
  // Inside an example when the last block that starts above the cursor is one.
  const lastBlock = [...document.items].reverse().find((i) => i.range.start < lineStart);
  const inExample = lastBlock?.kind === 'example';
  const grid = analysis.model;
  const hasFormulas = grid.formulas.length > 0;

  // Several words typed at the start of a guarantee line, or after « acte », that begin an act name.
  const lineWords = typing && first?.kind === 'word' && first.value === 'acte' ? before.slice(1) : before;
  const startsWithKeyword = first?.kind === 'word' && ['contrat', 'poste', 'option', 'exemple', 'situation', 'attendu'].includes(first.value);
  if (typing && lineWords.length >= 2 && !startsWithKeyword && !(first?.kind === 'word' && HEADER_KEYS[first.value] !== undefined)) {
    const acts = actsStartingWith(lineWords, offset, date, params, language);
    if (acts) return acts;
  }

  if (!first) {
    // `formule` declarations come after the header, before the first section or line.
    const beforeItems = !document.items.some((i) => i.kind !== 'formula' && i.range.start < lineStart);
    const formule = hasFormulas && beforeItems ? ['formule'] : [];
    // Each word once: `poste`, `option` and `exemple` come as their snippets; `contrat` only while there is no header.
    const header = document.header !== null && lineIndex.positionAt(document.header.range.start).line !== line;
    const keywords = [...formule, ...(inExample ? ['acte', 'situation', 'attendu'] : [])].map((label): CompletionEntry => ({ label, kind: 'keyword' }));
    return [...(header ? [] : HEADER_SNIPPETS), ...keywords, ...(inExample ? [] : actEntries(date, params, language)), ...SNIPPETS];
  }
  if (previous?.kind === 'percent') {
    return ['BR', 'FR', 'PMSS', 'Santé'].map((label): CompletionEntry => ({ label, kind: 'unit' }));
  }
  if (previous?.kind === 'word' && previous.value === 'par') {
    return [...new Set(Object.values(UNIT_WORDS))].map((label): CompletionEntry => ({ label, kind: 'unit' }));
  }
  // `formule ‸` on an act, a situation or an example: the declared formulas' names.
  const caseLine = first.kind === 'word' && ['acte', 'situation', 'exemple'].includes(first.value);
  if (caseLine && hasFormulas && previous?.kind === 'word' && previous.value === 'formule' && context.length >= 2) {
    return grid.formulas.map((f): CompletionEntry => ({ label: `"${f.name}"`, kind: 'value', detail: formulaDetail(grid, f) }));
  }
  // `regime ‸` (a case or the header) and `residence ‸` (a case): their words.
  const header = first.kind === 'word' && (first.value === 'contrat' || HEADER_KEYS[first.value] !== undefined);
  if ((caseLine || header) && previous?.kind === 'word' && previous.value === 'regime' && context.length >= 2)
    return Object.keys(REGIME_WORDS).map((label): CompletionEntry => ({
      label,
      kind: 'value',
      detail: REGIME_WORDS[label] === 'general' ? 'Régime général' : "Régime local d'Alsace-Moselle",
    }));
  if (caseLine && previous?.kind === 'word' && previous.value === 'residence' && context.length >= 2)
    return Object.keys(TERRITORY_WORDS).map((label): CompletionEntry => ({ label, kind: 'value' }));
  if (first.kind === 'word' && first.value === 'formule' && context.length >= 2) return FORMULA_WORDS;
  if (hasFormulas && first.kind === 'word' && first.value === 'exemple' && context.some((tok) => tok.kind === 'string')) return formulaAttributes(grid);
  if (first.kind === 'word' && first.value === 'acte') {
    const hasAct =
      context.length >= 2 && analysis.model.examples.some((e) => e.events.some((ev) => ev.node.range.start === first.start && ev.node.act.range.end < offset));
    return hasAct ? [...CASE_ATTRIBUTES, ...formulaAttributes(grid)] : actEntries(date, params, language);
  }
  if (first.kind === 'word' && first.value === 'situation') return [...CASE_ATTRIBUTES, ...formulaAttributes(grid)];
  if (first.kind === 'word' && first.value === 'attendu')
    return ['secu', 'mutuelle', 'reste'].map((label): CompletionEntry => ({ label, kind: 'keyword', insertText: `${label} \${1:0} €`, snippet: true }));
  if (first.kind === 'word' && (first.value === 'contrat' || HEADER_KEYS[first.value] !== undefined)) {
    return [...new Set(Object.keys(HEADER_KEYS))].map((label): CompletionEntry => ({ label, kind: 'keyword' }));
  }
  if (first.kind === 'word' && first.value === 'poste') return [{ label: 'plafond', kind: 'keyword', insertText: 'plafond ${1:300} € par an', snippet: true }];
  if (first.kind === 'word' && first.value === 'option')
    return ['inclut_socle', 'en_sus_du_socle'].map((label): CompletionEntry => ({ label, kind: 'keyword' }));
  // A guarantee line: after the act come sectors and coverages; after a coverage, limits.
  const lineModel = analysis.model.lines.find(
    (l) => l.node.range.start <= offset && offset <= l.node.range.end + 1 && lineIndex.positionAt(l.node.range.start).line === line,
  );
  // Formulas side by side: after a `|`, one formula's cell; within a cell, its limits.
  const lastPipe = context.map((tok) => tok.kind).lastIndexOf('pipe');
  if (lastPipe >= 0) return lastPipe === context.length - 1 ? CELL_COVERAGES : LIMITS;
  const hasCoverage = lineModel?.node.variants.some((v) => v.coverage && v.coverage.range.end <= offset);
  if (hasCoverage) return [...LIMITS, ...SECTORS];
  return hasFormulas ? [cellsSnippet(grid), ...SECTORS, ...COVERAGES] : [...SECTORS, ...COVERAGES];
}
