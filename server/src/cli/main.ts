/**
 * `grille`: the audit CLI. A thin front end over core/analyze, the same pipeline as the editor.
 * Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage, read or internal error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { analyze, applySeverityOverrides } from '../core';
import { explainCode, explainLineAt, type CaseOptions } from './commands/explain';
import { runExamplesCommand } from './commands/examples';
import { renderTable, type TableFormat } from './commands/table';
import { demo } from './commands/demo';
import { type DiffFormat, type DiffGate, diffFiles, diffJson, diffMarkdown, diffPairs, diffText, readGates, trippedGates } from './commands/diff';
import { ConfigError, loadConfig } from '../services/config';
import { formatGithub } from './formats/github';
import { formatJson } from './formats/json';
import type { FileReport } from './formats/report';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { gridText, InputError, readGrid, resolveInputs } from './inputs';
import { readCount } from './option-values';
import type { ImportCommandOptions } from './commands/import/run';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  readStdin: () => string;
  isTty: boolean;
}

function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** The package's version, from its package.json (one place to bump). */
function packageVersion(): string {
  try {
    const { version } = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function absoluteUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // reported below
  }
  throw new InvalidArgumentError('une adresse absolue http(s) est attendue (https://…/docs/rules.md).');
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  cwd: process.cwd(),
  readStdin: () => gridText(fs.readFileSync(0), '<stdin>'),
  isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};

function gates(value: string): DiffGate[] {
  const read = readGates(value);
  if (typeof read === 'string') throw new InvalidArgumentError(read);
  return read;
}

function nonNegativeInteger(value: string): number {
  const n = readCount(value);
  if (n === null) throw new InvalidArgumentError('un entier positif ou nul en chiffres décimaux est attendu (0, 10…).');
  return n;
}

/**
 * Runs a command: its exit code, or a promise of it for a command that reads asynchronously
 * (`import`: the spreadsheet library reads a workbook with promises).
 */
export function main(argv: string[], io: Io = defaultIo): number | Promise<number> {
  let exitCode = 0;
  let pending: Promise<number> | undefined;
  const VERSION = packageVersion();
  const program = new Command();
  program
    .name('grille')
    .description("Audit des tableaux de garanties de complémentaire santé (même moteur que l'éditeur).")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError();

  program
    .command('check')
    .description("tous les constats du registre de règles, sur des fichiers, dossiers, motifs ou l'entrée standard (-)")
    .argument('[chemins...]', "fichiers, dossiers, motifs (« grilles/**/*.grille ») ou - pour l'entrée standard", ['.'])
    .addOption(new Option('-f, --format <format>', 'format de sortie').choices(['text', 'json', 'sarif', 'github']).default('text'))
    .addOption(new Option('--severity <niveau>', 'gravité à partir de laquelle le code de sortie vaut 1').choices(['error', 'warning']).default('error'))
    .option('--max-warnings <n>', 'code de sortie 1 au-delà de n avertissements', nonNegativeInteger)
    .option('-c, --config <fichier>', "fichier de configuration (par défaut grille.config.json du dossier ou d'un parent)")
    .option('--rules-url <url>', 'adresse absolue du catalogue des règles (docs/rules.md) pour les liens SARIF ; sans elle, pas de lien', absoluteUrl)
    .action((patterns: string[], options: { format: string; severity: 'error' | 'warning'; maxWarnings?: number; config?: string; rulesUrl?: string }) => {
      const config = loadConfig(options.config, io.cwd);
      const inputs = resolveInputs(patterns, io.cwd, io.readStdin);
      const reports: FileReport[] = inputs.map((input) => {
        const analysis = analyze(input.text);
        return { input, analysis, diagnostics: applySeverityOverrides(analysis.diagnostics, config.severity) };
      });
      const all = reports.flatMap((r) => r.diagnostics);
      const errors = all.filter((d) => d.severity === 'error').length;
      const warnings = all.filter((d) => d.severity === 'warning').length;
      switch (options.format) {
        case 'json':
          io.out(formatJson(reports));
          break;
        case 'sarif':
          io.out(formatSarif(reports, VERSION, options.rulesUrl));
          break;
        case 'github': {
          const text = formatGithub(reports);
          if (text) io.out(text);
          break;
        }
        default:
          io.out(formatText(reports, io.isTty));
      }
      const failing = errors > 0 || (options.severity === 'warning' && warnings > 0) || (options.maxWarnings !== undefined && warnings > options.maxWarnings);
      exitCode = failing ? 1 : 0;
    });

  program
    .command('explain')
    .description(
      "le calcul pas à pas d'une ligne (FICHIER:LIGNE, ou FICHIER:LIGNE:COLONNE pour la cellule d'une formule), ou la documentation d'une règle (GR123)",
    )
    .argument('<cible>', 'FICHIER:LIGNE, FICHIER:LIGNE:COLONNE ou code de règle')
    .option('--secteur <secteur>', '1, 2, 2-optam, 2-non-optam, 3 ou inconnu')
    .option('--prix <euros>', 'prix facturé (par unité)')
    .option('--date <date>', 'date des soins (aaaa-mm-jj)')
    .option('--quantite <n>', 'jours, nuits, séances…')
    .option('--age <ans>', 'âge du bénéficiaire')
    .option('--situation <liste>', 'hors_parcours, ald, maternite, css, psychiatrie, hospitalise (séparés par des virgules)')
    .option('--option <nom>', 'option du contrat à appliquer')
    .option('--formule <nom ou n°>', 'formule côte à côte à expliquer : son nom, ou son rang (1 pour la première) ; sans elle, toutes celles de la ligne')
    .action((target: string, options: CaseOptions) => {
      if (/^GR\d{3}$/i.test(target)) {
        io.out(explainCode(target.toUpperCase()));
        return;
      }
      // FILE:LINE:COLUMN (the cell of a formula) or FILE:LINE.
      const cell = /^(.+):(\d+):(\d+)$/.exec(target);
      const match = cell ?? /^(.*):(\d+)$/.exec(target);
      if (!match) throw new InputError(`« ${target} » : FICHIER:LIGNE ou un code de règle (GR123) est attendu.`);
      const result = explainLineAt(readGrid(match[1]!, io.cwd), Number(match[2]), options, cell ? Number(cell[3]) : undefined);
      io.out(result.text);
      exitCode = result.exitCode;
    });

  program
    .command('examples')
    .description('calcule les exemples des grilles et les compare aux montants attendus')
    .argument('[chemins...]', 'fichiers, dossiers ou motifs', ['.'])
    .option('--update', 'réécrit les montants attendus avec les montants calculés (mise en page et commentaires conservés ; pas avec -)')
    .action((patterns: string[], options: { update?: boolean }) => {
      if (options.update && patterns.includes('-')) throw new InputError("--update réécrit des fichiers : il ne s'emploie pas avec l'entrée standard (-).");
      const inputs = resolveInputs(patterns, io.cwd, io.readStdin);
      const result = runExamplesCommand(inputs, io.cwd, Boolean(options.update));
      io.out(result.text);
      // With --update, the mismatches are fixed; examples that could not be computed are not.
      exitCode = (options.update ? result.incalculable : result.failures) > 0 ? 1 : 0;
    });

  program
    .command('table')
    .description('le tableau de garanties lisible, avec ce que paie chaque ligne au prix typique par secteur')
    .argument('<fichier>', 'la grille')
    .addOption(new Option('-f, --format <format>', 'format').choices(['md', 'html', 'csv']).default('md'))
    .option('-c, --config <fichier>', "fichier de configuration (par défaut grille.config.json du dossier ou d'un parent)")
    .action((file: string, options: { format: TableFormat; config?: string }) => {
      const config = loadConfig(options.config, io.cwd);
      const input = readGrid(file, io.cwd);
      const analysis = analyze(input.text);
      const diagnostics = applySeverityOverrides(analysis.diagnostics, config.severity);
      io.out(renderTable(analysis, options.format, diagnostics));
      // The findings go to stderr (the table itself stays clean for redirection); errors: exit 1.
      const serious = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
      if (serious.length > 0) {
        io.err(
          `${formatText([{ input, analysis, diagnostics: serious }], false, true)}\nLe tableau d'une grille avec des erreurs est à vérifier : grille check ${input.name}.`,
        );
      }
      exitCode = serious.some((d) => d.severity === 'error') ? 1 : 0;
    });

  program
    .command('diff')
    .description('ce qui change entre deux versions d’une grille pour les assurés : cellules, montants aux prix représentatifs, constats, exemples')
    .argument('<avant>', 'la version d’avant : un fichier, RÉV:CHEMIN (un fichier à une révision git), ou RÉV1..RÉV2 (avec un dossier après)')
    .argument('<après>', 'la nouvelle version : un fichier, RÉV:CHEMIN, ou le dossier comparé entre RÉV1 et RÉV2')
    .addOption(new Option('-f, --format <format>', 'format de sortie').choices(['text', 'markdown', 'json']).default('text'))
    .option(
      '--fail-on <barrières>',
      'code de sortie 1 si : reduction (un remboursement baisse à un prix comparé), new-error (une erreur apparaît) ; séparés par des virgules',
      gates,
    )
    .option('-c, --config <fichier>', "fichier de configuration (par défaut grille.config.json du dossier ou d'un parent)")
    .action((before: string, after: string, options: { format: DiffFormat; failOn?: DiffGate[]; config?: string }) => {
      const config = loadConfig(options.config, io.cwd);
      const files = diffFiles(diffPairs(before, after, io.cwd), config.severity);
      const failOn = options.failOn ?? [];
      io.out(options.format === 'json' ? diffJson(files, failOn) : options.format === 'markdown' ? diffMarkdown(files) : diffText(files));
      exitCode = trippedGates(files, failOn).length > 0 ? 1 : 0;
    });

  program
    .command('demo')
    .description("aperçus, exemples et constats de toutes les grilles d'un dossier")
    .argument('[dossier]', 'le dossier', 'samples')
    .action((dir: string) => {
      io.out(demo(resolveInputs([dir], io.cwd, io.readStdin)));
    });

  program
    .command('import')
    .description('un brouillon de grille (.grille) depuis un tableau .csv, .xlsx ou .html : lignes = actes, colonnes = formules, cellules telles qu’imprimées')
    .argument('<fichier>', 'le tableau : .csv (séparateur ; , ou tabulation), .xlsx ou .html')
    .option('-o, --out <fichier>', 'écrit le brouillon dans ce fichier (sinon sur la sortie standard) ; un fichier existant est gardé')
    .option('--force', 'remplace le fichier de --out s’il existe')
    .option('--sheet <nom ou n°>', 'la feuille du classeur (son nom ou son rang), le tableau de la page HTML (son rang)')
    .option('--header-row <n>', "la ligne d'en-tête (1 pour la première, 0 pour aucune) ; sans elle, trouvée")
    .option('--acts-column <colonne>', 'la colonne des libellés d’actes : lettre (A), rang (1) ou texte de l’en-tête')
    .option('--formula-columns <colonnes>', 'les colonnes des formules : B-E, B,C,E ou les textes des en-têtes (Socle,Option 1)')
    .option('--separator <car>', 'le séparateur du CSV : ; , tab ou | (sinon détecté)')
    .option('--contrat <nom>', 'le nom du contrat (sinon celui de la feuille, du titre ou du fichier)')
    .option('--millesime <année>', 'le millésime (sinon une année lue dans le titre ou le nom du fichier, sinon l’année en cours)')
    .addOption(
      new Option('--stacking <mode>', 'empilement des formules après la première (sinon inclut_socle pour « Socle » + « Option … », seule ailleurs)').choices([
        'inclut_socle',
        'en_sus_du_socle',
        'seule',
      ]),
    )
    .action((file: string, options: ImportCommandOptions & { contrat?: string }) => {
      // Loaded now: `check` and the other commands never load the table readers' libraries.
      const { contrat, ...rest } = options;
      pending = import('./commands/import/run.js').then(({ runImport }) =>
        runImport(file, { ...rest, ...(contrat !== undefined ? { contract: contrat } : {}) }, io),
      );
    });

  const failure = (error: unknown): number => {
    if (error instanceof CommanderError) {
      // Help and version print and exit 0; usage errors are 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof InputError || error instanceof ConfigError) {
      io.err(`grille : ${error.message}`);
      return 2;
    }
    io.err(`grille : erreur interne : ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  };
  try {
    program.parse(argv, { from: 'user' });
    return pending ? pending.catch(failure) : exitCode;
  } catch (error) {
    return failure(error);
  }
}

if (require.main === module) {
  void Promise.resolve(main(process.argv.slice(2))).then((code) => (process.exitCode = code));
}
