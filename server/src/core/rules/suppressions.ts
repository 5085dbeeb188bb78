/**
 * `# grille-ignore GR116 : raison` silences the named findings on its line (or, alone on a line,
 * on the next line). A suppression without a reason, or one that silences nothing, is reported.
 */
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Comment } from '../syntax/ast';
import { LineIndex } from '../syntax/text';
import { severityOf } from './registry';

const PATTERN = /grille-ignore\s+((?:GR\d{3}[\s,]*)+)(?::\s*(.*))?$/i;

interface Suppression {
  comment: Comment;
  codes: string[];
  targetLine: number;
  used: Set<string>;
}

export function applySuppressions(text: string, comments: Comment[], diagnostics: Diagnostic[], lineIndex = new LineIndex(text)): Diagnostic[] {
  const suppressions: Suppression[] = [];
  const findings: Diagnostic[] = [];
  for (const comment of comments) {
    const match = PATTERN.exec(comment.text);
    if (!match) continue;
    const codes = match[1]!.split(/[\s,]+/).filter(Boolean).map((c) => c.toUpperCase());
    const line = lineIndex.positionAt(comment.range.start).line;
    const before = text.slice(lineIndex.lineStart(line), comment.range.start);
    const targetLine = before.trim() === '' ? line + 1 : line;
    suppressions.push({ comment, codes, targetLine, used: new Set() });
    if (!match[2] || match[2].trim().length < 3) {
      findings.push({ code: 'GR901', severity: severityOf('GR901'), message: `Donnez la raison de la suppression : « # grille-ignore ${codes.join(', ')} : raison ».`, messageEn: 'Give the reason for the suppression.', range: comment.range });
    }
  }
  if (suppressions.length === 0) return diagnostics;
  const kept = diagnostics.filter((d) => {
    const line = lineIndex.positionAt(d.range.start).line;
    const suppression = suppressions.find((s) => s.targetLine === line && s.codes.includes(d.code));
    if (!suppression) return true;
    suppression.used.add(d.code);
    return false;
  });
  for (const s of suppressions) {
    const unused = s.codes.filter((c) => !s.used.has(c));
    if (unused.length > 0) {
      findings.push({ code: 'GR902', severity: severityOf('GR902'), message: `La suppression de ${unused.join(', ')} ne fait taire aucun constat : retirez-la.`, messageEn: `The suppression of ${unused.join(', ')} silences nothing.`, range: s.comment.range, fixes: [{ title: 'Retirer la suppression', edits: [{ range: s.comment.range, newText: '' }] }] });
    }
  }
  return [...kept, ...findings];
}
