/**
 * Issue 13 (6): `examples --update` never loses a byte. It refuses a file that is not valid UTF-8
 * (exit 2, the first bad byte named, the file untouched) instead of writing U+FFFD back; it keeps
 * a BOM, the line endings and the file's mode; and it replaces the file atomically (a temporary
 * file in the same folder, renamed over it), so a kill at any moment leaves the complete old or
 * the complete new content.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dedent } from '../helpers';
import { GRILLE_BIN, grille, tempDir } from './run-grille';

const WRONG = dedent(`
  contrat "Test" millesime 2026 non_responsable base ro_inclus
  poste "Soins courants"
    consultation generaliste   dptam 150 % BR   non_dptam 130 % BR
  exemple "R2"
    acte consultation generaliste dptam prix 50 €
    attendu secu 19 € mutuelle 25 € reste 7 €
`);
const FIXED = WRONG.replace('mutuelle 25 €', 'mutuelle 24,00 €');

describe('grille examples --update: bytes', () => {
  it('a Latin-1 comment: exit 2 naming the first bad byte and its line, the file unchanged; check refuses it too', () => {
    const latin1 = Buffer.concat([Buffer.from(WRONG.replace('poste', '# tarif négocié\nposte'), 'latin1')]);
    const cwd = tempDir({ 'g.grille': latin1 });
    const message =
      "grille : g.grille n'est pas en UTF-8 : octet 0xE9 invalide en UTF-8 à la ligne 2 (octet n° 71) ; enregistrez-le en UTF-8 (iconv -f latin1 -t utf-8, par exemple).\n";
    const update = grille(['examples', '--update', 'g.grille'], { cwd });
    assert.deepEqual({ code: update.code, stderr: update.stderr }, { code: 2, stderr: message });
    assert.deepEqual(fs.readFileSync(path.join(cwd, 'g.grille')), latin1);
    const check = grille(['check', 'g.grille'], { cwd });
    assert.deepEqual({ code: check.code, stderr: check.stderr }, { code: 2, stderr: message });
  });

  it('a UTF-8 BOM and CRLF line endings are kept; only the wrong figure changes', () => {
    const original = `\ufeff${WRONG.replace(/\n/g, '\r\n')}`;
    const cwd = tempDir({ 'g.grille': original });
    const update = grille(['examples', '--update', 'g.grille'], { cwd });
    assert.equal(update.code, 0, update.stdout + update.stderr);
    assert.equal(fs.readFileSync(path.join(cwd, 'g.grille'), 'utf8'), original.replace('mutuelle 25 €', 'mutuelle 24,00 €'));
  });

  it('the file keeps its mode, a link stays a link to the updated file, no temporary file is left', () => {
    const cwd = tempDir({ 'vraie.grille': WRONG });
    fs.chmodSync(path.join(cwd, 'vraie.grille'), 0o640);
    fs.symlinkSync('vraie.grille', path.join(cwd, 'lien.grille'));
    const update = grille(['examples', '--update', 'lien.grille'], { cwd });
    assert.equal(update.code, 0, update.stdout + update.stderr);
    assert.equal(fs.readlinkSync(path.join(cwd, 'lien.grille')), 'vraie.grille');
    assert.equal(fs.readFileSync(path.join(cwd, 'vraie.grille'), 'utf8'), FIXED);
    assert.equal(fs.statSync(path.join(cwd, 'vraie.grille')).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(cwd).sort(), ['lien.grille', 'vraie.grille']);
  });
});

/** A grid of about 12 MB (long comment lines: fast to analyse, long enough to write that a kill can land mid-write). */
function largeGrid(): string {
  const filler = `# ${'é'.repeat(25_000)}\n`.repeat(240);
  return WRONG.replace('exemple', `${filler}exemple`);
}

/** Runs `examples --update` on `file` and kills it with SIGKILL `delayMs` after the first change in its folder (or after `fallbackMs`). */
function updateAndKill(file: string, delayMs: number, fallbackMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [GRILLE_BIN, 'examples', '--update', path.basename(file)], { cwd: path.dirname(file), stdio: 'ignore' });
    let killTimer: NodeJS.Timeout | undefined;
    const kill = (after: number) => {
      if (killTimer) return;
      killTimer = setTimeout(() => child.kill('SIGKILL'), after);
    };
    const watcher = fs.watch(path.dirname(file), () => kill(delayMs));
    const fallback = setTimeout(() => kill(0), fallbackMs);
    child.on('exit', () => {
      watcher.close();
      clearTimeout(fallback);
      if (killTimer) clearTimeout(killTimer);
      resolve();
    });
  });
}

describe('grille examples --update: killed mid-write', { timeout: 60_000 }, () => {
  it('a SIGKILL at any moment leaves the complete old or the complete new file', async () => {
    const old = largeGrid();
    const cwd = tempDir({});
    const file = path.join(cwd, 'grande.grille');
    fs.writeFileSync(file, old);
    const started = Date.now();
    assert.equal(grille(['examples', '--update', 'grande.grille'], { cwd }).code, 0);
    const fullRunMs = Date.now() - started;
    const updated = fs.readFileSync(file, 'utf8');
    assert.notEqual(updated, old);
    // Most kills right as the file starts to change (the dangerous moment), a few at random times.
    const delays = [0, 0, 1, 2, 4, 8];
    for (const [i, delay] of delays.entries()) {
      fs.writeFileSync(file, old);
      const fallbackMs = i % 3 === 2 ? Math.floor(Math.random() * fullRunMs) : 10 * fullRunMs;
      await updateAndKill(file, delay, fallbackMs);
      const after = fs.readFileSync(file, 'utf8');
      assert.ok(
        after === old || after === updated,
        `kill ${i} (${delay} ms after the first change): ${Buffer.byteLength(after)} bytes, neither the old ${Buffer.byteLength(old)} nor the new ${Buffer.byteLength(updated)}`,
      );
    }
    // The temporary files of the killed runs (12 MB each) are garbage a kill cannot clean up.
    fs.rmSync(cwd, { recursive: true, force: true });
  });
});
