/**
 * `grille table`: the grid as a readable tableau de garanties, with for each line what it pays at
 * the typical price per sector (Sécu, mutuelle, reste, in euros), in Markdown, HTML or CSV.
 */
import type { Analysis } from '../../core/analyze';
import { formatEuros } from '../../core/engine/money';
import { previewLine } from '../../core/engine/simulate';
import { describeColumn } from '../../services/describe';

export type TableFormat = 'md' | 'html' | 'csv';

interface Row {
  poste: string;
  acte: string;
  colonne: string;
  garantie: string;
  prix: string;
  secu: string;
  mutuelle: string;
  reste: string;
}

const COLUMN = { all: 'tous secteurs', dptam: 'DPTAM', non_dptam: 'non DPTAM', non_conventionne: 'non conventionné' } as const;
const HEADERS: [keyof Row, string][] = [
  ['poste', 'Poste'],
  ['acte', 'Acte'],
  ['colonne', 'Secteur'],
  ['garantie', 'Garantie'],
  ['prix', 'Prix typique'],
  ['secu', 'Sécu'],
  ['mutuelle', 'Mutuelle'],
  ['reste', 'Reste à charge'],
];
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function rows(analysis: Analysis): Row[] {
  const out: Row[] = [];
  for (const line of analysis.model.lines) {
    if (!line.act) continue;
    const poste = `${line.option ? `${line.option.name} — ` : ''}${line.section?.name ?? ''}`;
    for (const p of previewLine(analysis.model, line)) {
      const column = line.columns[p.column]!;
      const r = p.result;
      out.push({
        poste,
        acte: line.act.label,
        colonne: COLUMN[p.column],
        garantie: plain(describeColumn(column)),
        prix: plain(formatEuros(r.price)),
        secu: r.ok ? plain(formatEuros(r.amoNet)) : 'incalculable',
        mutuelle: r.ok ? plain(formatEuros(r.amc)) : 'incalculable',
        reste: r.ok ? plain(formatEuros(r.reste)) : 'incalculable',
      });
    }
  }
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeCsv = (s: string) => (/[";\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function renderTable(analysis: Analysis, format: TableFormat): string {
  const contract = analysis.model.contract;
  const title = `${contract.name ?? 'Grille'}${contract.millesime ? ` — millésime ${contract.millesime}` : ''}`;
  const data = rows(analysis);
  switch (format) {
    case 'csv':
      // Semicolons: French spreadsheets read commas as decimal separators.
      return [HEADERS.map(([, h]) => h).join(';'), ...data.map((r) => HEADERS.map(([k]) => escapeCsv(r[k])).join(';'))].join('\n');
    case 'html':
      return [
        '<!doctype html>',
        `<html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>`,
        `<h1>${escapeHtml(title)}</h1>`,
        '<p>Exemples de remboursement au prix typique de chaque acte, par secteur.</p>',
        '<table>',
        `<thead><tr>${HEADERS.map(([, h]) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...data.map((r) => `<tr>${HEADERS.map(([k]) => `<td>${escapeHtml(r[k])}</td>`).join('')}</tr>`),
        '</tbody></table></body></html>',
      ].join('\n');
    case 'md':
      return [
        `# ${title}`,
        '',
        'Exemples de remboursement au prix typique de chaque acte, par secteur.',
        '',
        `| ${HEADERS.map(([, h]) => h).join(' | ')} |`,
        `| ${HEADERS.map(() => '---').join(' | ')} |`,
        ...data.map((r) => `| ${HEADERS.map(([k]) => r[k].replace(/\|/g, '\\|')).join(' | ')} |`),
      ].join('\n');
  }
}
