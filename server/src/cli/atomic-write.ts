/**
 * Replacing a file's content so that, whatever happens (a kill, a full disk, a crash), the file
 * holds either its complete old content or the complete new one: the new content goes to a
 * temporary file in the same folder (a rename is atomic only within one file system), is flushed
 * to disk, then renamed over the file.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function writeFileAtomically(file: string, content: string): void {
  // Through a link, the file to replace is its target: renaming over the link would turn it into a copy.
  const target = fs.realpathSync(file);
  const original = fs.statSync(target);
  const dir = path.dirname(target);
  const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    // 'wx': never reuse an existing file of that name; the mode is the original's.
    fd = fs.openSync(temporary, 'wx', original.mode & 0o7777);
    fs.writeFileSync(fd, content);
    keepOwner(fd, original);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(dir);
}

/** The umask may have narrowed the mode, and root rewriting someone's file must not take it over. */
function keepOwner(fd: number, original: fs.Stats): void {
  fs.fchmodSync(fd, original.mode & 0o7777);
  const written = fs.fstatSync(fd);
  if (written.uid === original.uid && written.gid === original.gid) return;
  try {
    fs.fchownSync(fd, original.uid, original.gid);
  } catch {
    // Not allowed (not root): the file is then the writer's, as with any editor that saves by rename.
  }
}

/** The rename itself survives a power cut only once the folder is flushed (not possible everywhere: best effort). */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some systems cannot open or flush a folder; the rename is still atomic.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
