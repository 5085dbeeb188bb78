/**
 * Reading a grid or a config file from disk, the one way the CLI and the language server do it:
 * only a regular file is read (a FIFO would block the read forever, a device may never end), and
 * its bytes must be valid UTF-8 (a Latin-1 « é » would otherwise become U+FFFD, silently, and
 * `examples --update` would write that back). Every failure is an UnreadableFileError whose
 * `reason` is a French phrase the caller puts after the file's name.
 */
import * as fs from 'node:fs';

export class UnreadableFileError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export class NotUtf8Error extends Error {
  constructor(
    /** 0-based offset of the first byte that is not part of a well-formed UTF-8 sequence. */
    readonly offset: number,
    readonly byte: number,
    /** 1-based line of that byte. */
    readonly line: number,
  ) {
    super(`octet 0x${byte.toString(16).toUpperCase().padStart(2, '0')} invalide en UTF-8 à la ligne ${line} (octet n° ${offset + 1})`);
  }
}

const ERRNO_REASONS: Record<string, string> = {
  EACCES: 'permission refusée',
  EPERM: 'permission refusée',
  ENOENT: 'fichier introuvable',
  EISDIR: "c'est un dossier, pas un fichier",
  ELOOP: 'boucle de liens symboliques',
  ENAMETOOLONG: 'chemin trop long',
  ENOTDIR: "un élément du chemin n'est pas un dossier",
};

/** What a non-regular file is, as the end of « c'est … », or null for a regular file. */
function notRegularReason(stat: fs.Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return `${ERRNO_REASONS.EISDIR} (EISDIR)`;
  if (stat.isFIFO()) return "c'est un tube nommé (FIFO), pas un fichier ordinaire";
  if (stat.isSocket()) return "c'est une socket, pas un fichier ordinaire";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "c'est un périphérique, pas un fichier ordinaire";
  return "ce n'est pas un fichier ordinaire";
}

function errnoReason(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    // stat follows links: ENOENT on a path that lstat finds is a link to nothing.
    try {
      if (fs.lstatSync(file).isSymbolicLink()) return `lien symbolique cassé (vers ${fs.readlinkSync(file)})`;
    } catch {
      // the path itself is missing: the plain message below
    }
  }
  if (code && ERRNO_REASONS[code]) return `${ERRNO_REASONS[code]} (${code})`;
  return code ?? String(error);
}

/** Anything at that path, even a link to nothing or a loop of links (those are reported when read, not skipped). */
export function pathExists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Null when `file` is a regular file (or a link to one); otherwise why it cannot be read as one. */
export function whyNotRegularFile(file: string): string | null {
  try {
    return notRegularReason(fs.statSync(file));
  } catch (error) {
    return errnoReason(error, file);
  }
}

// Opening a FIFO without O_NONBLOCK waits for a writer: never block, even if a FIFO replaced the
// file between the stat and the open (the fstat after the open catches that).
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** The bytes of a regular file; an UnreadableFileError for anything else, without ever blocking. */
export function readRegularFile(file: string): Buffer {
  const before = whyNotRegularFile(file);
  if (before) throw new UnreadableFileError(before);
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw new UnreadableFileError(errnoReason(error, file));
  }
  try {
    const opened = notRegularReason(fs.fstatSync(fd));
    if (opened) throw new UnreadableFileError(opened);
    return fs.readFileSync(fd);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(errnoReason(error, file));
  } finally {
    fs.closeSync(fd);
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of UTF-8 bytes, the BOM kept (so a rewrite keeps it and offsets match the file); a
 * NotUtf8Error naming the first bad byte otherwise.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    throw new NotUtf8Error(offset, bytes[offset] ?? 0, line);
  }
}

/**
 * Offset of the first byte that does not begin a well-formed UTF-8 sequence (the table of
 * well-formed sequences of the Unicode standard, ch. 3), or the length when all are well formed.
 * Only called once the decoder has refused the bytes, to say where.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    // The second byte's range is narrower after some leads: no overlong forms, no surrogates, nothing past U+10FFFF.
    let secondMin = 0x80;
    let secondMax = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) secondMin = 0xa0;
      if (lead === 0xed) secondMax = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) secondMin = 0x90;
      if (lead === 0xf4) secondMax = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [secondMin, secondMax] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return i;
}
