/** Human output: `file:line:col: severity CODE message`, the source line and a caret; coloured on a TTY. */
import { styleText } from 'node:util';
import { type Diagnostic, plainSpaces } from '../../core';
import { location, type FileReport } from './report';

const SEVERITY_FR: Record<Diagnostic['severity'], string> = { error: 'erreur', warning: 'avertissement', info: 'info', hint: 'suggestion' };
const COLOR: Record<Diagnostic['severity'], Parameters<typeof styleText>[0]> = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' };

/** `compact`: the finding lines only, without the source line and caret (summaries). */
export function formatText(reports: FileReport[], color: boolean, compact = false): string {
  const paint = (format: Parameters<typeof styleText>[0], text: string) => (color ? styleText(format, text) : text);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (d.severity === 'error') errors++;
      if (d.severity === 'warning') warnings++;
      const at = location(report, d);
      const index = report.analysis.lineIndex;
      const source = report.analysis.text.slice(index.lineStart(at.line - 1), index.lineEnd(at.line - 1));
      const width = Math.max(1, at.endLine === at.line ? at.endColumn - at.column : source.length - at.column + 1);
      out.push(
        `${paint('bold', `${report.input.name}:${at.line}:${at.column}`)}: ${paint(COLOR[d.severity], SEVERITY_FR[d.severity])} ${paint('dim', d.code)} ${plainSpaces(d.message)}`,
      );
      if (compact) continue;
      out.push(`  ${source}`);
      // Tabs stay tabs under the source line, so the caret lines up whatever the tab width.
      const pad = source.slice(0, at.column - 1).replace(/[^\t]/g, ' ');
      out.push(`  ${pad}${paint(COLOR[d.severity], '^'.repeat(width))}`);
    }
  }
  out.push(`${reports.length} fichier(s), ${errors} erreur(s), ${warnings} avertissement(s).`);
  return out.join('\n');
}
