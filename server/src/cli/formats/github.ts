/** GitHub Actions workflow commands: one `::error file=…,line=…::message` annotation per finding. */
import { plainSpaces } from '../../core';
import { location, type FileReport } from './report';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

/** Escaping defined for workflow command data and properties. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const at = location(report, d);
      const props = [
        `file=${escapeProperty(report.input.name)}`,
        `line=${at.line}`,
        `col=${at.column}`,
        `endLine=${at.endLine}`,
        `endColumn=${at.endColumn}`,
        `title=${escapeProperty(d.code)}`,
      ];
      lines.push(`::${LEVEL[d.severity]} ${props.join(',')}::${escapeData(`${d.code} ${plainSpaces(d.message)}`)}`);
    }
  }
  return lines.join('\n');
}
