/**
 * What the CLI reads: files, folders (their .grille files), globs, or standard input (`-`).
 * Every command reads through here (`readGrid`), so a missing, unreadable, binary or non-grid file
 * gets the same clear message everywhere.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';

export interface GridInput {
  /** As shown in messages: the path as given (relative to cwd) or `<stdin>`. */
  name: string;
  text: string;
}

export class InputError extends Error {}

const READ_ERRORS: Record<string, string> = {
  EACCES: 'permission refusée',
  EPERM: 'permission refusée',
  ENOENT: 'fichier introuvable',
  EISDIR: 'c\'est un dossier, pas un fichier',
  ELOOP: 'lien symbolique en boucle',
  ENAMETOOLONG: 'chemin trop long',
};

/** Files, folders, globs and `-`, each file once (in the order first met), sorted within a folder or glob. */
export function resolveInputs(patterns: string[], cwd: string, readStdin: () => string): GridInput[] {
  const inputs: GridInput[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const absolute = path.resolve(file);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    inputs.push(readGrid(absolute, cwd));
  };
  for (const pattern of patterns) {
    if (pattern === '-') {
      if (seen.has('<stdin>')) continue;
      seen.add('<stdin>');
      inputs.push({ name: '<stdin>', text: readStdin() });
      continue;
    }
    const absolute = path.resolve(cwd, pattern);
    if (fs.existsSync(absolute)) {
      const stat = fs.statSync(absolute);
      if (stat.isDirectory()) {
        const files = globSync('**/*.grille', { cwd: absolute, ignore: ['**/node_modules/**'] }).sort();
        if (files.length === 0) throw new InputError(`aucune grille dans ${pattern} (aucun fichier .grille dans ce dossier ni ses sous-dossiers).`);
        for (const file of files) add(path.join(absolute, file));
      } else {
        add(absolute);
      }
      continue;
    }
    const matches = globSync(pattern, { cwd, ignore: ['**/node_modules/**'] }).sort();
    if (matches.length === 0) throw new InputError(`aucun fichier ne correspond à « ${pattern} ».`);
    for (const file of matches) add(path.resolve(cwd, file));
  }
  return inputs;
}

/** One file as a grid: a clear InputError when it is missing, unreadable, a folder or binary. */
export function readGrid(file: string, cwd: string): GridInput {
  const absolute = path.resolve(cwd, file);
  const name = path.relative(cwd, absolute) || absolute;
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code && READ_ERRORS[code] ? `${READ_ERRORS[code]} (${code})` : (code ?? String(error));
    throw new InputError(`lecture impossible de ${name} : ${why}.`);
  }
  // A NUL byte means a binary file, not a grid.
  if (buffer.includes(0)) throw new InputError(`${name} n'est pas une grille (fichier binaire).`);
  return { name, text: buffer.toString('utf8') };
}
