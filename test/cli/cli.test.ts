/**
 * The real `grille` command run as a subprocess: output text, JSON shape, SARIF validity (against
 * the SARIF 2.1.0 JSON schema, with ajv), GitHub annotations, exit codes, stdin, unreadable paths,
 * non-grid and empty files, the config file, explain, examples --update, table, and all of it on samples/.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dedent, repoRoot } from '../helpers';
import { grille, tempDir } from './run-grille';
import { sarifErrors } from './sarif-schema';

const CLEAN = dedent(`
  contrat "Test" millesime 2026 non_responsable base ro_inclus
  poste "Soins courants"
    consultation generaliste   dptam 150 % BR   non_dptam 130 % BR
  exemple "R2"
    acte consultation generaliste dptam prix 50 €
    attendu secu 19 € mutuelle 24 € reste 7 €
`);

const WRONG = CLEAN.replace('mutuelle 24 €', 'mutuelle 25 €');
const WARNING_ONLY = CLEAN.replace('dptam 150 % BR   non_dptam 130 % BR', 'dptam 150 % BR   non_dptam 130 % BR\n  consultation specialiste 90 % BR');

describe('grille check: text output and exit codes', () => {
  it('a clean grid: exit 0', () => {
    const run = grille(['check', 'grille.grille'], { cwd: tempDir({ 'grille.grille': CLEAN }) });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '1 fichier(s), 0 erreur(s), 0 avertissement(s).\n');
  });

  it('a wrong expected amount: exit 1, the finding with its source line and a caret', () => {
    const run = grille(['check', 'grille.grille'], { cwd: tempDir({ 'grille.grille': WRONG }) });
    assert.equal(run.code, 1);
    assert.deepEqual(run.stdout.split('\n'), [
      'grille.grille:6:30: erreur GR401 mutuelle attendu 25,00 €, calculé 24,00 € : formule (colonne DPTAM) : 150 % BR Sécu incluse : min(50,00 €, 45,00 €) − 21,00 € = 24,00 €.',
      '    attendu secu 19 € mutuelle 25 € reste 7 €',
      '                               ^^',
      '1 fichier(s), 1 erreur(s), 0 avertissement(s).',
      '',
    ]);
  });

  it('warnings pass by default, fail with --severity warning or beyond --max-warnings', () => {
    const cwd = tempDir({ 'grille.grille': WARNING_ONLY });
    assert.equal(grille(['check', 'grille.grille'], { cwd }).code, 0);
    assert.equal(grille(['check', '--severity', 'warning', 'grille.grille'], { cwd }).code, 1);
    assert.equal(grille(['check', '--max-warnings', '1', 'grille.grille'], { cwd }).code, 0);
    assert.equal(grille(['check', '--max-warnings', '0', 'grille.grille'], { cwd }).code, 1);
  });

  it('folders and globs; standard input with -', () => {
    const cwd = tempDir({ 'a/un.grille': CLEAN, 'a/b/deux.grille': WRONG, 'notes.txt': 'x' });
    assert.match(grille(['check', 'a'], { cwd }).stdout, /2 fichier\(s\), 1 erreur\(s\)/);
    assert.match(grille(['check', 'a/**/deux.grille'], { cwd }).stdout, /^a\/b\/deux\.grille:6:30: erreur GR401/);
    const stdin = grille(['check', '-'], { input: WRONG });
    assert.equal(stdin.code, 1);
    assert.match(stdin.stdout, /^<stdin>:6:30: erreur GR401/);
  });

  it('standard input that is not UTF-8 is refused like such a file, exit 2', () => {
    const run = grille(['check', '-'], { input: Buffer.from(CLEAN.replace('poste', '# très\nposte'), 'latin1') });
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      "grille : <stdin> n'est pas en UTF-8 : octet 0xE8 invalide en UTF-8 à la ligne 2 (octet n° 66) ; enregistrez-le en UTF-8 (iconv -f latin1 -t utf-8, par exemple).\n",
    );
  });

  it('an unreadable path, a binary file: exit 2 with a clear message and no stack trace', () => {
    const missing = grille(['check', 'nulle/part.grille']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'grille : aucun fichier ne correspond à « nulle/part.grille ».\n');
    const binary = grille(['check', 'image.grille'], { cwd: tempDir({ 'image.grille': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) }) });
    assert.equal(binary.code, 2);
    assert.equal(binary.stderr, "grille : image.grille n'est pas une grille (fichier binaire).\n");
  });

  it('an unreadable file: exit 2, « permission refusée » (as root, run as nobody so the file really is unreadable)', (t) => {
    const unreadable = tempDir({ 'secret.grille': CLEAN });
    fs.chmodSync(unreadable, 0o755);
    fs.chmodSync(path.join(unreadable, 'secret.grille'), 0o000);
    const asRoot = process.getuid?.() === 0;
    const uid = asRoot ? 65534 : undefined;
    if (asRoot) {
      // nobody must be able to run the CLI itself (a clone under a private home cannot be tested so).
      const probe = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(path.join(repoRoot(), 'out', 'server', 'src', 'cli', 'main.js'))})`], {
        uid: 65534,
        gid: 65534,
        cwd: unreadable,
      });
      if (probe.status !== 0) return t.skip('the repository is not readable by uid 65534');
    }
    for (const command of [
      ['check', 'secret.grille'],
      ['table', 'secret.grille'],
      ['explain', 'secret.grille:3'],
      ['examples', 'secret.grille'],
    ]) {
      const run = grille(command, { cwd: unreadable, uid });
      assert.equal(run.code, 2, command.join(' '));
      assert.equal(run.stderr, 'grille : lecture impossible de secret.grille : permission refusée (EACCES).\n', command.join(' '));
    }
  });

  it('a folder given as a file to explain or table: a clear read error, not an internal one', () => {
    const cwd = tempDir({ 'dossier/g.grille': CLEAN });
    assert.deepEqual(
      [grille(['table', 'dossier'], { cwd }), grille(['explain', 'dossier:3'], { cwd })].map((r) => `${r.code} ${r.stderr}`),
      [
        "2 grille : lecture impossible de dossier : c'est un dossier, pas un fichier (EISDIR).\n",
        "2 grille : lecture impossible de dossier : c'est un dossier, pas un fichier (EISDIR).\n",
      ],
    );
  });

  it('a folder with no grid is a usage error, not a pass', () => {
    const cwd = tempDir({ 'vide/notes.txt': 'x' });
    const run = grille(['check', 'vide'], { cwd });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'grille : aucune grille dans vide (aucun fichier .grille dans ce dossier ni ses sous-dossiers).\n');
  });

  it('a file named twice (a folder and one of its files) is checked once', () => {
    const cwd = tempDir({ 'a/un.grille': CLEAN, 'a/deux.grille': WRONG });
    assert.match(grille(['check', 'a', 'a/deux.grille', './a/un.grille'], { cwd }).stdout, /^2 fichier\(s\), 1 erreur\(s\)/m);
  });

  it('a text file that is not a grid: one clear finding, not one per line', () => {
    const cwd = tempDir({ 'package.json': fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8') });
    const run = grille(['check', 'package.json'], { cwd });
    assert.equal(run.code, 1);
    assert.deepEqual(run.stdout.split('\n'), [
      "package.json:1:1: erreur GR102 Ce texte n'est pas une grille : aucun en-tête « contrat » et aucune ligne reconnue (poste, garantie, option, exemple).",
      '  {',
      '  ^',
      '1 fichier(s), 1 erreur(s), 0 avertissement(s).',
      '',
    ]);
  });

  it('the caret lines up under the source on a line indented with tabs', () => {
    const run = grille(['check', 'g.grille'], { cwd: tempDir({ 'g.grille': WRONG.replace('\n  attendu', '\n\t\tattendu') }) });
    assert.deepEqual(run.stdout.split('\n').slice(0, 3), [
      'g.grille:6:30: erreur GR401 mutuelle attendu 25,00 €, calculé 24,00 € : formule (colonne DPTAM) : 150 % BR Sécu incluse : min(50,00 €, 45,00 €) − 21,00 € = 24,00 €.',
      '  \t\tattendu secu 19 € mutuelle 25 € reste 7 €',
      `  \t\t${' '.repeat(27)}^^`,
    ]);
  });

  it('an empty file is a finding, not a crash', () => {
    const run = grille(['check', 'vide.grille'], { cwd: tempDir({ 'vide.grille': '' }) });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^vide\.grille:1:1: erreur GR102 En-tête « contrat » manquant/);
  });

  it('usage errors exit 2', () => {
    assert.equal(grille(['verifier']).code, 2);
    assert.equal(grille(['check', '--format', 'xml', 'x']).code, 2);
    assert.equal(grille(['check', '--max-warnings', '-1', 'x']).code, 2);
  });
});

describe('grille check: configuration file', () => {
  it('grille.config.json at the root sets severities per rule, "off" silences', () => {
    const cwd = tempDir({
      'grille.config.json': JSON.stringify({ severity: { GR116: 'off', GR201: 'warning' } }),
      'sub/grille.grille': WARNING_ONLY.replace('non_responsable', 'responsable'),
    });
    const run = grille(['check', '--format', 'json', 'grille.grille'], { cwd: path.join(cwd, 'sub') });
    const codes = JSON.parse(run.stdout).files[0].findings.map((f: { code: string; severity: string }) => `${f.code} ${f.severity}`);
    assert.ok(!codes.some((c: string) => c.startsWith('GR116')), codes.join(', '));
    assert.ok(codes.includes('GR201 warning'), codes.join(', '));
  });

  it('an invalid config is a usage error', () => {
    const run = grille(['check', 'g.grille'], { cwd: tempDir({ 'grille.config.json': JSON.stringify({ severity: { GR116: 'loud' } }), 'g.grille': CLEAN }) });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /gravité invalide pour GR116 : "loud"/);
  });

  it('unknown keys and unknown rule codes are refused (the schema is enforced), exit 2', () => {
    const run = (config: unknown) => grille(['check', 'g.grille'], { cwd: tempDir({ 'grille.config.json': JSON.stringify(config), 'g.grille': CLEAN }) });
    const typo = run({ severity: { GR116: 'off' }, severty: { GR201: 'off' } });
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /grille\.config\.json : clé inconnue « severty » \(vouliez-vous dire « severity » \?\) ; clés admises : \$schema, severity\.\n$/);
    const unknown = run({ severity: { GR999: 'off' } });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /grille\.config\.json : règle inconnue GR999 \(les codes sont dans docs\/rules\.md\)\.\n$/);
    assert.equal(run({ $schema: './node_modules/grille/server/src/cli/grille-config.schema.json', severity: { GR116: 'off' } }).code, 0);
  });

  it('a config saved with a UTF-8 BOM is read (issue 13, item 10)', () => {
    const cwd = tempDir({
      'grille.config.json': `\ufeff${JSON.stringify({ severity: { GR201: 'warning' } })}`,
      'g.grille': WARNING_ONLY.replace('non_responsable', 'responsable'),
    });
    const run = grille(['check', '--format', 'json', 'g.grille'], { cwd });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const codes = JSON.parse(run.stdout).files[0].findings.map((f: { code: string; severity: string }) => `${f.code} ${f.severity}`);
    assert.ok(codes.includes('GR201 warning'), codes.join(', '));
  });

  it('"$schema" must be a string, as the schema says (issue 13, item 10)', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'server', 'src', 'cli', 'grille-config.schema.json'), 'utf8'));
    assert.deepEqual(schema.properties.$schema, { type: 'string' });
    for (const value of [123, null, ['x'], { uri: 'x' }]) {
      const run = grille(['check', 'g.grille'], { cwd: tempDir({ 'grille.config.json': JSON.stringify({ $schema: value }), 'g.grille': CLEAN }) });
      assert.equal(run.code, 2, JSON.stringify(value));
      assert.match(
        run.stderr,
        new RegExp(
          `grille\\.config\\.json : « \\$schema » doit être une chaîne \\(l'adresse du schéma\\), pas ${JSON.stringify(value).replace(/[[\]{}]/g, '\\$&')}\\.\n$`,
        ),
      );
    }
  });

  it('a config that is not UTF-8: its bad byte is named, exit 2', () => {
    const run = grille(['check', 'g.grille'], {
      cwd: tempDir({ 'grille.config.json': Buffer.from('{ "severity": { "GR116": "off" } } // déjà', 'latin1'), 'g.grille': CLEAN }),
    });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /grille\.config\.json : octet 0xE9 invalide en UTF-8 à la ligne 1 \(octet n° 40\) \(JSON en UTF-8 attendu\)\.\n$/);
  });

  it('the config schema ships with the package and describes the file', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'server', 'src', 'cli', 'grille-config.schema.json'), 'utf8'));
    assert.deepEqual(schema.properties.severity.additionalProperties.enum, ['error', 'warning', 'info', 'hint', 'off']);
  });
});

describe('grille check: machine formats', () => {
  it('--format json: files with findings, 1-based positions and fixes', () => {
    const run = grille(['check', '--format', 'json', 'grille.grille'], { cwd: tempDir({ 'grille.grille': WRONG }) });
    assert.equal(run.code, 1);
    const json = JSON.parse(run.stdout);
    assert.equal(json.version, 1);
    const finding = json.files[0].findings[0];
    assert.deepEqual(
      {
        file: json.files[0].file,
        code: finding.code,
        severity: finding.severity,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        fix: finding.fixes[0].edits[0].newText,
      },
      { file: 'grille.grille', code: 'GR401', severity: 'error', line: 6, column: 30, endLine: 6, endColumn: 32, fix: '24,00' },
    );
  });

  it('--format github: workflow annotations', () => {
    const run = grille(['check', '--format', 'github', 'grille.grille'], { cwd: tempDir({ 'grille.grille': WRONG }) });
    assert.equal(
      run.stdout,
      '::error file=grille.grille,line=6,col=30,endLine=6,endColumn=32,title=GR401::GR401 mutuelle attendu 25,00 €, calculé 24,00 € : formule (colonne DPTAM) : 150 %25 BR Sécu incluse : min(50,00 €, 45,00 €) − 21,00 € = 24,00 €.\n',
    );
  });

  it('--format sarif: valid SARIF 2.1.0 with rule metadata, help text and links', () => {
    const dir = tempDir({ 'grille.grille': WRONG });
    const run = grille(['check', '--format', 'sarif', '--rules-url', 'https://example.org/grille/docs/rules.md', 'grille.grille'], { cwd: dir });
    assert.equal(run.code, 1);
    const sarif = JSON.parse(run.stdout);
    assert.deepEqual(sarifErrors(sarif), []);
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'GR401');
    assert.equal(rule.helpUri, 'https://example.org/grille/docs/rules.md#gr401');
    assert.match(rule.help.text, /^Montant attendu différent du calcul/);
    assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation, {
      artifactLocation: { uri: 'grille.grille' },
      region: { startLine: 6, startColumn: 30, endLine: 6, endColumn: 32 },
    });
  });

  it('the schema check catches real errors: a corrupted log fails validation', () => {
    const run = grille(['check', '--format', 'sarif', 'grille.grille'], { cwd: tempDir({ 'grille.grille': WRONG }) });
    const log = JSON.parse(run.stdout);
    assert.deepEqual(sarifErrors(log), []);
    const corrupted = JSON.parse(run.stdout);
    const result = corrupted.runs[0].results[0];
    result.level = 'bogus';
    result.locations[0].physicalLocation.region.startLine = 0;
    result.locations[0].physicalLocation.artifactLocation.uri = 'mes grilles/santé collective.grille';
    result.severity = 'error';
    corrupted.runs[0].tool.driver.rules[0].defaultConfiguration.level = 'loud';
    assert.deepEqual(sarifErrors(corrupted), [
      '/runs/0/tool/driver/rules/0/defaultConfiguration/level must be equal to one of the allowed values',
      '/runs/0/results/0 must NOT have additional properties (severity)',
      '/runs/0/results/0/level must be equal to one of the allowed values',
      '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri must match format "uri-reference"',
      '/runs/0/results/0/locations/0/physicalLocation/region/startLine must be >= 1',
    ]);
  });

  it('artifact URIs are percent-encoded path segments (spaces, accents)', () => {
    const run = grille(['check', '--format', 'sarif', 'mes grilles/santé collective.grille'], {
      cwd: tempDir({ 'mes grilles/santé collective.grille': WRONG }),
    });
    const log = JSON.parse(run.stdout);
    assert.deepEqual(sarifErrors(log), []);
    assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'mes%20grilles/sant%C3%A9%20collective.grille');
  });

  it('without --rules-url, no dead link: no helpUri, no file: address; a relative --rules-url is refused', () => {
    const cwd = tempDir({ 'grille.grille': WRONG });
    const run = grille(['check', '--format', 'sarif', 'grille.grille'], { cwd });
    const log = JSON.parse(run.stdout);
    assert.deepEqual(
      log.runs[0].tool.driver.rules.filter((r: { helpUri?: string }) => r.helpUri),
      [],
    );
    assert.equal(log.runs[0].tool.driver.informationUri, undefined);
    assert.doesNotMatch(run.stdout, /file:/);
    const relative = grille(['check', '--format', 'sarif', '--rules-url', 'docs/rules.md', 'grille.grille'], { cwd });
    assert.equal(relative.code, 2);
    assert.match(relative.stderr, /une adresse absolue http\(s\) est attendue/);
  });

  it("the version is the package's (SARIF semanticVersion and --version)", () => {
    const version = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')).version;
    assert.equal(grille(['--version']).stdout, `${version}\n`);
    assert.equal(JSON.parse(grille(['check', '--format', 'sarif', 'samples/essentiel.grille']).stdout).runs[0].tool.driver.semanticVersion, version);
  });
});

describe('grille explain', () => {
  const GRID = dedent(`
    contrat "Test" millesime 2026 responsable base ro_inclus
    poste "Soins courants"
      consultation generaliste   dptam 200 % BR   non_dptam 180 % BR   non_conventionne 200 % BR
  `);

  it('FILE:LINE with a case: the trace with the parameters and their dates', () => {
    const run = grille(['explain', 'grille.grille:3', '--secteur', '3', '--prix', '50', '--date', '2026-03-02'], { cwd: tempDir({ 'grille.grille': GRID }) });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Secteur : non_conventionne\n  Sécu 0,43 € · mutuelle 0,79 € · reste 48,78 € \(prix 50,00 €, le 2026-03-02\)$/m);
    assert.match(run.stdout, /ta\.consultation_generaliste = 0\.61 depuis le 1966-03-09/);
  });

  it('a rule code: its documentation', () => {
    const run = grille(['explain', 'GR202']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^GR202 — Dépassements non DPTAM trop couverts \(CR-DH\)/);
    assert.match(run.stdout, /À éviter :\n  contrat "Exemple"/);
  });

  it('bad case options are refused with a clear message, exit 2', () => {
    const cwd = tempDir({ 'grille.grille': GRID });
    const runs = [
      ['--option', 'Confrt'],
      ['--date', '2026-13-45'],
      ['--date', '2026-02-30'],
      ['--age', 'x'],
      ['--quantite', '1,5'],
    ].map((options) => grille(['explain', 'grille.grille:3', ...options], { cwd }));
    assert.deepEqual(
      runs.map((r) => `${r.code} ${r.stderr.trimEnd()}`),
      [
        "2 grille : --option : la grille n'a pas d'option (« Confrt »).",
        '2 grille : --date : date invalide « 2026-13-45 » (aaaa-mm-jj, une date du calendrier).',
        '2 grille : --date : date invalide « 2026-02-30 » (aaaa-mm-jj, une date du calendrier).',
        '2 grille : --age : un âge en années est attendu (entier de 0 à 130), pas « x ».',
        '2 grille : --quantite : un entier de 1 à 366 est attendu, pas « 1,5 ».',
      ],
    );
  });

  it('an unknown option of the contract: did-you-mean, exit 2 (never the socle amounts)', () => {
    const run = grille(['explain', 'samples/entreprise-socle-option.grille:8', '--option', 'Confrt']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'grille : --option : option inconnue « Confrt ». Vouliez-vous dire « Confort » ? Options de la grille : Confort.\n');
  });

  it('a line with no computable column: its findings, exit 1', () => {
    const run = grille(['explain', 'samples/casse.grille:7']);
    assert.equal(run.code, 1);
    assert.deepEqual(run.stdout.split('\n'), [
      'Consultation de médecin spécialiste — consultation specialiste 150 % BX',
      '',
      'Incalculable : aucune colonne de garantie lisible sur cette ligne.',
      'Constats :',
      '  samples/casse.grille:7:38: erreur GR010 Unité inconnue « BX » après « % » (vouliez-vous dire « BR » ?).',
      '      consultation specialiste     150 % BX',
      '                                         ^^',
      '',
    ]);
  });

  it('a line that is not a guarantee: exit 2', () => {
    const run = grille(['explain', 'grille.grille:1'], { cwd: tempDir({ 'grille.grille': GRID }) });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'grille : pas de ligne de garantie calculable à la ligne 1.\n');
  });
});

describe('grille examples', () => {
  it('prints pass/fail with the computed amounts; --update rewrites only the wrong figures', () => {
    const text = WRONG.replace('attendu secu 19 €', '# un commentaire gardé\n  attendu secu 19 €');
    const cwd = tempDir({ 'grille.grille': text });
    const check = grille(['examples', 'grille.grille'], { cwd });
    assert.equal(check.code, 1);
    assert.equal(
      check.stdout,
      '✗ grille.grille:5 « R2 » consultation generaliste : Sécu 19,00 € · mutuelle 24,00 € · reste 7,00 € (mutuelle attendu 25,00 €)\n0 exemple(s) conforme(s), 1 en écart.\n',
    );
    const update = grille(['examples', '--update', 'grille.grille'], { cwd });
    assert.equal(update.code, 0);
    assert.equal(fs.readFileSync(path.join(cwd, 'grille.grille'), 'utf8'), text.replace('mutuelle 25 €', 'mutuelle 24,00 €'));
    assert.equal(grille(['examples', 'grille.grille'], { cwd }).code, 0);
  });
});

describe('grille examples: --update limits', () => {
  it('--update with standard input is refused (nothing to rewrite), exit 2', () => {
    const run = grille(['examples', '--update', '-'], { input: WRONG });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "grille : --update réécrit des fichiers : il ne s'emploie pas avec l'entrée standard (-).\n");
  });

  it('--update exits 1 when some examples cannot be computed (there is no amount to write)', () => {
    const cwd = tempDir({ 'g.grille': WRONG.replace('prix 50 €', 'prix 50 € date 2026-02-30') });
    const run = grille(['examples', '--update', 'g.grille'], { cwd });
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /incalculable/);
  });
});

describe('grille table', () => {
  const cwd = tempDir({ 'grille.grille': CLEAN });
  it('markdown: one row per line and sector with the amounts in euros', () => {
    const run = grille(['table', 'grille.grille'], { cwd });
    assert.equal(run.code, 0);
    assert.deepEqual(run.stdout.split('\n').slice(4, 8), [
      '| Poste | Acte | Secteur | Garantie | Prix typique | Sécu | Mutuelle | Reste à charge |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| Soins courants | Consultation de médecin généraliste | DPTAM | 150 % de la BR au total, Sécu incluse | 30,00 € | 19,00 € | 9,00 € | 2,00 € |',
      '| Soins courants | Consultation de médecin généraliste | non DPTAM | 130 % de la BR au total, Sécu incluse | 40,00 € | 14,10 € | 13,80 € | 12,10 € |',
    ]);
  });

  it('csv (semicolons) and html', () => {
    const csv = grille(['table', '--format', 'csv', 'grille.grille'], { cwd });
    assert.equal(
      csv.stdout.split('\n')[1],
      'Soins courants;Consultation de médecin généraliste;DPTAM;150 % de la BR au total, Sécu incluse;30,00 €;19,00 €;9,00 €;2,00 €',
    );
    // The HTML is the editor's grid preview as a standalone page (test/services/grid-preview.test.ts).
    const html = grille(['table', '--format', 'html', 'grille.grille'], { cwd });
    assert.equal(html.code, 0);
    assert.match(html.stdout, /^<!doctype html>/);
    assert.match(
      html.stdout.replace(/[\u00a0\u202f]/g, ' '),
      /Consultation de médecin généraliste<\/td><td>DPTAM<\/td><td class="num">30,00 €<\/td><td class="num">19,00 €<\/td>/,
    );
  });
});

describe('grille table: broken grids are not rendered silently', () => {
  it('a grid with errors: the table on stdout, the findings on stderr, exit 1; unknown acts and unreadable lines keep a row', () => {
    const run = grille(['table', 'samples/casse.grille']);
    assert.equal(run.code, 1);
    const rows = run.stdout.split('\n').filter((l) => l.startsWith('| Soins courants') || l.startsWith('| Hospitalisation'));
    assert.deepEqual(rows.slice(0, 3), [
      '| Soins courants | consultation generalste (acte inconnu) |  | consultation generalste 100 % BR ro_inclus ⚠ GR101 |  | incalculable | incalculable | incalculable |',
      '| Soins courants | Consultation de médecin spécialiste |  | consultation specialiste 150 % BX ⚠ GR010 |  | incalculable | incalculable | incalculable |',
      '| Soins courants | Ostéopathie | tous secteurs | 40,00 € par séance ; 4 séances par an au plus | 60,00 € | 0,00 € | 40,00 € | 20,00 € |',
    ]);
    assert.ok(
      rows.some((r) => r.includes('Forfait journalier hospitalier') && r.includes('⚠ GR104, GR113, GR206')),
      rows.join('\n'),
    );
    assert.match(run.stderr, /^samples\/casse\.grille:6:3: erreur GR101 Acte inconnu « consultation generalste »/m);
    assert.match(
      run.stderr,
      /^1 fichier\(s\), 13 erreur\(s\), 1 avertissement\(s\)\.\nLe tableau d'une grille avec des erreurs est à vérifier : grille check samples\/casse\.grille\.\n$/m,
    );
  });

  it('a binary file or a missing one: exit 2, nothing on stdout', () => {
    const cwd = tempDir({ 'image.grille': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) });
    assert.deepEqual(
      [grille(['table', 'image.grille'], { cwd }), grille(['table', 'absent.grille'], { cwd })].map((r) => `${r.code} ${r.stdout}${r.stderr.trimEnd()}`),
      ["2 grille : image.grille n'est pas une grille (fichier binaire).", '2 grille : lecture impossible de absent.grille : fichier introuvable (ENOENT).'],
    );
  });
});

describe('the real CLI on samples/', () => {
  // Every finding of the shipped samples, as `file:line:col severity CODE`.
  const EXPECTED = [
    'samples/accord-branche-socle-options.grille:54:39 info GR403',
    'samples/accord-branche-socle-options.grille:59:39 info GR403',
    'samples/accord-branche-socle-options.grille:64:31 info GR403',
    'samples/casse.grille:3:1 error GR214',
    'samples/casse.grille:3:1 warning GR217',
    'samples/casse.grille:5:1 error GR007',
    'samples/casse.grille:6:3 error GR101',
    'samples/casse.grille:7:38 error GR010',
    'samples/casse.grille:9:32 error GR104',
    'samples/casse.grille:10:51 error GR001',
    'samples/casse.grille:11:1 hint GR502',
    'samples/casse.grille:11:7 error GR002',
    'samples/casse.grille:12:32 error GR104',
    'samples/casse.grille:12:32 error GR113',
    'samples/casse.grille:12:32 error GR206',
    'samples/casse.grille:15:35 error GR004',
    'samples/casse.grille:18:29 error GR401',
    'samples/casse.grille:18:40 error GR401',
    'samples/entreprise-socle-option.grille:59:31 info GR403',
    'samples/entreprise-socle-surcomplementaires.grille:78:43 info GR403',
    'samples/entreprise-socle-surcomplementaires.grille:85:43 info GR403',
    'samples/entreprise-socle-surcomplementaires.grille:98:34 info GR403',
    'samples/entreprise-socle-surcomplementaires.grille:106:35 info GR403',
    'samples/entreprise-socle-surcomplementaires.grille:109:35 info GR403',
    'samples/essentiel.grille:47:27 info GR403',
    'samples/gamme-quatre-formules.grille:58:39 info GR403',
    'samples/gamme-quatre-formules.grille:63:39 info GR403',
    'samples/gamme-quatre-formules.grille:68:42 info GR403',
    'samples/gamme-quatre-formules.grille:89:31 info GR403',
    'samples/secteur3-article.grille:13:70 warning GR115',
    'samples/secteur3-article.grille:23:16 error GR401',
    'samples/secteur3-article.grille:23:32 error GR401',
    'samples/secteur3-article.grille:23:45 error GR401',
    'samples/secteur3-article.grille:31:16 error GR401',
    'samples/secteur3-article.grille:31:46 error GR401',
  ];
  const FR = { error: 'erreur', warning: 'avertissement', info: 'info', hint: 'suggestion' } as Record<string, string>;

  it('check samples (text): every finding, exit 1', () => {
    const run = grille(['check', 'samples']);
    assert.equal(run.code, 1);
    const found = run.stdout.split('\n').flatMap((l) => {
      const m = /^(\S+):(\d+):(\d+): (\S+) (GR\d{3}) /.exec(l);
      return m ? [`${m[1]}:${m[2]}:${m[3]} ${Object.keys(FR).find((k) => FR[k] === m[4])} ${m[5]}`] : [];
    });
    assert.deepEqual(found, EXPECTED);
    assert.match(run.stdout, /^9 fichier\(s\), 18 erreur\(s\), 2 avertissement\(s\)\.\n$/m);
  });

  it('check samples --format json: the same findings, exit 1', () => {
    const run = grille(['check', '--format', 'json', 'samples']);
    assert.equal(run.code, 1);
    const json = JSON.parse(run.stdout) as { files: { file: string; findings: { line: number; column: number; severity: string; code: string }[] }[] };
    assert.equal(json.files.length, 9);
    assert.deepEqual(
      json.files.flatMap((f) => f.findings.map((x) => `${f.file}:${x.line}:${x.column} ${x.severity} ${x.code}`)),
      EXPECTED,
    );
  });

  it('check samples --format sarif: valid against the schema, the same findings, exit 1', () => {
    const run = grille(['check', '--format', 'sarif', '--rules-url', 'https://example.org/docs/rules.md', 'samples']);
    assert.equal(run.code, 1);
    const log = JSON.parse(run.stdout);
    assert.deepEqual(sarifErrors(log), []);
    const level = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as Record<string, string>;
    assert.deepEqual(
      log.runs[0].results.map(
        (r: {
          ruleId: string;
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
        }) => {
          const p = r.locations[0]!.physicalLocation;
          return `${p.artifactLocation.uri}:${p.region.startLine}:${p.region.startColumn} ${r.level} ${r.ruleId}`;
        },
      ),
      EXPECTED.map((e) => e.replace(/ (\w+) (GR\d+)$/, (_, s: string, c: string) => ` ${level[s]} ${c}`)),
    );
  });

  it('check samples --format github: one annotation per finding, exit 1', () => {
    const run = grille(['check', '--format', 'github', 'samples']);
    assert.equal(run.code, 1);
    const annotations = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => /^::(\w+) file=([^,]+),line=(\d+),col=(\d+),.*title=(GR\d{3})::/.exec(l)!)
      .map((m) => `${m[2]}:${m[3]}:${m[4]} ${m[1]} ${m[5]}`);
    const level = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as Record<string, string>;
    assert.deepEqual(
      annotations,
      EXPECTED.map((e) => e.replace(/ (\w+) (GR\d+)$/, (_, s: string, c: string) => ` ${level[s]} ${c}`)),
    );
  });

  it('examples samples: the two wrong examples of casse and secteur3-article fail, exit 1', () => {
    const run = grille(['examples', 'samples']);
    assert.equal(run.code, 1);
    assert.deepEqual(
      run.stdout
        .split('\n')
        .filter((l) => l.startsWith('✗'))
        .map((l) => l.split(' « ')[0]),
      ['✗ samples/casse.grille:15', '✗ samples/casse.grille:17', '✗ samples/secteur3-article.grille:22', '✗ samples/secteur3-article.grille:30'],
    );
    assert.match(run.stdout, /\n34 exemple\(s\) conforme\(s\), 4 en écart\.\n$/);
  });

  it('table on a clean sample: exit 0, nothing on stderr, limits in the plural', () => {
    const run = grille(['table', 'samples/confort-plus.grille']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^# /);
    assert.match(run.stdout, /\| Chambre particulière \| tous secteurs \| 2 % du PMSS par jour ; 60 jours par an au plus \|/);
    assert.match(run.stdout, /4 séances par an au plus/);
  });
});

describe('the packed package', () => {
  it('npm pack lists every file bin/grille.js loads, the config schema and the docs', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot(), encoding: 'utf8', timeout: 120_000 });
    assert.equal(pack.status, 0, pack.stderr);
    const packed = new Set((JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
    // What the CLI really loads from the package (not node_modules), found by running it.
    const probe = spawnSync(
      process.execPath,
      [
        '-e',
        `process.argv=[process.argv[0],'grille','--version'];require('./bin/grille.js');process.on('exit',()=>process.stderr.write(JSON.stringify(Object.keys(require.cache))))`,
      ],
      { cwd: repoRoot(), encoding: 'utf8' },
    );
    const root = repoRoot() + path.sep;
    const loaded = (JSON.parse(probe.stderr) as string[])
      .filter((f) => f.startsWith(root) && !f.includes(`${path.sep}node_modules${path.sep}`))
      .map((f) => f.slice(root.length).split(path.sep).join('/'));
    assert.ok(loaded.includes('out/server/src/cli/main.js'), loaded.join('\n'));
    assert.deepEqual(
      loaded.filter((f) => !packed.has(f)),
      [],
    );
    for (const file of ['bin/grille.js', 'package.json', 'server/src/cli/grille-config.schema.json', 'docs/rules.md', 'out/server/src/core/analyze.js'])
      assert.ok(packed.has(file), file);
  });
});

describe('the SARIF schema used by these tests', () => {
  it("is the copy Microsoft's SARIF multitool ships (byte for byte, where the multitool is installed)", (t) => {
    const shipped = ['linux', 'darwin', 'win32']
      .map((os) => path.join(repoRoot(), 'node_modules', '@microsoft', `sarif-multitool-${os}`, 'sarif-2.1.0.json'))
      .find((f) => fs.existsSync(f));
    if (!shipped) return t.skip('no @microsoft/sarif-multitool-<os> installed');
    assert.equal(fs.readFileSync(path.join(repoRoot(), 'test', 'cli', 'fixtures', 'sarif-2.1.0.json'), 'utf8'), fs.readFileSync(shipped, 'utf8'));
  });
});
