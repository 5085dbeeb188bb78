/**
 * Issue 13 (5): the CLI reads only regular files. A FIFO (which would block the read forever), a
 * socket, a device or a folder where a file is expected is exit 2 with a message; a dangling link
 * and a loop of links are named as such; a folder or a glob skips them; a grille.config.json that
 * is not a regular file is refused by the CLI and ignored by the language server, which never
 * blocks on it. Every run has a timeout, so a regression fails instead of hanging the tests.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { dedent, repoRoot } from '../helpers';
import { grille, tempDir } from './run-grille';

const HANG_TIMEOUT = 10_000;
const CLEAN = dedent(`
  contrat "Test" millesime 2026 non_responsable base ro_inclus
  poste "Soins courants"
    consultation generaliste   dptam 150 % BR   non_dptam 130 % BR
`);

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/** A listening Unix socket at `file`, closed by the returned function. */
async function unixSocket(file: string): Promise<() => Promise<void>> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(file, resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

const run = (args: string[], cwd: string) => {
  const r = grille(args, { cwd, timeout: HANG_TIMEOUT });
  return `${r.code} ${r.stderr.trimEnd()}`;
};

describe('grille: special files where a grid is expected', { timeout: 60_000 }, () => {
  it('a FIFO given to check, explain or table: exit 2 at once, not a hang', () => {
    const cwd = tempDir({});
    mkfifo(path.join(cwd, 'tube.grille'));
    const message = "2 grille : lecture impossible de tube.grille : c'est un tube nommé (FIFO), pas un fichier ordinaire.";
    assert.deepEqual(
      [run(['check', 'tube.grille'], cwd), run(['explain', 'tube.grille:3'], cwd), run(['table', 'tube.grille'], cwd), run(['examples', 'tube.grille'], cwd)],
      [message, message, message, message],
    );
  });

  it('a socket and a character device: exit 2 with what they are', async () => {
    const cwd = tempDir({});
    const close = await unixSocket(path.join(cwd, 'prise.grille'));
    try {
      assert.equal(run(['check', 'prise.grille'], cwd), "2 grille : lecture impossible de prise.grille : c'est une socket, pas un fichier ordinaire.");
    } finally {
      await close();
    }
    assert.equal(
      run(['table', '/dev/null'], cwd),
      `2 grille : lecture impossible de ${path.relative(cwd, '/dev/null')} : c'est un périphérique, pas un fichier ordinaire.`,
    );
  });

  it('a dangling symbolic link and a loop of links: named as such, exit 2', () => {
    const cwd = tempDir({});
    fs.symlinkSync('absente.grille', path.join(cwd, 'casse.grille'));
    fs.symlinkSync('boucle.grille', path.join(cwd, 'boucle.grille'));
    assert.deepEqual(
      [
        run(['check', 'casse.grille'], cwd),
        run(['table', 'casse.grille'], cwd),
        run(['check', 'boucle.grille'], cwd),
        run(['explain', 'boucle.grille:1'], cwd),
      ],
      [
        '2 grille : lecture impossible de casse.grille : lien symbolique cassé (vers absente.grille).',
        '2 grille : lecture impossible de casse.grille : lien symbolique cassé (vers absente.grille).',
        '2 grille : lecture impossible de boucle.grille : boucle de liens symboliques (ELOOP).',
        '2 grille : lecture impossible de boucle.grille : boucle de liens symboliques (ELOOP).',
      ],
    );
  });

  it('a link to a grid is read as the grid', () => {
    const cwd = tempDir({ 'vraie.grille': CLEAN });
    fs.symlinkSync('vraie.grille', path.join(cwd, 'lien.grille'));
    assert.equal(run(['check', 'lien.grille'], cwd), '0 ');
  });

  it('a folder or a glob skips what is not a regular file (FIFO, socket, broken link, loop) and reads each file once', async () => {
    const cwd = tempDir({ 'grilles/vraie.grille': CLEAN });
    const dir = path.join(cwd, 'grilles');
    mkfifo(path.join(dir, 'tube.grille'));
    fs.symlinkSync('absente.grille', path.join(dir, 'casse.grille'));
    fs.symlinkSync('boucle.grille', path.join(dir, 'boucle.grille'));
    fs.mkdirSync(path.join(dir, 'sous'));
    // A link back to the folder: its grids are the same files, not more of them.
    fs.symlinkSync('..', path.join(dir, 'sous', 'parent'));
    const close = await unixSocket(path.join(dir, 'prise.grille'));
    try {
      for (const target of ['grilles', 'grilles/*.grille', 'grilles/**/*.grille']) {
        const r = grille(['check', target], { cwd, timeout: HANG_TIMEOUT });
        assert.deepEqual(
          { code: r.code, stdout: r.stdout, stderr: r.stderr },
          { code: 0, stdout: '1 fichier(s), 0 erreur(s), 0 avertissement(s).\n', stderr: '' },
          target,
        );
      }
    } finally {
      await close();
    }
  });
});

describe('grille.config.json that is not a regular file', { timeout: 60_000 }, () => {
  it('a FIFO named grille.config.json beside the grid: the CLI says so, exit 2, no hang', () => {
    const cwd = tempDir({ 'g.grille': CLEAN });
    mkfifo(path.join(cwd, 'grille.config.json'));
    const config = path.join(cwd, 'grille.config.json');
    for (const command of [
      ['check', 'g.grille'],
      ['table', 'g.grille'],
    ]) {
      assert.equal(
        run(command, cwd),
        `2 grille : configuration illisible ${config} : c'est un tube nommé (FIFO), pas un fichier ordinaire.`,
        command.join(' '),
      );
    }
    assert.equal(
      run(['check', '--config', 'grille.config.json', 'g.grille'], cwd),
      `2 grille : configuration illisible ${config} : c'est un tube nommé (FIFO), pas un fichier ordinaire.`,
    );
  });

  it("a dangling grille.config.json link is reported, not skipped for a parent's config", () => {
    const cwd = tempDir({ 'g.grille': CLEAN });
    fs.symlinkSync('absent.json', path.join(cwd, 'grille.config.json'));
    assert.equal(
      run(['check', 'g.grille'], cwd),
      `2 grille : configuration illisible ${path.join(cwd, 'grille.config.json')} : lien symbolique cassé (vers absent.json).`,
    );
  });

  it('the language server reads the same config: a FIFO there is ignored (logged), the document keeps its settings, no hang', () => {
    const dir = tempDir({ 'g.grille': CLEAN });
    mkfifo(path.join(dir, 'grille.config.json'));
    const convert = path.join(repoRoot(), 'out', 'server', 'src', 'lsp', 'convert.js');
    const script = `
      const { severityOverridesFor } = require(${JSON.stringify(convert)});
      const { pathToFileURL } = require('node:url');
      const logged = [];
      const overrides = severityOverridesFor(pathToFileURL(${JSON.stringify(path.join(dir, 'g.grille'))}).href, { severity: { GR116: 'off' } }, (m) => logged.push(m));
      process.stdout.write(JSON.stringify({ overrides, logged }));
    `;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: HANG_TIMEOUT });
    assert.equal(child.status, 0, `${child.signal ?? ''} ${child.stderr}`);
    assert.deepEqual(JSON.parse(child.stdout), {
      overrides: { GR116: 'off' },
      logged: [
        `grille.config.json ignoré : configuration illisible ${path.join(dir, 'grille.config.json')} : c'est un tube nommé (FIFO), pas un fichier ordinaire.`,
      ],
    });
  });
});
