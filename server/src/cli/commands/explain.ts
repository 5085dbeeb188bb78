/** `grille explain`: a line's computation step by step (for a case given on the command line), or a rule's documentation. */
import Decimal from 'decimal.js';
import { analyze } from '../../core/analyze';
import { computeCare, type Reimbursement } from '../../core/engine/compute';
import { formatEuros } from '../../core/engine/money';
import type { CareCase } from '../../core/model/grid-model';
import { ruleInfo, snippetAsGrid } from '../../core/rules/registry';
import type { CaseFlag, CaseSector } from '../../core/syntax/ast';
import { InputError } from '../inputs';

export interface CaseOptions {
  secteur?: string;
  prix?: string;
  date?: string;
  quantite?: string;
  age?: string;
  situation?: string;
  option?: string;
}

const SECTORS: Record<string, CaseSector> = {
  '1': 'secteur1',
  '2': 'inconnu',
  '2-optam': 'dptam',
  dptam: 'dptam',
  '2-non-optam': 'non_dptam',
  non_dptam: 'non_dptam',
  '3': 'non_conventionne',
  non_conventionne: 'non_conventionne',
  inconnu: 'inconnu',
};

const FLAGS = new Set<CaseFlag>(['hors_parcours', 'ald', 'maternite', 'css', 'psychiatrie', 'hospitalise']);
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function money(value: string, what: string): Decimal {
  const normalized = value.replace(/\s/g, '').replace(',', '.').replace(/€$/, '');
  if (!/^\d+(\.\d+)?$/.test(normalized)) throw new InputError(`${what} invalide : « ${value} ».`);
  return new Decimal(normalized);
}

function renderResult(title: string, r: Reimbursement): string[] {
  const out = [`${title}`];
  out.push(r.ok ? `  Sécu ${plain(formatEuros(r.amoNet))} · mutuelle ${plain(formatEuros(r.amc))} · reste ${plain(formatEuros(r.reste))} (prix ${plain(formatEuros(r.price))}, le ${r.date})` : `  incalculable : ${r.problems.join(' ')}`);
  r.trace.forEach((step, i) => {
    out.push(`  ${i + 1}. ${step.step} : ${plain(step.text)}`);
    for (const p of step.parameters ?? []) out.push(`       ${p.id} = ${p.value} depuis le ${p.start} — ${p.source} (${p.confidence})`);
  });
  return out;
}

export function explainLineAt(text: string, lineNumber: number, options: CaseOptions): string {
  const analysis = analyze(text);
  const index = lineNumber - 1;
  const line = analysis.model.lines.find((l) => {
    const start = analysis.lineIndex.positionAt(l.node.range.start).line;
    const end = analysis.lineIndex.positionAt(l.node.range.end).line;
    return start <= index && index <= end;
  });
  if (!line || !line.act) throw new InputError(`pas de ligne de garantie calculable à la ligne ${lineNumber}.`);
  const date = options.date ?? analysis.model.contract.effectiveDate;
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new InputError('date des soins inconnue : donnez --date aaaa-mm-jj ou un millésime dans la grille.');
  const flags = new Set<CaseFlag>();
  for (const f of (options.situation ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!FLAGS.has(f as CaseFlag)) throw new InputError(`situation inconnue « ${f} » (${[...FLAGS].join(', ')}).`);
    flags.add(f as CaseFlag);
  }
  const sectors: CaseSector[] = options.secteur
    ? [SECTORS[options.secteur] ?? (() => { throw new InputError(`secteur inconnu « ${options.secteur} » (${Object.keys(SECTORS).join(', ')}).`); })()]
    : line.act.doctor
      ? (Object.keys(line.columns) as string[]).map((k) => ({ all: 'secteur1', dptam: 'dptam', non_dptam: 'non_dptam', non_conventionne: 'non_conventionne' })[k] as CaseSector)
      : ['secteur1'];
  const out: string[] = [`${line.act.label} — ${plain(analysis.text.slice(line.node.range.start, line.node.range.end).replace(/\s+/g, ' '))}`, ''];
  for (const sector of sectors) {
    const care: CareCase = {
      act: line.act,
      sector,
      unitPrice: options.prix ? money(options.prix, 'Prix') : null,
      br: null,
      date,
      quantity: options.quantite ? Number(options.quantite) : 1,
      age: options.age ? Number(options.age) : null,
      flags,
      adhesionDate: null,
      option: options.option ?? line.option?.name ?? null,
      beneficiary: 'cli',
    };
    if (!Number.isInteger(care.quantity) || care.quantity < 1) throw new InputError('--quantite : un entier positif est attendu.');
    out.push(...renderResult(`Secteur : ${sector}`, computeCare(analysis.model, care)), '');
  }
  return out.join('\n');
}

export function explainCode(code: string): string {
  const rule = ruleInfo(code);
  if (!rule) throw new InputError(`règle inconnue ${code} (voir docs/rules.md).`);
  const out = [`${rule.code} — ${rule.title} (${rule.titleEn})`, `Catégorie : ${rule.category} · gravité par défaut : ${rule.severity} · ${rule.fast ? 'rapide' : 'lente'}`, '', rule.description];
  if (rule.source) out.push('', `Source : ${rule.source}${rule.uncertain ? ' (incertaine : seuils dans les paramètres datés)' : ''}`);
  if (rule.bad) out.push('', 'À éviter :', ...snippetAsGrid(rule.bad).trimEnd().split('\n').map((l) => `  ${l}`));
  out.push('', 'Correct :', ...snippetAsGrid(rule.good).trimEnd().split('\n').map((l) => `  ${l}`));
  return out.join('\n');
}
