/** Finds what is at an offset: the token, and the guarantee line, term or example step around it. */
import type { Analysis, CareEvent, LineModel, Span, Token } from '../core';

export function contains(range: Span, offset: number): boolean {
  return range.start <= offset && offset <= range.end;
}

/** The token under the cursor (a cursor right after a word still points at it). */
export function tokenAt(analysis: Analysis, offset: number): Token | null {
  const tokens = analysis.document.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end < offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else {
      // Prefer the token that starts at the offset over the one that ends there.
      const next = tokens[mid + 1];
      if (t.end === offset && next && next.start === offset && next.kind !== 'newline' && next.kind !== 'eof') return next;
      return t.kind === 'newline' || t.kind === 'eof' ? null : t;
    }
  }
  return null;
}

/** Index of the first token that ends at or after `offset` (tokens are in source order). */
export function firstTokenFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens inside a range. */
export function tokensIn(analysis: Analysis, range: Span): Token[] {
  const tokens = analysis.document.tokens;
  const out: Token[] = [];
  for (let i = firstTokenFrom(tokens, range.start); i < tokens.length && tokens[i]!.start < range.end; i++) {
    const t = tokens[i]!;
    if (t.start >= range.start && t.end <= range.end) out.push(t);
  }
  return out;
}

export function lineAt(analysis: Analysis, offset: number): LineModel | null {
  for (const line of analysis.model.lines) if (contains(line.node.range, offset)) return line;
  return null;
}

export function exampleEventAt(analysis: Analysis, offset: number): { event: CareEvent; index: number; exampleIndex: number } | null {
  for (let e = 0; e < analysis.model.examples.length; e++) {
    const example = analysis.model.examples[e]!;
    if (!contains(example.node.range, offset)) continue;
    for (let i = 0; i < example.events.length; i++) {
      const event = example.events[i]!;
      if (contains(event.node.range, offset) || (event.expected && contains(event.expected.node.range, offset))) return { event, index: i, exampleIndex: e };
    }
  }
  return null;
}
