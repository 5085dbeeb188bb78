/**
 * What the CLI reads: files, folders (their .grille files), globs, or standard input (`-`).
 * Every command reads through here (`readGrid`), so a missing, unreadable, special (FIFO, socket,
 * device), binary, non-UTF-8 or non-grid file gets the same clear message everywhere.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { isBinaryContent } from '../core';
import { decodeUtf8, NotUtf8Error, pathExists, readRegularFile, UnreadableFileError, whyNotRegularFile } from '../services/read-text-file';

export interface GridInput {
  /** As shown in messages: the path as given (relative to cwd) or `<stdin>`. */
  name: string;
  text: string;
}

export class InputError extends Error {}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** The same file reached through a link or a link to a folder is read once. */
function identity(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * Files, folders, globs and `-`, each file once (in the order first met), sorted within a folder or
 * glob. A folder or a glob takes only regular files (and links to them): a FIFO, a socket, a
 * broken link or a loop of links among its matches is skipped silently; named on its own, it is an
 * error (readGrid).
 */
export function resolveInputs(patterns: string[], cwd: string, readStdin: () => string): GridInput[] {
  const inputs: GridInput[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = identity(path.resolve(file));
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(readGrid(file, cwd));
  };
  const regularFiles = (files: string[]) => files.filter((file) => whyNotRegularFile(file) === null);
  for (const pattern of patterns) {
    if (pattern === '-') {
      if (seen.has('<stdin>')) continue;
      seen.add('<stdin>');
      inputs.push({ name: '<stdin>', text: readStdin() });
      continue;
    }
    const absolute = path.resolve(cwd, pattern);
    if (pathExists(absolute)) {
      if (!isDirectory(absolute)) {
        add(absolute);
        continue;
      }
      const files = regularFiles(globSync('**/*.grille', { cwd: absolute, ignore: ['**/node_modules/**'], absolute: true }).sort());
      if (files.length === 0) throw new InputError(`aucune grille dans ${pattern} (aucun fichier .grille dans ce dossier ni ses sous-dossiers).`);
      for (const file of files) add(file);
      continue;
    }
    const matches = regularFiles(globSync(pattern, { cwd, ignore: ['**/node_modules/**'], absolute: true }).sort());
    if (matches.length === 0) throw new InputError(`aucun fichier ne correspond à « ${pattern} ».`);
    for (const file of matches) add(file);
  }
  return inputs;
}

/** Grid text from bytes: binary (a NUL byte) and non-UTF-8 bytes are refused, never decoded to U+FFFD. */
export function gridText(bytes: Uint8Array, name: string): string {
  if (isBinaryContent(bytes)) throw new InputError(`${name} n'est pas une grille (fichier binaire).`);
  try {
    return decodeUtf8(bytes);
  } catch (error) {
    if (error instanceof NotUtf8Error)
      throw new InputError(`${name} n'est pas en UTF-8 : ${error.message} ; enregistrez-le en UTF-8 (iconv -f latin1 -t utf-8, par exemple).`);
    throw error;
  }
}

/** One file as a grid: a clear InputError when it is missing, unreadable, not a regular file, binary or not UTF-8. */
export function readGrid(file: string, cwd: string): GridInput {
  const absolute = path.resolve(cwd, file);
  const name = path.relative(cwd, absolute) || absolute;
  let bytes: Buffer;
  try {
    bytes = readRegularFile(absolute);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new InputError(`lecture impossible de ${name} : ${error.reason}.`);
    throw error;
  }
  return { name, text: gridText(bytes, name) };
}
