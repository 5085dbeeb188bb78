/**
 * SARIF 2.1.0 for code-scanning upload: every rule of the registry with its help text and link,
 * every finding with its location; fixes as SARIF fixes.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { plainSpaces, RULES } from '../../core';
import { location, type FileReport } from './report';

const LEVEL: Record<string, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * An artifact location as a SARIF `uri-reference`: the relative path with each segment
 * percent-encoded (`mes grilles/santé.grille` → `mes%20grilles/sant%C3%A9.grille`), an absolute
 * path as a `file:` URL, standard input as `stdin.grille`.
 */
export function artifactUri(name: string): string {
  if (name === '<stdin>') return 'stdin.grille';
  if (path.isAbsolute(name)) return pathToFileURL(name).href;
  return name
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * `rulesUrl`: absolute URL of the rule catalogue (docs/rules.md); each rule links to its anchor.
 * Without it, rules carry no link (SARIF `helpUri` must be absolute, and a local `file:` path is
 * dead once uploaded): their full help text is in `help`.
 */
export function formatSarif(reports: FileReport[], version: string, rulesUrl?: string): string {
  const rules: Sarif.ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.code,
    name: rule.titleEn.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description.replace(/`/g, '') },
    ...(rulesUrl ? { helpUri: `${rulesUrl}#${rule.code.toLowerCase()}` } : {}),
    help: {
      text: `${rule.title} — ${rule.description.replace(/`/g, '')}${rule.source ? ` Source : ${rule.source}.` : ''}`,
      markdown: `**${rule.title}**\n\n${rule.description}${rule.source ? `\n\nSource : ${rule.source}` : ''}`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity]! },
    properties: { category: rule.category, tags: ['grille', rule.category] },
  }));
  const index = new Map(RULES.map((r, i) => [r.code, i]));
  const results: Sarif.Result[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const at = location(report, d);
      const uri = artifactUri(report.input.name);
      const result: Sarif.Result = {
        ruleId: d.code,
        ruleIndex: index.get(d.code) ?? -1,
        level: LEVEL[d.severity]!,
        message: { text: plainSpaces(d.message) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn },
            },
          },
        ],
      };
      if (d.fixes && d.fixes.length > 0) {
        result.fixes = d.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [
            {
              artifactLocation: { uri },
              replacements: fix.edits.map((e) => ({
                deletedRegion: { charOffset: e.range.start, charLength: e.range.end - e.range.start },
                insertedContent: { text: e.newText },
              })),
            },
          ],
        }));
      }
      results.push(result);
    }
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'grille', semanticVersion: version, ...(rulesUrl ? { informationUri: rulesUrl } : {}), rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
