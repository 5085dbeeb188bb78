/**
 * `grille`: the command-line front end. A thin adapter over core/analyze: the same findings and
 * amounts as the editor. Commands: check, apercu (previews), explain, demo.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, type Analysis } from '../core/analyze';
import type { Reimbursement } from '../core/engine/compute';
import { plainSpaces, formatEuros } from '../core/engine/money';
import { previewLine } from '../core/engine/simulate';
import type { Diagnostic } from '../core/diagnostics/diagnostic';

const USAGE = `grille — tableaux de garanties de complémentaire santé

Usage :
  grille check <fichiers ou dossiers…>   constats (erreurs, avertissements) de chaque grille
  grille apercu <fichier>                ce que paie chaque ligne au prix typique, par secteur
  grille explain <fichier>:<ligne>       le calcul pas à pas de la ligne (au prix typique)
  grille demo [dossier]                  constats, aperçus et exemples de toutes les grilles du dossier

Codes de sortie : 0 aucun constat bloquant, 1 erreurs trouvées, 2 usage ou erreur interne.`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = { out: (t) => process.stdout.write(t + '\n'), err: (t) => process.stderr.write(t + '\n') };

export function main(argv: string[], io: Io = defaultIo): number {
  try {
    const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: {} });
    const [command, ...rest] = positionals;
    switch (command) {
      case 'check':
        return check(rest, io);
      case 'apercu':
        return apercu(rest, io);
      case 'explain':
        return explain(rest, io);
      case 'demo':
        return demo(rest, io);
      case undefined:
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.err(`Commande inconnue « ${command} ».\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    io.err(`grille : ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

/** Grid files named directly or found in folders, sorted. */
function gridFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new Error(`fichier ou dossier introuvable : ${p}`);
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) if (name.endsWith('.grille')) files.push(path.join(p, name));
    } else {
      files.push(p);
    }
  }
  return files;
}

function readGrid(file: string): Analysis {
  return analyze(fs.readFileSync(file, 'utf8'));
}

const SEVERITY_FR: Record<Diagnostic['severity'], string> = { error: 'erreur', warning: 'avertissement', info: 'info', hint: 'suggestion' };

function renderDiagnostic(file: string, analysis: Analysis, d: Diagnostic): string {
  const start = analysis.lineIndex.positionAt(d.range.start);
  const end = analysis.lineIndex.positionAt(d.range.end);
  const source = analysis.text.slice(analysis.lineIndex.lineStart(start.line), analysis.lineIndex.lineEnd(start.line));
  const width = Math.max(1, end.line === start.line ? end.character - start.character : source.length - start.character);
  return [
    `${file}:${start.line + 1}:${start.character + 1}: ${SEVERITY_FR[d.severity]} ${d.code} ${plainSpaces(d.message)}`,
    `  ${source}`,
    `  ${' '.repeat(start.character)}${'^'.repeat(width)}`,
  ].join('\n');
}

function check(paths: string[], io: Io): number {
  if (paths.length === 0) {
    io.err('grille check : donnez au moins un fichier ou un dossier.');
    return 2;
  }
  let errors = 0;
  let warnings = 0;
  for (const file of gridFiles(paths)) {
    const analysis = readGrid(file);
    for (const d of analysis.diagnostics) {
      io.out(renderDiagnostic(file, analysis, d));
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  }
  io.out(`${errors} erreur(s), ${warnings} avertissement(s).`);
  return errors > 0 ? 1 : 0;
}

function amounts(r: Reimbursement): string {
  if (!r.ok) return `incalculable (${r.problems.join(' ')})`;
  return plainSpaces(`Sécu ${formatEuros(r.amoNet)} · mutuelle ${formatEuros(r.amc)} · reste ${formatEuros(r.reste)}`);
}

const COLUMN_FR = { all: '', dptam: 'DPTAM', non_dptam: 'non DPTAM', non_conventionne: 'non conv.' } as const;

function previews(analysis: Analysis): string[] {
  const out: string[] = [];
  for (const line of analysis.model.lines) {
    if (!line.act) continue;
    const lineNumber = analysis.lineIndex.positionAt(line.node.range.start).line + 1;
    const where = line.option ? ` [option ${line.option.name}]` : '';
    for (const p of previewLine(analysis.model, line)) {
      const column = COLUMN_FR[p.column];
      out.push(`  ${String(lineNumber).padStart(4)}  ${line.act.label}${where}${column ? ` (${column})` : ''}, ${plainSpaces(formatEuros(p.result.price))} : ${amounts(p.result)}`);
    }
  }
  return out;
}

function apercu(args: string[], io: Io): number {
  if (args.length !== 1) {
    io.err('grille apercu : donnez un fichier.');
    return 2;
  }
  const analysis = readGrid(args[0]!);
  for (const line of previews(analysis)) io.out(line);
  return 0;
}

function explain(args: string[], io: Io): number {
  const match = args.length === 1 ? /^(.*):(\d+)$/.exec(args[0]!) : null;
  if (!match) {
    io.err('grille explain : donnez <fichier>:<ligne>.');
    return 2;
  }
  const analysis = readGrid(match[1]!);
  const lineNumber = Number(match[2]) - 1;
  const line = analysis.model.lines.find((l) => {
    const start = analysis.lineIndex.positionAt(l.node.range.start).line;
    const end = analysis.lineIndex.positionAt(l.node.range.end).line;
    return start <= lineNumber && lineNumber <= end;
  });
  if (!line || !line.act) {
    io.err(`grille explain : pas de ligne de garantie calculable à la ligne ${lineNumber + 1}.`);
    return 2;
  }
  for (const p of previewLine(analysis.model, line)) {
    io.out(`${line.act.label} — ${COLUMN_FR[p.column] || 'tous secteurs'} — ${amounts(p.result)}`);
    for (const step of p.result.trace) {
      const params = step.parameters?.map((q) => `${q.id} = ${q.value} depuis le ${q.start} (${q.source})`).join(' ; ');
      io.out(`  • ${step.step} : ${plainSpaces(step.text)}${params ? `\n      paramètres : ${params}` : ''}`);
    }
    io.out('');
  }
  return 0;
}

function demo(args: string[], io: Io): number {
  const dir = args[0] ?? 'samples';
  let errors = 0;
  for (const file of gridFiles([dir])) {
    const analysis = readGrid(file);
    const contract = analysis.model.contract;
    io.out(`\n━━ ${file} — ${contract.name ?? '(sans nom)'}${contract.millesime ? `, millésime ${contract.millesime}` : ''}${contract.responsible ? ', responsable' : ''}`);
    io.out('Aperçus au prix typique :');
    for (const line of previews(analysis)) io.out(line);
    const examples = analysis.examples.flatMap((e) => e.events.map((ev) => ({ name: e.example.name, ev })));
    if (examples.length > 0) {
      io.out('Exemples :');
      for (const { name, ev } of examples) {
        const status = ev.total === null ? 'incalculable' : ev.mismatches.length > 0 ? 'ÉCHEC' : ev.event.expected ? 'ok' : 'calculé';
        const total = ev.total ? plainSpaces(`Sécu ${formatEuros(ev.total.secu)} · mutuelle ${formatEuros(ev.total.mutuelle)} · reste ${formatEuros(ev.total.reste)}`) : '';
        io.out(`  [${status}] ${name} — ${ev.event.node.act.text} : ${total}`);
      }
    }
    if (analysis.diagnostics.length > 0) {
      io.out('Constats :');
      for (const d of analysis.diagnostics) {
        io.out(renderDiagnostic(file, analysis, d).replace(/^/gm, '  '));
        if (d.severity === 'error') errors++;
      }
    }
  }
  io.out(`\n${errors} erreur(s) au total. Détail d'un calcul : grille explain <fichier>:<ligne>.`);
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
