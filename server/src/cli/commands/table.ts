/**
 * `grille table`: the grid as a readable tableau de garanties, with for each line what it pays at
 * the typical price per sector (Sécu, mutuelle, reste, in euros), in Markdown, HTML or CSV.
 */
import { type Analysis, describeColumn, type Diagnostic, formatEuros, plainSpaces, previewLine } from '../../core';

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

/**
 * One row per line and column. A line whose act is unknown or whose guarantee does not read gets
 * an « incalculable » row; a line with an error finding is marked « ⚠ GR… » in its Garantie cell
 * (its amounts are not to be trusted: see `grille check`).
 */
function rows(analysis: Analysis, diagnostics: Diagnostic[]): Row[] {
  const out: Row[] = [];
  const errorsByLine = new Map<number, Set<string>>();
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    const line = analysis.lineIndex.positionAt(d.range.start).line;
    if (!errorsByLine.has(line)) errorsByLine.set(line, new Set());
    errorsByLine.get(line)!.add(d.code);
  }
  for (const line of analysis.model.lines) {
    const poste = `${line.option ? `${line.option.name} — ` : ''}${line.section?.name ?? ''}`;
    const first = analysis.lineIndex.positionAt(line.node.range.start).line;
    const last = analysis.lineIndex.positionAt(line.node.range.end).line;
    const codes = new Set<string>();
    for (let l = first; l <= last; l++) for (const c of errorsByLine.get(l) ?? []) codes.add(c);
    const flag = codes.size > 0 ? ` ⚠ ${[...codes].join(', ')}` : '';
    const previews = line.act ? previewLine(analysis.model, line) : [];
    if (previews.length === 0) {
      const source = plainSpaces(analysis.text.slice(line.node.range.start, line.node.range.end).replace(/\s+/g, ' '));
      out.push({
        poste,
        acte: line.act?.label ?? `${line.node.act.text} (acte inconnu)`,
        colonne: '',
        garantie: `${source}${flag}`,
        prix: '',
        secu: 'incalculable',
        mutuelle: 'incalculable',
        reste: 'incalculable',
      });
      continue;
    }
    for (const p of previews) {
      const column = line.columns[p.column]!;
      const r = p.result;
      out.push({
        poste,
        acte: line.act!.label,
        colonne: COLUMN[p.column],
        garantie: plainSpaces(describeColumn(column)) + flag,
        prix: plainSpaces(formatEuros(r.price)),
        secu: r.ok ? plainSpaces(formatEuros(r.amoNet)) : 'incalculable',
        mutuelle: r.ok ? plainSpaces(formatEuros(r.amc)) : 'incalculable',
        reste: r.ok ? plainSpaces(formatEuros(r.reste)) : 'incalculable',
      });
    }
  }
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeCsv = (s: string) => (/[";\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function renderTable(analysis: Analysis, format: TableFormat, diagnostics: Diagnostic[] = analysis.diagnostics): string {
  const contract = analysis.model.contract;
  const title = `${contract.name ?? 'Grille'}${contract.millesime ? ` — millésime ${contract.millesime}` : ''}`;
  const data = rows(analysis, diagnostics);
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
