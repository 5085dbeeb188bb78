/** What `grille check` reads: files, folders (their .grille files), globs, or standard input (`-`). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';

export interface GridInput {
  /** As shown in messages: the path as given (relative to cwd) or `<stdin>`. */
  name: string;
  text: string;
}

export class InputError extends Error {}

export function resolveInputs(patterns: string[], cwd: string, readStdin: () => string): GridInput[] {
  const inputs: GridInput[] = [];
  for (const pattern of patterns) {
    if (pattern === '-') {
      inputs.push({ name: '<stdin>', text: readStdin() });
      continue;
    }
    const absolute = path.resolve(cwd, pattern);
    if (fs.existsSync(absolute)) {
      const stat = fs.statSync(absolute);
      if (stat.isDirectory()) {
        for (const file of globSync('**/*.grille', { cwd: absolute, ignore: ['**/node_modules/**'] }).sort()) inputs.push(readGrid(path.join(absolute, file), cwd));
      } else {
        inputs.push(readGrid(absolute, cwd));
      }
      continue;
    }
    const matches = globSync(pattern, { cwd, ignore: ['**/node_modules/**'] }).sort();
    if (matches.length === 0) throw new InputError(`aucun fichier ne correspond à « ${pattern} ».`);
    for (const file of matches) inputs.push(readGrid(path.resolve(cwd, file), cwd));
  }
  return inputs;
}

function readGrid(file: string, cwd: string): GridInput {
  const name = path.relative(cwd, file) || file;
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch (error) {
    throw new InputError(`lecture impossible de ${name} : ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  // A NUL byte means a binary file, not a grid.
  if (buffer.includes(0)) throw new InputError(`${name} n'est pas une grille (fichier binaire).`);
  return { name, text: buffer.toString('utf8') };
}
