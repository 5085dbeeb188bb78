/** `grille explain`: a line's computation step by step (for a case given on the command line), or a rule's documentation. */
import {
  analyze,
  type CareCase,
  type LineModel,
  type CaseFlag,
  type CaseSector,
  computeCare,
  type DidYouMeanOptions,
  frenchDidYouMean,
  isCalendarDate,
  plainSpaces,
  ruleInfo,
  snippetAsGrid,
  traceText,
} from '../../core';
import { cellAt, formulaLine, type FormulaModel, formulaSummary, formulaTitle, type GridModel, isFormulaRow } from '../../services/formulas';
import { formatText } from '../formats/text';
import { InputError, type GridInput } from '../inputs';
import { readAge, readAmount, readQuantity } from '../option-values';

export interface CaseOptions {
  secteur?: string;
  prix?: string;
  date?: string;
  quantite?: string;
  age?: string;
  situation?: string;
  option?: string;
  /** A formula side by side: its name, or its position (1 for the first). */
  formule?: string;
}

const SECTORS: Record<string, CaseSector> = {
  '1': 'secteur1',
  '2': 'inconnu',
  '2-optam': 'dptam',
  dptam: 'dptam',
  '2-non-optam': 'non_dptam',
  non_dptam: 'non_dptam',
  '3': 'non_conventionne',
  non_conventionne: 'non_conventionne',
  inconnu: 'inconnu',
};

const FLAGS = new Set<CaseFlag>(['hors_parcours', 'ald', 'maternite', 'css', 'psychiatrie', 'hospitalise']);

/** Option names and situations as a person types them: a little further off, any case. */
const OPTION_SUGGESTION: DidYouMeanOptions = { atLeast: 2, ignoreCase: true, form: 'sentence' };

export interface ExplainResult {
  text: string;
  /** 0: computed; 1: the line has no computable column (its findings are printed) or the engine could not compute the case (« incalculable »). */
  exitCode: number;
}

/**
 * The trace of the line at `lineNumber` for the case given by `options`. Every option is checked
 * first, as strictly as the language reads the same values in an example (unknown option of the
 * contract, impossible date, an age, a quantity or a price the language refuses: InputError, exit
 * 2); a line that reads as a guarantee but has no computable column prints its findings, and a
 * case the engine cannot compute prints why: both give exit code 1.
 */
/**
 * The formula `--formule` names: its name as declared (any case), or its position among the
 * declarations (1 for the first, the socle).
 */
function chosenFormula(grid: GridModel, value: string, flag: string): FormulaModel {
  const formulas = grid.formulas;
  const names = formulas.map((f) => f.name);
  if (formulas.length === 0) throw new InputError(`${flag} : la grille n'a pas de formules côte à côte (« ${value} »).`);
  const byName = formulas.find((f) => f.name === value) ?? formulas.find((f) => f.name.toLowerCase() === value.toLowerCase());
  if (byName) return byName;
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    if (n >= 1 && n <= formulas.length) return formulas[n - 1]!;
    throw new InputError(`${flag} : la grille a ${formulas.length} formules (1 à ${formulas.length}), pas « ${value} ».`);
  }
  throw new InputError(
    `${flag} : formule inconnue « ${value} ».${frenchDidYouMean(value, names, OPTION_SUGGESTION)} Formules de la grille : ${names.join(', ')}.`,
  );
}

/** What a formula's cells of a row say, as written (« dptam 200 % BR ; non_dptam 180 % BR »). */
function cellsWritten(text: string, row: LineModel, formula: FormulaModel): string {
  const index = formula.index;
  const parts: string[] = [];
  for (const variant of row.node.variants) {
    const cell = variant.cells?.[index];
    if (!cell) continue;
    const written = plainSpaces(text.slice(cell.range.start, cell.range.end).replace(/\s+/g, ' '));
    parts.push(variant.sector ? `${text.slice(variant.sector.range.start, variant.sector.range.end)} ${written}` : written);
  }
  return parts.join(' ; ');
}

export function explainLineAt(input: GridInput, lineNumber: number, options: CaseOptions, columnNumber?: number): ExplainResult {
  const analysis = analyze(input.text);
  const diagnostics = analysis.diagnostics;
  const index = lineNumber - 1;
  if (!Number.isInteger(lineNumber) || lineNumber < 1 || index >= analysis.lineIndex.lineCount)
    throw new InputError(`ligne ${lineNumber} hors du fichier ${input.name}.`);
  const line = analysis.model.lines.find((l) => {
    const start = analysis.lineIndex.positionAt(l.node.range.start).line;
    const end = analysis.lineIndex.positionAt(l.node.range.end).line;
    return start <= index && index <= end;
  });
  if (!line) throw new InputError(`pas de ligne de garantie calculable à la ligne ${lineNumber}.`);
  // Formulas side by side: which formulas to explain (all of a row's, unless one is chosen).
  const grid = analysis.model;
  let formulas: FormulaModel[] = [];
  // FILE:LINE:COLUMN on a sector row's cell: that sector only.
  let cellSector: string | null = null;
  if (options.formule !== undefined && options.option !== undefined) throw new InputError("--formule et --option : donnez l'une ou l'autre.");
  const named = options.formule ?? (options.option !== undefined && grid.formulas.some((f) => f.name === options.option) ? options.option : undefined);
  if (named !== undefined) {
    formulas = [chosenFormula(grid, named, options.formule !== undefined ? '--formule' : '--option')];
    if (line.option) throw new InputError(`la ligne ${lineNumber} est dans l'option « ${line.option.name} » : pas de formule à choisir.`);
  } else if (columnNumber !== undefined && grid.formulas.length > 0 && !line.option) {
    const lineStart = analysis.lineIndex.lineStart(index);
    const offset = lineStart + columnNumber - 1;
    if (!Number.isInteger(columnNumber) || columnNumber < 1 || offset > analysis.lineIndex.lineEnd(index))
      throw new InputError(`colonne ${columnNumber} hors de la ligne ${lineNumber}.`);
    const cell = cellAt(grid, line, offset);
    if (!cell) throw new InputError(`ligne ${lineNumber}, colonne ${columnNumber} : pas dans la cellule d'une formule (donnez --formule ou FICHIER:LIGNE).`);
    formulas = [cell.formula];
    cellSector = cell.column.key;
  } else if (grid.formulas.length > 0 && !line.option) {
    formulas = isFormulaRow(grid, line) ? grid.formulas : [grid.formulas[0]!];
  }
  if (options.date !== undefined && !isCalendarDate(options.date))
    throw new InputError(`--date : date invalide « ${options.date} » (aaaa-mm-jj, une date du calendrier).`);
  const date = options.date ?? analysis.model.contract.effectiveDate;
  if (!date || !isCalendarDate(date)) throw new InputError('date des soins inconnue : donnez --date aaaa-mm-jj ou un millésime dans la grille.');
  const age = options.age !== undefined ? readAge('--age', options.age) : null;
  const quantity = options.quantite !== undefined ? readQuantity('--quantite', options.quantite) : 1;
  if (options.option !== undefined && named === undefined) {
    const names = analysis.model.options.map((o) => o.name);
    if (!names.includes(options.option)) {
      throw new InputError(
        names.length === 0
          ? `--option : la grille n'a pas d'option (« ${options.option} »).`
          : `--option : option inconnue « ${options.option} ».${frenchDidYouMean(options.option, names, OPTION_SUGGESTION)} Options de la grille : ${names.join(', ')}.`,
      );
    }
  }
  const flags = new Set<CaseFlag>();
  for (const f of (options.situation ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!FLAGS.has(f as CaseFlag))
      throw new InputError(`situation inconnue « ${f} » (${[...FLAGS].join(', ')}).${frenchDidYouMean(f, [...FLAGS], OPTION_SUGGESTION)}`);
    flags.add(f as CaseFlag);
  }
  if (options.secteur !== undefined && !SECTORS[options.secteur])
    throw new InputError(`secteur inconnu « ${options.secteur} » (${Object.keys(SECTORS).join(', ')}).`);
  const unitPrice = options.prix !== undefined ? readAmount('--prix', options.prix) : null;
  const header = `${line.act?.label ?? 'Acte inconnu'} — ${plainSpaces(analysis.text.slice(line.node.range.start, line.node.range.end).replace(/\s+/g, ' '))}`;
  const columns = Object.keys(line.columns);
  if (!line.act || columns.length === 0) {
    // Nothing to compute: say why, with the findings of the line.
    const start = analysis.lineIndex.positionAt(line.node.range.start).line;
    const end = analysis.lineIndex.positionAt(line.node.range.end).line;
    const own = diagnostics.filter((d) => {
      const l = analysis.lineIndex.positionAt(d.range.start).line;
      return l >= start && l <= end;
    });
    const report = formatText([{ input, analysis, diagnostics: own }], false)
      .split('\n')
      .slice(0, -1);
    return {
      text: [
        header,
        '',
        `Incalculable : ${!line.act ? 'acte inconnu' : 'aucune colonne de garantie lisible'} sur cette ligne.`,
        ...(report.length > 0 ? ['Constats :', ...report.map((l) => `  ${l}`)] : []),
      ].join('\n'),
      exitCode: 1,
    };
  }
  const act = line.act;
  const out: string[] = [header, ''];
  let incalculable = false;
  const explainOne = (target: LineModel, option: string | null) => {
    const targetColumns = cellSector ? [cellSector] : Object.keys(target.columns);
    const sectors: CaseSector[] = options.secteur
      ? [SECTORS[options.secteur]!]
      : act.doctor
        ? (targetColumns.length > 0 ? targetColumns : columns).map(
            (k) => ({ all: 'secteur1', dptam: 'dptam', non_dptam: 'non_dptam', non_conventionne: 'non_conventionne' })[k] as CaseSector,
          )
        : ['secteur1'];
    for (const sector of sectors) {
      const care: CareCase = {
        act,
        sector,
        unitPrice,
        br: null,
        date,
        quantity,
        age,
        flags,
        adhesionDate: null,
        option,
        beneficiary: 'cli',
      };
      const result = computeCare(analysis.model, care, { explain: true });
      if (!result.ok) incalculable = true;
      out.push(...traceText(`Secteur : ${sector}`, result), '');
    }
  };
  if (formulas.length === 0) {
    explainOne(line, options.option ?? line.option?.name ?? null);
  } else {
    const row = isFormulaRow(grid, line);
    for (const formula of formulas) {
      const title = formulaTitle(grid, formula);
      const written = row ? cellsWritten(analysis.text, line, formula) : '';
      out.push(
        `${title.charAt(0).toUpperCase()}${title.slice(1)} : ${formulaSummary(formula)}.`,
        written ? `Cellule : ${written}` : 'Ligne sans cellules : la même pour toutes les formules.',
        '',
      );
      explainOne(formulaLine(line, formula), formula.option?.name ?? null);
    }
  }
  return { text: out.join('\n'), exitCode: incalculable ? 1 : 0 };
}

export function explainCode(code: string): string {
  const rule = ruleInfo(code);
  if (!rule) throw new InputError(`règle inconnue ${code} (voir docs/rules.md).`);
  const out = [
    `${rule.code} — ${rule.title} (${rule.titleEn})`,
    `Catégorie : ${rule.category} · gravité par défaut : ${rule.severity} · ${rule.fast ? 'rapide' : 'lente'}`,
    '',
    rule.description,
  ];
  if (rule.source) out.push('', `Source : ${rule.source}${rule.uncertain ? ' (incertaine : seuils dans les paramètres datés)' : ''}`);
  if (rule.bad)
    out.push(
      '',
      'À éviter :',
      ...snippetAsGrid(rule.bad)
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
    );
  out.push(
    '',
    'Correct :',
    ...snippetAsGrid(rule.good)
      .trimEnd()
      .split('\n')
      .map((l) => `  ${l}`),
  );
  return out.join('\n');
}
