/**
 * `grille diff` on a yearly renewal of a range of four formulas side by side
 * (fixtures/diff/gamme-2025.grille → gamme-2026.grille, derived from samples/gamme-quatre-formules):
 * the 2026 version pays surgeons outside OPTAM less under « Option 2 » (200 % → 180 % BR), pays
 * more for a private room under « Option 1 » (30 € → 40 € a night), adds the non-DPTAM sector
 * column to the GP consultation, moves lines, dates its examples in 2026 and is laid out otherwise
 * (the 2025 file has single spaces, the 2026 one aligned columns). The text and Markdown outputs are
 * expected files (refreshed with UPDATE_EXPECT=1); JSON, exit codes, git revisions and ranges.
 *
 * Two cells checked by hand (2026 figures, docs/parameters.md; both versions computed on
 * 01/01/2026):
 * - Surgeon non-DPTAM, « Option 2 », at twice the typical price (1 000 €): the catalogue's surgical
 *   act (typical price 500 €, BR 300 €) is an « acte lourd »: the Sécu pays 100 % of the BR less the
 *   24 € participation: 276 €. Before, 200 % BR Sécu incluse = 600 €: mutuelle 600 − 276 =
 *   324 €, reste 1 000 − 600 = 400 €; after, 180 % BR = 540 €: mutuelle 264 €, reste 460 €;
 *   difference −60 €. At the typical 500 € both pay the whole price (600 and 540 ≥ 500): 224 €.
 * - Private room, « Option 1 », at the typical 90 € a night: no Sécu; 30 € then 40 € a night:
 *   mutuelle 30 → 40 €, reste 60 → 50 €, +10 €.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers';
import { expectFile } from '../services/fixture';
import { grille, tempDir } from './run-grille';

const FOLDER = path.join(repoRoot(), 'test', 'cli', 'fixtures', 'diff');
const OLD = 'test/cli/fixtures/diff/gamme-2025.grille';
const NEW = 'test/cli/fixtures/diff/gamme-2026.grille';
const REFORMATTED = 'test/cli/fixtures/diff/gamme-2026-remise-en-forme.grille';
const read = (name: string) => fs.readFileSync(path.join(FOLDER, name), 'utf8');

/** A cell's block of the text output: its title line and the indented lines under it. */
function block(stdout: string, title: RegExp): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => title.test(l));
  assert.ok(start >= 0, `no cell ${title} in:\n${stdout}`);
  const out = [lines[start]!];
  for (const l of lines.slice(start + 1)) {
    if (!l.startsWith('    ')) break;
    out.push(l);
  }
  return out;
}

describe('grille diff: a yearly renewal', () => {
  it('text: the changed cells with the guarantee before and after and the amounts at each price, the findings resolved, the example moved', (t) => {
    const run = grille(['diff', OLD, NEW]);
    assert.equal(run.code, 0, run.stderr);
    expectFile(path.join(FOLDER, 'renewal.txt.expected'), run.stdout, t);
    assert.deepEqual(block(run.stdout, /Honoraires de chirurgie.*non DPTAM, « Option 2 »/), [
      '  Honoraires de chirurgie et actes techniques en établissement, non DPTAM, « Option 2 » : modifiée, en baisse (ligne 16 → 18)',
      '    avant : 200 % BR',
      '    après : 180 % BR',
      '    au tarif de convention (300,00 €) : Sécu 276,00 € · mutuelle 24,00 € · reste 0,00 € : inchangé',
      '    au prix typique (500,00 €) : Sécu 276,00 € · mutuelle 224,00 € · reste 0,00 € : inchangé',
      '    au double du prix typique (1 000,00 €) : Sécu 276,00 € · mutuelle 324,00 € → 264,00 € · reste 400,00 € → 460,00 € : −60,00 €',
    ]);
    assert.deepEqual(block(run.stdout, /Chambre particulière, « Option 1 »/).slice(0, 4), [
      '  Chambre particulière, « Option 1 » : modifiée, en hausse (ligne 20 → 22)',
      '    avant : 30 € par nuit, 30 nuits par an',
      '    après : 40 € par nuit, 30 nuits par an',
      '    au prix typique (90,00 €) : Sécu 0,00 € · mutuelle 30,00 € → 40,00 € · reste 60,00 € → 50,00 € : +10,00 €',
    ]);
    // The sector column added: each formula's non-DPTAM cell, compared with what 2025 paid (nothing beyond the Sécu).
    assert.equal(run.stdout.match(/Consultation de médecin généraliste, non DPTAM, « [^»]+ » : ajoutée, en hausse/g)?.length, 4);
    // The moved lines and the layout are no change: nothing else in the hospital and current-care sections.
    assert.equal(run.stdout.match(/^ {2}\S.* : (modifiée|ajoutée|retirée)/gm)?.length, 6);
    assert.match(run.stdout, /− résolu : GR202 erreur \(ligne 16\) : « Option 2 » : Contrat responsable : hors DPTAM/);
    assert.match(run.stdout, /« Deux nuits en chambre particulière à 80 €, socle puis option 1 » : montants modifiés/);
  });

  it('markdown: one table row per price, the direction marked, for a pull-request comment', (t) => {
    const run = grille(['diff', '--format', 'markdown', OLD, NEW]);
    assert.equal(run.code, 0, run.stderr);
    expectFile(path.join(FOLDER, 'renewal.md.expected'), run.stdout, t);
    assert.match(run.stdout, /\| Hospitalisation \| 🔻 Honoraires de chirurgie .*\| `200 % BR` \| `180 % BR` \| 300,00 € \(tarif\) \|/);
    assert.match(run.stdout, /\| 1 000,00 € \(×2\) \| 324,00 € → 264,00 € \| 400,00 € → 460,00 € \| \*\*−60,00 €\*\* \|/);
  });

  it('json: the documented shape, amounts as decimal strings, the gates that failed', () => {
    const run = grille(['diff', '--format', 'json', '--fail-on', 'reduction', OLD, NEW]);
    assert.equal(run.code, 1, run.stderr);
    const json = JSON.parse(run.stdout) as {
      version: number;
      failed: string[];
      files: {
        old: string;
        new: string;
        status: string;
        newErrors: number;
        diff: { date: string; cells: Record<string, unknown>[]; findings: { added: unknown[]; resolved: { code: string }[] }; examples: { name: string }[] };
      }[];
    };
    assert.equal(json.version, 1);
    assert.deepEqual(json.failed, ['reduction']);
    const file = json.files[0]!;
    assert.deepEqual([file.old, file.new, file.status, file.newErrors], [OLD, NEW, 'changed', 0]);
    assert.equal(file.diff.date, '2026-01-01');
    const surgeon = file.diff.cells.find((c) => c.actId === 'honoraires_chirurgie')!;
    assert.deepEqual(Object.keys(surgeon), [
      'kind',
      'section',
      'act',
      'actId',
      'conditions',
      'column',
      'sector',
      'before',
      'after',
      'lineBefore',
      'lineAfter',
      'reduction',
      'increase',
      'points',
    ]);
    assert.deepEqual(surgeon.points, [
      {
        kind: 'tarif',
        price: '300.00',
        before: { secu: '276.00', mutuelle: '24.00', reste: '0.00' },
        after: { secu: '276.00', mutuelle: '24.00', reste: '0.00' },
        difference: '0.00',
      },
      {
        kind: 'typique',
        price: '500.00',
        before: { secu: '276.00', mutuelle: '224.00', reste: '0.00' },
        after: { secu: '276.00', mutuelle: '224.00', reste: '0.00' },
        difference: '0.00',
      },
      {
        kind: 'double',
        price: '1000.00',
        before: { secu: '276.00', mutuelle: '324.00', reste: '400.00' },
        after: { secu: '276.00', mutuelle: '264.00', reste: '460.00' },
        difference: '-60.00',
      },
    ]);
    assert.deepEqual(
      file.diff.findings.resolved.map((f) => f.code),
      ['GR202', 'GR203', 'GR203', 'GR203'],
    );
    assert.deepEqual(file.diff.findings.added, []);
    assert.deepEqual(
      file.diff.examples.map((e) => e.name),
      ['Deux nuits en chambre particulière à 80 €, socle puis option 1'],
    );
  });

  it('a grid only reordered and reformatted: « aucune différence », exit 0 whatever the gates', () => {
    const run = grille(['diff', '--fail-on', 'reduction,new-error', NEW, REFORMATTED]);
    assert.equal(run.code, 0, run.stderr);
    assert.notEqual(read('gamme-2026.grille'), read('gamme-2026-remise-en-forme.grille'));
    assert.equal(run.stdout, `${NEW} → ${REFORMATTED}\nAucune différence : les deux versions paient, signalent et calculent les exemples de la même façon.\n`);
    const json = JSON.parse(grille(['diff', '-f', 'json', NEW, REFORMATTED]).stdout) as { files: { status: string }[] };
    assert.equal(json.files[0]!.status, 'unchanged');
  });
});

describe('grille diff: exit codes', () => {
  it('--fail-on reduction: 1 when a reimbursement goes down at some price; --fail-on new-error alone: 0 (the renewal resolves errors)', () => {
    assert.equal(grille(['diff', '--fail-on', 'reduction', OLD, NEW]).code, 1);
    assert.equal(grille(['diff', '--fail-on', 'new-error', OLD, NEW]).code, 0);
    assert.equal(grille(['diff', OLD, NEW]).code, 0);
  });

  it('--fail-on new-error: 1 when an error appears (the renewal read backwards brings GR202 back); combined gates', () => {
    const back = grille(['diff', '--fail-on', 'new-error', NEW, OLD]);
    assert.equal(back.code, 1);
    assert.match(back.stdout, /\+ GR202 erreur \(ligne 16\)/);
    const json = JSON.parse(grille(['diff', '-f', 'json', '--fail-on', 'reduction,new-error', NEW, OLD]).stdout) as { failed: string[] };
    assert.deepEqual(json.failed, ['reduction', 'new-error']);
  });

  it('a cell that only pays more does not trip the reduction gate; the example left unchanged is a new error (GR401)', () => {
    const dir = tempDir({
      'a.grille': read('gamme-2026.grille'),
      'b.grille': read('gamme-2026.grille').replace('| 40 € par nuit, 30 nuits par an |', '| 45 € par nuit, 30 nuits par an |'),
    });
    const up = grille(['diff', '--fail-on', 'reduction', 'a.grille', 'b.grille'], { cwd: dir });
    assert.equal(up.code, 0, up.stdout);
    assert.match(up.stdout, /Chambre particulière, « Option 1 » : modifiée, en hausse \(ligne 22 → 22\)/);
    // Two nights at 80 € under « Option 1 »: 45 € a night now, 90 €, where the example still expects 80 €.
    assert.match(up.stdout, /\+ GR401 erreur \(ligne 88\) : mutuelle attendu 80,00 €, calculé 90,00 €/);
    assert.equal(grille(['diff', '--fail-on', 'new-error', 'a.grille', 'b.grille'], { cwd: dir }).code, 1);
  });

  it('usage and read errors: 2', () => {
    const unknown = grille(['diff', '--fail-on', 'baisse', OLD, NEW]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /« baisse » inconnu : reduction, new-error/);
    const missing = grille(['diff', OLD, 'absent.grille']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /grille : lecture impossible de absent\.grille/);
    assert.equal(grille(['diff', OLD]).code, 2);
    assert.equal(grille(['diff', '--format', 'html', OLD, NEW]).code, 2);
  });
});

function gitRepo(): { dir: string; git: (...args: string[]) => string } {
  const dir = tempDir({});
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
    });
  git('init', '-q');
  return { dir, git };
}

describe('grille diff: git revisions', () => {
  it('REV:PATH against the working file: the same comparison as two files', () => {
    const { dir, git } = gitRepo();
    fs.mkdirSync(path.join(dir, 'grilles'));
    fs.writeFileSync(path.join(dir, 'grilles', 'gamme.grille'), read('gamme-2025.grille'));
    git('add', '.');
    git('commit', '-qm', '2025');
    fs.writeFileSync(path.join(dir, 'grilles', 'gamme.grille'), read('gamme-2026.grille'));
    git('commit', '-qam', '2026');
    const files = grille(['diff', OLD, NEW]);
    const run = grille(['diff', 'HEAD~1:grilles/gamme.grille', 'grilles/gamme.grille'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const body = (s: string) => s.split('\n').slice(1).join('\n');
    assert.equal(run.stdout.split('\n')[0], 'HEAD~1:grilles/gamme.grille → grilles/gamme.grille');
    assert.equal(body(run.stdout), body(files.stdout));
    // Two revisions of the file; a path from the current folder with ./ (git's own rule).
    assert.equal(body(grille(['diff', 'HEAD~1:./gamme.grille', 'HEAD:./gamme.grille'], { cwd: path.join(dir, 'grilles') }).stdout), body(files.stdout));
  });

  it('REV1..REV2 over a folder: files matched by path, added and removed files reported, other folders ignored', () => {
    const { dir, git } = gitRepo();
    fs.mkdirSync(path.join(dir, 'grilles'));
    fs.mkdirSync(path.join(dir, 'autres'));
    fs.writeFileSync(path.join(dir, 'grilles', 'gamme.grille'), read('gamme-2025.grille'));
    fs.writeFileSync(path.join(dir, 'grilles', 'ancienne.grille'), read('gamme-2025.grille'));
    fs.writeFileSync(path.join(dir, 'grilles', 'stable.grille'), read('gamme-2026.grille'));
    fs.writeFileSync(path.join(dir, 'autres', 'hors.grille'), read('gamme-2025.grille'));
    git('add', '.');
    git('commit', '-qm', '2025');
    fs.writeFileSync(path.join(dir, 'grilles', 'gamme.grille'), read('gamme-2026.grille'));
    fs.writeFileSync(path.join(dir, 'grilles', 'stable.grille'), read('gamme-2026-remise-en-forme.grille'));
    fs.writeFileSync(path.join(dir, 'grilles', 'nouvelle.grille'), read('gamme-2025.grille'));
    fs.writeFileSync(path.join(dir, 'autres', 'hors.grille'), read('gamme-2026.grille'));
    git('rm', '-q', 'grilles/ancienne.grille');
    git('add', '.');
    git('commit', '-qm', '2026');
    const run = grille(['diff', '--fail-on', 'new-error', 'HEAD~1..HEAD', 'grilles/'], { cwd: dir });
    const headings = run.stdout.split('\n').filter((l) => /^(HEAD|\S+ : fichier)/.test(l));
    assert.deepEqual(headings, [
      'HEAD~1:grilles/ancienne.grille : fichier retiré',
      'HEAD~1:grilles/gamme.grille → HEAD:grilles/gamme.grille',
      'HEAD:grilles/nouvelle.grille : fichier ajouté',
      'HEAD~1:grilles/stable.grille → HEAD:grilles/stable.grille',
    ]);
    assert.match(run.stdout, /HEAD~1:grilles\/stable\.grille → HEAD:grilles\/stable\.grille\nAucune différence/);
    // The added file has errors (the 2025 grid's GR202 and GR203): new errors.
    assert.match(run.stdout, /HEAD:grilles\/nouvelle\.grille : fichier ajouté\n4 erreurs dans le fichier ajouté/);
    assert.equal(run.code, 1);
    assert.doesNotMatch(run.stdout, /hors\.grille/);
  });

  it('a revision or a path git does not know: 2 with git’s message', () => {
    const { dir, git } = gitRepo();
    fs.writeFileSync(path.join(dir, 'g.grille'), read('gamme-2026.grille'));
    git('add', '.');
    git('commit', '-qm', 'un');
    const badRevision = grille(['diff', 'HEAD~5:g.grille', 'g.grille'], { cwd: dir });
    assert.equal(badRevision.code, 2);
    assert.match(badRevision.stderr, /^grille : git show HEAD~5:g\.grille : fatal: /);
    const badPath = grille(['diff', 'HEAD:absent.grille', 'g.grille'], { cwd: dir });
    assert.equal(badPath.code, 2);
    assert.match(badPath.stderr, /absent\.grille/);
    const empty = grille(['diff', 'HEAD..HEAD', 'vide/'], { cwd: dir });
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /aucune grille dans vide\/ en HEAD ni en HEAD/);
  });
});
