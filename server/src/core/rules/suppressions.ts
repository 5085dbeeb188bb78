/**
 * `# grille-ignore GR116 : raison` silences the named findings on its line; alone on a line, it
 * silences them on the next line that is not blank or a comment. Several codes may be listed
 * (`GR116, GR117`). Only a suppression that names known codes and gives a reason silences anything:
 * one without a reason (GR901), one that names no code, an unknown code or a word that is not a
 * code (GR903) is reported and silences nothing; a valid one that silences nothing is reported too
 * (GR902).
 */
import { distance } from 'fastest-levenshtein';
import type { RuleCode } from './registry';
import type { Finding } from '../diagnostics/diagnostic';
import { reporter } from '../diagnostics/rule-definition';
import type { Comment } from '../syntax/ast';
import { LineIndex } from '../syntax/text';
import { SUPPRESSION_RULES } from './families/suppressions';
import { RULES, ruleInfo } from './registry';

const { finding, fix } = reporter(SUPPRESSION_RULES);

/** The comment is a suppression when its text starts with `grille-ignore`. */
const HEAD = /^#+\s*grille-ignore\b/i;
const CODE = /^GR\d{3}$/i;
/** A reason shorter than this is not one (`: x`, `: ?`). */
const MIN_REASON = 3;
/** Findings about suppressions themselves cannot be suppressed. */
const OWN = new Set<string>(Object.keys(SUPPRESSION_RULES));

interface Suppression {
  comment: Comment;
  codes: string[];
  reason: string;
  targetLine: number;
  used: Set<string>;
}

/**
 * The code the author probably meant: one reported on the suppression's line if it is within two
 * edits, else a registered code one typo away (one character changed, added or removed, or two swapped).
 */
export function closestCode(code: string, onLine: string[] = []): string | undefined {
  const near = onLine
    .filter((c) => !OWN.has(c))
    .map((c) => ({ c, d: distance(code, c) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d);
  if (near[0]) return near[0].c;
  let best: string | undefined;
  for (const rule of RULES) {
    const d = distance(code, rule.code);
    const swapped = d === 2 && [...code].sort().join('') === [...rule.code].sort().join('');
    if (d <= 1 || swapped) {
      if (!best || d < distance(code, best)) best = rule.code;
    }
  }
  return best;
}

/**
 * `notRun` names codes whose rules did not run (slow rules in a fast analysis): a suppression of
 * such a code is not reported as silencing nothing.
 */
export function applySuppressions(
  text: string,
  comments: Comment[],
  diagnostics: Finding<RuleCode>[],
  lineIndex = new LineIndex(text),
  notRun: (code: string) => boolean = () => false,
): Finding<RuleCode>[] {
  const suppressions: Suppression[] = [];
  const findings: Finding<RuleCode>[] = [];

  // Lines holding nothing but a comment (or nothing): a standalone suppression skips them.
  const commentOnly = new Set<number>();
  for (const comment of comments) {
    const line = lineIndex.positionAt(comment.range.start).line;
    if (text.slice(lineIndex.lineStart(line), comment.range.start).trim() === '') commentOnly.add(line);
  }
  const lineCount = lineIndex.positionAt(text.length).line + 1;
  const blank = (line: number) => {
    const start = lineIndex.lineStart(line);
    const end = line + 1 < lineCount ? lineIndex.lineStart(line + 1) : text.length;
    return text.slice(start, end).trim() === '';
  };

  const codesOnLine = (line: number) => diagnostics.filter((d) => lineIndex.positionAt(d.range.start).line === line).map((d) => d.code);

  for (const comment of comments) {
    const head = HEAD.exec(comment.text);
    if (!head) continue;
    const body = comment.text.slice(head[0].length);
    const colon = body.indexOf(':');
    const codesPart = colon === -1 ? body : body.slice(0, colon);
    const reason = colon === -1 ? '' : body.slice(colon + 1).trim();
    const line = lineIndex.positionAt(comment.range.start).line;
    let targetLine = line;
    if (commentOnly.has(line)) {
      targetLine = line + 1;
      while (targetLine < lineCount && (commentOnly.has(targetLine) || blank(targetLine))) targetLine++;
    }
    const words = codesPart.split(/[\s,;]+/).filter(Boolean);
    const codes: string[] = [];
    let valid = true;
    if (words.length === 0) {
      findings.push(finding('GR903', comment.range, { variant: 'noCode' }));
      continue;
    }
    for (const word of words) {
      if (!CODE.test(word)) {
        if (colon === -1 && codes.length > 0) break; // the reason, written without « : » (reported below)
        findings.push(finding('GR903', comment.range, { variant: 'notACode', word }));
        valid = false;
        break;
      }
      const code = word.toUpperCase();
      if (!ruleInfo(code) || OWN.has(code)) {
        const guess = ruleInfo(code) ? undefined : closestCode(code, codesOnLine(targetLine));
        findings.push(finding('GR903', comment.range, guess ? { variant: 'guess', code, guess } : { code }));
        continue;
      }
      if (!codes.includes(code)) codes.push(code);
    }
    if (!valid || codes.length === 0) continue;
    if (colon === -1 && words.some((w) => !CODE.test(w))) {
      // Codes then words: the reason is there, the « : » is not.
      const codesEnd = comment.range.start + head[0].length + codesEndOffset(body);
      const edit = { range: { start: codesEnd, end: codesEnd }, newText: ' :' };
      findings.push(finding('GR901', comment.range, { variant: 'noColon' }, [fix('GR901', { fix: 'addColon' }, [edit])]));
      continue;
    }
    if (reason.length < MIN_REASON) {
      findings.push(finding('GR901', comment.range, { codes: codes.join(', ') }));
      continue;
    }
    suppressions.push({ comment, codes, reason, targetLine, used: new Set() });
  }
  if (suppressions.length === 0) return [...diagnostics, ...findings];
  const kept = diagnostics.filter((d) => {
    const line = lineIndex.positionAt(d.range.start).line;
    const suppression = suppressions.find((s) => s.targetLine === line && s.codes.includes(d.code));
    if (!suppression) return true;
    suppression.used.add(d.code);
    return false;
  });
  for (const s of suppressions) {
    const unused = s.codes.filter((c) => !s.used.has(c) && !notRun(c));
    if (unused.length > 0) {
      const used = s.codes.filter((c) => s.used.has(c));
      const codes = unused.join(', ');
      const removal =
        used.length === 0
          ? fix('GR902', { fix: 'remove' }, [{ range: s.comment.range, newText: '' }])
          : fix('GR902', { fix: 'removeCodes', codes }, [{ range: s.comment.range, newText: `# grille-ignore ${used.join(', ')} : ${s.reason}` }]);
      findings.push(finding('GR902', s.comment.range, { codes }, [removal]));
    }
  }
  return [...kept, ...findings];
}

/** Where the leading run of codes (and their separators) ends in a suppression's body. */
function codesEndOffset(body: string): number {
  const match = /^(?:[\s,;]*GR\d{3})+/i.exec(body);
  return match ? match[0].length : 0;
}
