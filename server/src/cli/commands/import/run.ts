/**
 * `grille import FILE`: a table (.csv, .xlsx, .html) read into a formatted `.grille` draft on
 * standard output or `--out FILE` (an existing file is kept unless `--force`), and a summary on
 * standard error: where the acts and the formulas were found, the rows and cells read, and each
 * thing to review with its place in the draft and in the table. Loaded by main.ts only when the
 * command runs, with the readers' libraries behind it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../../inputs';
import { readRegularFile, UnreadableFileError } from '../../../services/read-text-file';
import { IMPORT_CODES, importTable, type ImportOptions, type ImportResult, type Stacking } from './draft';
import { columnLetters, readTable, tableKind } from './table';

export interface ImportCommandOptions extends ImportOptions {
  sheet?: string;
  separator?: string;
  out?: string;
  force?: boolean;
}

export interface ImportIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

const STACKINGS: Stacking[] = ['inclut_socle', 'en_sus_du_socle', 'seule'];

function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

/** The summary on stderr, in French. */
export function summary(result: ImportResult, source: string, target: string, notes: string[]): string {
  const { layout, counts, review } = result;
  const lines: string[] = [];
  lines.push(`grille import : ${source} → ${target}`);
  for (const note of notes) lines.push(`  ${note}`);
  const headerRow = layout.headerRow === null ? 'sans ligne d’en-tête' : `en-tête ligne ${layout.headerRow + 1}`;
  lines.push(
    `  actes : colonne ${columnLetters(layout.actsColumn)} ; formules : ${layout.formulas.map((f) => `${columnLetters(f.column)} « ${f.name} »`).join(', ')} (${headerRow})`,
  );
  if (layout.sectionColumn !== null) lines.push(`  postes : colonne ${columnLetters(layout.sectionColumn)}`);
  const rows = counts.acts + counts.suggestions + counts.unknown;
  const known = [
    `${plural(counts.acts, 'acte du catalogue', 'actes du catalogue')}${counts.synonyms > 0 ? ` (dont ${counts.synonyms} par leur libellé imprimé)` : ''}`,
    counts.suggestions > 0 ? `${plural(counts.suggestions, 'libellé rapproché', 'libellés rapprochés')} d’un acte, à vérifier` : '',
    counts.unknown > 0 ? `${plural(counts.unknown, 'libellé hors catalogue', 'libellés hors catalogue')}, en hors nomenclature à vérifier` : '',
  ].filter(Boolean);
  lines.push(`  ${plural(rows, 'ligne de garantie', 'lignes de garantie')} : ${known.join(', ')}`);
  lines.push(
    `  et ${plural(counts.sections, 'poste', 'postes')}, ${plural(counts.notes, 'note', 'notes')}, ${plural(counts.comments, 'commentaire', 'commentaires')}, ${plural(counts.blank, 'ligne vide', 'lignes vides')} (${plural(counts.rows, 'ligne', 'lignes')} au tableau)`,
  );
  lines.push(`  ${plural(counts.cells, 'cellule', 'cellules')} : ${plural(counts.cellsRead, 'lue', 'lues')}, ${counts.cellsToReview} à revoir`);
  if (review.length > 0) {
    lines.push(`À revoir (${review.length}) :`);
    for (const item of review) lines.push(`  ${target}:${item.line}:${item.column} ${item.code} ${item.ref} : ${item.message}`);
  } else lines.push('Rien à revoir dans la lecture du tableau.');
  const { errors, warnings } = result.findings;
  if (errors + warnings > 0)
    lines.push(
      `Constats de la grille elle-même (règles du contrat responsable, lignes attendues…) : ${plural(errors, 'erreur', 'erreurs')}, ${plural(warnings, 'avertissement', 'avertissements')} ; voir grille check ${target === '<stdout>' ? 'BROUILLON.grille' : target}.`,
    );
  return lines.join('\n');
}

/** Runs the command: 0 nothing to review, 1 a draft written with things to review, 2 (InputError) no draft. */
export async function runImport(file: string, options: ImportCommandOptions, io: ImportIo): Promise<number> {
  if (options.stacking !== undefined && !STACKINGS.includes(options.stacking)) {
    throw new InputError(`--stacking « ${String(options.stacking)} » : ${STACKINGS.join(', ')} est attendu.`);
  }
  const absolute = path.resolve(io.cwd, file);
  const name = path.relative(io.cwd, absolute) || absolute;
  tableKind(absolute);
  const outFile = options.out === undefined ? null : path.resolve(io.cwd, options.out);
  if (outFile && fs.existsSync(outFile) && !options.force)
    throw new InputError(`${options.out} existe déjà : le brouillon n'est pas écrit (--force pour le remplacer).`);
  if (outFile && outFile === absolute) throw new InputError(`--out ${options.out} est le fichier importé lui-même.`);
  let bytes: Buffer;
  try {
    bytes = readRegularFile(absolute);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new InputError(`lecture impossible de ${name} : ${error.reason}.`);
    throw error;
  }
  const table = await readTable(bytes, absolute, options);
  const source = table.name ? `${path.basename(absolute)} (« ${table.name} »)` : path.basename(absolute);
  const result = importTable(table, source, path.basename(absolute, path.extname(absolute)), options);
  const target = options.out ?? '<stdout>';
  if (outFile) {
    try {
      fs.writeFileSync(outFile, result.draft, { flag: options.force ? 'w' : 'wx' });
    } catch (error) {
      throw new InputError(`écriture impossible de ${options.out} : ${error instanceof Error ? error.message : String(error)}`);
    }
  } else io.out(result.draft);
  io.err(summary(result, name, target, table.notes));
  return result.review.length > 0 ? 1 : 0;
}

export { IMPORT_CODES };
