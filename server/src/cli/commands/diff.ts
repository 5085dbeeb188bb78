/**
 * `grille diff OLD NEW`: what changed between two versions of a grid for the people it pays
 * (services/grid-diff.ts), as text for the terminal, Markdown for a pull-request comment, or JSON
 * for tools; `--fail-on` gates a CI on a reduction or a new error.
 *
 * OLD and NEW are files, or `REV:PATH` (a file at a git revision, read with `git show`), or OLD is
 * a range `REV1..REV2` and NEW a folder: every `.grille` file under it in either revision, matched
 * by path. Git runs without a shell (`execFileSync`), in the current folder.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type Decimal from 'decimal.js';
import { analyze, applySeverityOverrides, formatEuros, plainSpaces, type SeverityOverrides, signedEuros } from '../../core';
import {
  type CellChange,
  type DiffAmounts,
  type ExampleChange,
  type FindingChange,
  gridDiff,
  type GridDiff,
  noDifference,
  type PricePoint,
} from '../../services/grid-diff';
import { gridText, InputError, readGrid } from '../inputs';

export type DiffFormat = 'text' | 'markdown' | 'json';
export type DiffGate = 'reduction' | 'new-error';
export const DIFF_GATES: DiffGate[] = ['reduction', 'new-error'];

/** One compared file: both versions, or one of them (a file added or removed between two revisions). */
export interface DiffPair {
  /** As shown: `grilles/x.grille`, `HEAD~1:grilles/x.grille`. */
  oldName: string | null;
  newName: string | null;
  oldText: string | null;
  newText: string | null;
}

export interface FileDiff {
  pair: DiffPair;
  status: 'changed' | 'unchanged' | 'added' | 'removed';
  diff: GridDiff | null;
  /** The error findings of a file only in the new revision (all of them are new). */
  newErrors: number;
}

// ——— Reading the two versions ———

function git(args: string[], cwd: string): Buffer {
  try {
    return execFileSync('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { code?: string; stderr?: Buffer };
    if (e.code === 'ENOENT') throw new InputError('git est introuvable : installez-le pour comparer des révisions.');
    const said = e.stderr?.toString('utf8').trim().split('\n')[0] ?? '';
    throw new InputError(`git ${args.join(' ')} : ${said || 'échec'}.`);
  }
}

/** `REV:PATH`: the file at that revision (PATH as git reads it: from the repository's root, or `./…` from the current folder). */
function readAtRevision(spec: string, cwd: string): { name: string; text: string } {
  return { name: spec, text: gridText(git(['show', spec], cwd), spec) };
}

const REVISION_FILE = /^([^:]+):(.+)$/;
const RANGE = /^([^.][^\s]*?)\.\.([^.][^\s]*)$/;

function isExisting(file: string, cwd: string): boolean {
  return fs.existsSync(path.resolve(cwd, file));
}

function readSide(spec: string, cwd: string): { name: string; text: string } {
  if (!isExisting(spec, cwd) && REVISION_FILE.test(spec)) return readAtRevision(spec, cwd);
  const input = readGrid(spec, cwd);
  return { name: input.name, text: input.text };
}

/** The `.grille` files under `folder` at a revision, relative to the current folder. */
function filesAtRevision(revision: string, folder: string, cwd: string): string[] {
  const out = git(['ls-tree', '-r', '--name-only', revision, '--', folder], cwd).toString('utf8');
  return out
    .split('\n')
    .filter((f) => f.toLowerCase().endsWith('.grille'))
    .sort();
}

/** The pairs to compare, from the command's two arguments. */
export function diffPairs(oldSpec: string, newSpec: string, cwd: string): DiffPair[] {
  const range = !isExisting(oldSpec, cwd) ? RANGE.exec(oldSpec) : null;
  if (range) {
    const [, from, to] = range as unknown as [string, string, string];
    const folder = newSpec;
    const before = filesAtRevision(from, folder, cwd);
    const after = filesAtRevision(to, folder, cwd);
    const all = [...new Set([...before, ...after])].sort();
    if (all.length === 0) throw new InputError(`aucune grille dans ${folder} en ${from} ni en ${to}.`);
    return all.map((file) => {
      const o = before.includes(file) ? readAtRevision(`${from}:./${file}`, cwd) : null;
      const n = after.includes(file) ? readAtRevision(`${to}:./${file}`, cwd) : null;
      return { oldName: o ? `${from}:${file}` : null, newName: n ? `${to}:${file}` : null, oldText: o?.text ?? null, newText: n?.text ?? null };
    });
  }
  const o = readSide(oldSpec, cwd);
  const n = readSide(newSpec, cwd);
  return [{ oldName: o.name, newName: n.name, oldText: o.text, newText: n.text }];
}

// ——— Comparing ———

export function diffFiles(pairs: DiffPair[], severity: SeverityOverrides): FileDiff[] {
  return pairs.map((pair): FileDiff => {
    if (pair.oldText === null || pair.newText === null) {
      const text = (pair.newText ?? pair.oldText)!;
      const analysis = analyze(text);
      const errors = applySeverityOverrides(analysis.diagnostics, severity).filter((d) => d.severity === 'error').length;
      return { pair, status: pair.newText === null ? 'removed' : 'added', diff: null, newErrors: pair.newText === null ? 0 : errors };
    }
    const before = analyze(pair.oldText);
    const after = analyze(pair.newText);
    const diff = gridDiff(before, after, {
      oldDiagnostics: applySeverityOverrides(before.diagnostics, severity),
      newDiagnostics: applySeverityOverrides(after.diagnostics, severity),
    });
    return { pair, status: noDifference(diff) ? 'unchanged' : 'changed', diff, newErrors: diff.findings.added.filter((f) => f.severity === 'error').length };
  });
}

/** The gates that trip: a reimbursement that goes down at some priced point, a new error finding. */
export function trippedGates(files: FileDiff[], gates: DiffGate[]): DiffGate[] {
  return gates.filter((gate) => (gate === 'reduction' ? files.some((f) => f.diff?.cells.some((c) => c.reduction)) : files.some((f) => f.newErrors > 0)));
}

// ——— Words ———

const SECTOR: Record<CellChange['sector'], string> = { all: 'tous secteurs', dptam: 'DPTAM', non_dptam: 'non DPTAM', non_conventionne: 'non conventionné' };
const POINT: Record<PricePoint['kind'], string> = { tarif: 'au tarif de convention', typique: 'au prix typique', double: 'au double du prix typique' };
const SEVERITY: Record<FindingChange['severity'], string> = { error: 'erreur', warning: 'avertissement', info: 'information', hint: 'indice' };
const euros = (d: Decimal) => plainSpaces(formatEuros(d));
const signed = (d: Decimal) => plainSpaces(signedEuros(d));
const frenchDay = (date: string) => date.split('-').reverse().join('/');
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

function versionText(v: GridDiff['old']): string {
  return [v.title ? `« ${v.title} »` : 'sans nom', v.millesime ? `millésime ${v.millesime}` : '', v.date ? `effet ${frenchDay(v.date)}` : '']
    .filter(Boolean)
    .join(', ');
}

/** « Honoraires chirurgicaux (psychiatrie), non DPTAM, formule « Option 2 » ». */
function cellTitle(c: CellChange): string {
  return [`${c.act}${c.conditions ? ` (${c.conditions})` : ''}`, c.sector === 'all' ? '' : SECTOR[c.sector], c.column ? `« ${c.column} »` : '']
    .filter(Boolean)
    .join(', ');
}

const KIND: Record<CellChange['kind'], string> = { changed: 'modifiée', added: 'ajoutée', removed: 'retirée' };

function trend(c: CellChange): string {
  if (c.reduction && c.increase) return 'en hausse ou en baisse selon le prix';
  if (c.reduction) return 'en baisse';
  if (c.increase) return 'en hausse';
  return c.points.length > 0 ? 'montants inchangés' : 'incalculable';
}

/** `9,00 € → 24,00 €`, or `9,00 €` when equal, `—` for what is not computed. */
function change(x: Decimal | undefined, y: Decimal | undefined): string {
  if (x && y) return x.eq(y) ? euros(x) : `${euros(x)} → ${euros(y)}`;
  return `${x ? euros(x) : '—'} → ${y ? euros(y) : '—'}`;
}

function pointText(p: PricePoint): string {
  const field = (k: keyof DiffAmounts) => change(p.before?.[k], p.after?.[k]);
  const difference = p.difference ? ` : ${p.difference.isZero() ? 'inchangé' : signed(p.difference)}` : '';
  return `${POINT[p.kind]} (${euros(p.price)}) : Sécu ${field('secu')} · mutuelle ${field('mutuelle')} · reste ${field('reste')}${difference}`;
}

function summary(diff: GridDiff): string {
  const count = (kind: CellChange['kind']) => diff.cells.filter((c) => c.kind === kind).length;
  const down = diff.cells.filter((c) => c.reduction).length;
  const up = diff.cells.filter((c) => c.increase).length;
  const parts = [
    `${plural(count('changed'), 'cellule modifiée', 'cellules modifiées')}, ${count('added')} ajoutée${count('added') > 1 ? 's' : ''}, ${count('removed')} retirée${count('removed') > 1 ? 's' : ''} (${down} en baisse, ${up} en hausse)`,
    `${plural(diff.findings.added.length, 'constat ajouté', 'constats ajoutés')}, ${diff.findings.resolved.length} résolu${diff.findings.resolved.length > 1 ? 's' : ''}`,
    `${plural(diff.examples.length, 'exemple dont les montants changent', 'exemples dont les montants changent')}`,
  ];
  return `${parts.join(' ; ')}.`;
}

function dateLine(diff: GridDiff): string {
  return diff.date
    ? `Montants des deux versions calculés au ${frenchDay(diff.date)} (date de la nouvelle), pour un adulte dans le parcours de soins, rien encore consommé ; écart : Sécu et mutuelle ensemble, après moins avant.`
    : "La nouvelle version n'a ni millésime ni date d'effet : les montants ne se calculent pas.";
}

const findingText = (f: FindingChange) => `${f.code} ${SEVERITY[f.severity]} (ligne ${f.line}) : ${plainSpaces(f.message)}`;

function exampleTotals(e: ExampleChange): string {
  const field = (k: keyof DiffAmounts) => change(e.before?.[k], e.after?.[k]);
  return `Sécu ${field('secu')} · mutuelle ${field('mutuelle')} · reste ${field('reste')}`;
}

// ——— Text ———

function textOfDiff(diff: GridDiff): string[] {
  const out: string[] = [];
  out.push(`Avant : ${versionText(diff.old)}`, `Après : ${versionText(diff.new)}`, dateLine(diff), '', summary(diff));
  if (diff.columns.added.length) out.push(`Formules ajoutées : ${diff.columns.added.map((n) => `« ${n} »`).join(', ')}.`);
  if (diff.columns.removed.length) out.push(`Formules retirées : ${diff.columns.removed.map((n) => `« ${n} »`).join(', ')}.`);
  let section: string | null = null;
  for (const c of diff.cells) {
    if (c.section !== section) {
      section = c.section;
      out.push('', section || 'Hors poste');
    }
    const lines = c.lineBefore && c.lineAfter ? `ligne ${c.lineBefore} → ${c.lineAfter}` : `ligne ${c.lineBefore ?? c.lineAfter}`;
    out.push(`  ${cellTitle(c)} : ${KIND[c.kind]}, ${trend(c)} (${lines})`);
    out.push(`    avant : ${c.before ?? 'pas de ligne'}`, `    après : ${c.after ?? 'pas de ligne'}`);
    for (const p of c.points) out.push(`    ${pointText(p)}`);
  }
  if (diff.findings.added.length || diff.findings.resolved.length) {
    out.push('', 'Constats');
    for (const f of diff.findings.added) out.push(`  + ${findingText(f)}`);
    for (const f of diff.findings.resolved) out.push(`  − résolu : ${findingText(f)}`);
  }
  if (diff.examples.length) {
    out.push('', 'Exemples');
    for (const e of diff.examples) {
      out.push(`  « ${e.name} » : ${e.kind === 'changed' ? 'montants modifiés' : e.kind === 'added' ? 'ajouté' : 'retiré'} ; ${exampleTotals(e)}`);
      for (const ev of e.events) out.push(`    acte ${ev.index} (${ev.act}) : ${exampleTotals({ ...e, before: ev.before, after: ev.after })}`);
    }
  }
  return out;
}

function fileHeading(f: FileDiff): string {
  const { oldName, newName } = f.pair;
  if (f.status === 'added') return `${newName} : fichier ajouté`;
  if (f.status === 'removed') return `${oldName} : fichier retiré`;
  return `${oldName} → ${newName}`;
}

export function diffText(files: FileDiff[]): string {
  const out: string[] = [];
  for (const f of files) {
    if (out.length) out.push('');
    out.push(fileHeading(f));
    if (f.status === 'unchanged') out.push('Aucune différence : les deux versions paient, signalent et calculent les exemples de la même façon.');
    else if (f.diff) out.push(...textOfDiff(f.diff));
    else if (f.newErrors > 0) out.push(plural(f.newErrors, 'erreur', 'erreurs') + ' dans le fichier ajouté (grille check).');
  }
  return out.join('\n');
}

// ——— Markdown ———

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function markdownOfDiff(diff: GridDiff): string[] {
  const out: string[] = [
    `- Avant : ${cell(versionText(diff.old))}`,
    `- Après : ${cell(versionText(diff.new))}`,
    '',
    dateLine(diff),
    '',
    `**${summary(diff)}**`,
  ];
  if (diff.columns.added.length) out.push('', `Formules ajoutées : ${diff.columns.added.map((n) => `« ${cell(n)} »`).join(', ')}.`);
  if (diff.columns.removed.length) out.push('', `Formules retirées : ${diff.columns.removed.map((n) => `« ${cell(n)} »`).join(', ')}.`);
  if (diff.cells.length) {
    out.push('', '| Poste | Cellule | Avant | Après | Prix | Mutuelle | Reste | Écart |', '| --- | --- | --- | --- | ---: | ---: | ---: | ---: |');
    for (const c of diff.cells) {
      const head = [
        cell(c.section || 'Hors poste'),
        `${c.kind === 'changed' ? '' : `**${KIND[c.kind]}** `}${c.reduction ? '🔻 ' : c.increase ? '🔺 ' : ''}${cell(cellTitle(c))}`,
        `\`${cell(c.before ?? '—')}\``,
        `\`${cell(c.after ?? '—')}\``,
      ];
      const points = c.points.length ? c.points : [null];
      points.forEach((p, i) => {
        const first = i === 0 ? head : ['', '', '', ''];
        const rest = p
          ? [
              `${euros(p.price)} (${p.kind === 'typique' ? 'typique' : p.kind === 'tarif' ? 'tarif' : '×2'})`,
              change(p.before?.mutuelle, p.after?.mutuelle),
              change(p.before?.reste, p.after?.reste),
              p.difference ? (p.difference.isZero() ? '=' : `**${signed(p.difference)}**`) : '',
            ]
          : ['', '', '', ''];
        out.push(`| ${[...first, ...rest].join(' | ')} |`);
      });
    }
  }
  if (diff.findings.added.length || diff.findings.resolved.length) {
    out.push('', '#### Constats');
    for (const f of diff.findings.added) out.push(`- ➕ \`${f.code}\` ${SEVERITY[f.severity]} (ligne ${f.line}) : ${cell(plainSpaces(f.message))}`);
    for (const f of diff.findings.resolved) out.push(`- ✅ résolu \`${f.code}\` (ligne ${f.line}) : ${cell(plainSpaces(f.message))}`);
  }
  if (diff.examples.length) {
    out.push('', '#### Exemples');
    for (const e of diff.examples)
      out.push(`- « ${cell(e.name)} » : ${e.kind === 'changed' ? 'montants modifiés' : e.kind === 'added' ? 'ajouté' : 'retiré'} ; ${exampleTotals(e)}`);
  }
  return out;
}

export function diffMarkdown(files: FileDiff[]): string {
  const out: string[] = [];
  for (const f of files) {
    if (out.length) out.push('');
    out.push(`### ${cell(fileHeading(f))}`, '');
    if (f.status === 'unchanged') out.push('Aucune différence.');
    else if (f.diff) out.push(...markdownOfDiff(f.diff));
    else if (f.newErrors > 0) out.push(plural(f.newErrors, 'erreur', 'erreurs') + ' dans le fichier ajouté (`grille check`).');
  }
  return out.join('\n');
}

// ——— JSON ———

const money = (d: Decimal) => d.toFixed(2);
const amountsJson = (a: DiffAmounts | null) => (a ? { secu: money(a.secu), mutuelle: money(a.mutuelle), reste: money(a.reste) } : null);

function diffJsonOf(diff: GridDiff) {
  return {
    date: diff.date,
    old: diff.old,
    new: diff.new,
    columns: diff.columns,
    cells: diff.cells.map((c) => ({
      kind: c.kind,
      section: c.section,
      act: c.act,
      actId: c.actId,
      conditions: c.conditions,
      column: c.column,
      sector: c.sector,
      before: c.before,
      after: c.after,
      lineBefore: c.lineBefore,
      lineAfter: c.lineAfter,
      reduction: c.reduction,
      increase: c.increase,
      points: c.points.map((p) => ({
        kind: p.kind,
        price: money(p.price),
        before: amountsJson(p.before),
        after: amountsJson(p.after),
        difference: p.difference ? money(p.difference) : null,
      })),
    })),
    findings: {
      added: diff.findings.added.map(findingJson),
      resolved: diff.findings.resolved.map(findingJson),
    },
    examples: diff.examples.map((e) => ({
      kind: e.kind,
      name: e.name,
      before: amountsJson(e.before),
      after: amountsJson(e.after),
      events: e.events.map((ev) => ({ index: ev.index, act: ev.act, before: amountsJson(ev.before), after: amountsJson(ev.after) })),
    })),
  };
}

const findingJson = (f: FindingChange) => ({
  code: f.code,
  severity: f.severity,
  message: plainSpaces(f.message),
  ...(f.messageEn ? { messageEn: f.messageEn } : {}),
  line: f.line,
});

export function diffJson(files: FileDiff[], gates: DiffGate[]): string {
  return JSON.stringify(
    {
      version: 1,
      files: files.map((f) => ({
        old: f.pair.oldName,
        new: f.pair.newName,
        status: f.status,
        newErrors: f.newErrors,
        diff: f.diff ? diffJsonOf(f.diff) : null,
      })),
      failed: trippedGates(files, gates),
    },
    null,
    2,
  );
}

/** `--fail-on reduction,new-error`: the gates, or the message that names the one not known. */
export function readGates(value: string): DiffGate[] | string {
  const gates = value
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
  const unknown = gates.find((g) => !(DIFF_GATES as string[]).includes(g));
  if (unknown !== undefined || gates.length === 0) return `« ${unknown ?? value} » inconnu : ${DIFF_GATES.join(', ')} (séparés par des virgules) attendus.`;
  return gates as DiffGate[];
}
