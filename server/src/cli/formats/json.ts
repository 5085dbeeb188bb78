/** Machine output: one object per file with its findings (1-based positions, fixes as text edits). */
import { location, type FileReport } from './report';

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(
    {
      version: 1,
      files: reports.map((report) => ({
        file: report.input.name,
        findings: report.diagnostics.map((d) => ({
          code: d.code,
          severity: d.severity,
          message: d.message,
          ...(d.messageEn ? { messageEn: d.messageEn } : {}),
          ...location(report, d),
          fixes: (d.fixes ?? []).map((f) => ({ title: f.title, edits: f.edits.map((e) => ({ start: e.range.start, end: e.range.end, newText: e.newText })) })),
        })),
      })),
    },
    null,
    2,
  );
}
