/** The real `grille` command as a subprocess, and throw-away folders of files to run it on. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers';

export interface GrilleRun {
  /** null when the run was killed (a timeout: the CLI hung). */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface GrilleRunOptions {
  cwd?: string;
  input?: string | Buffer;
  uid?: number;
  /** Milliseconds before the run is killed, so a CLI that hangs fails its test instead of hanging it. */
  timeout?: number;
}

export const GRILLE_BIN = path.join(repoRoot(), 'bin', 'grille.js');

export function grille(args: string[], options: GrilleRunOptions = {}): GrilleRun {
  const result = spawnSync(process.execPath, [GRILLE_BIN, ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? repoRoot(),
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: options.timeout ?? 60_000,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
