/**
 * Semantic classes for every token, from the tree: acts, sectors, keywords, numbers, strings. The
 * `|` between the cells of formulas side by side is an operator; a cell's dash (« - », not covered)
 * a keyword, as `non_couvert` is; `formule` is a keyword like the other words of the language.
 */
import type { Analysis, Span } from '../core';

export const TOKEN_TYPES = ['keyword', 'type', 'enumMember', 'number', 'string', 'comment', 'operator', 'property'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export interface SemanticToken {
  start: number;
  length: number;
  type: TokenType;
}

/** The tokens that start in [from, to): the whole document by default, or the lines on screen. */
export function semanticTokens(analysis: Analysis, from = 0, to = Infinity): SemanticToken[] {
  const out: SemanticToken[] = [];
  forEachSemanticToken(analysis, from, to, (start, length, type) => out.push({ start, length, type: TOKEN_TYPES[type]! }));
  return out;
}

const TYPE_INDEX = new Map<TokenType, number>(TOKEN_TYPES.map((t, i) => [t, i]));
const KEYWORD = TYPE_INDEX.get('keyword')!;
const NUMBER = TYPE_INDEX.get('number')!;
const OPERATOR = TYPE_INDEX.get('operator')!;
const STRING = TYPE_INDEX.get('string')!;
const COMMENT = TYPE_INDEX.get('comment')!;

/**
 * The tokens that start in [from, to), in order, with their type's index in TOKEN_TYPES: one pass
 * over the document's tokens, no object per token (the encoding of every keystroke's
 * `semanticTokens/full/delta` walks the 50 000 tokens of a 5 000-line grid).
 */
export function forEachSemanticToken(analysis: Analysis, from: number, to: number, visit: (start: number, length: number, type: number) => void): void {
  const tokens = analysis.document.tokens;
  // Binary search for the first token that starts at or after `offset`.
  const firstAt = (offset: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const first = firstAt(from);
  let last = first;
  while (last < tokens.length && tokens[last]!.start < to) last++;
  // The class of each word marked by the tree (by token index, from `first`; 0: none, else index + 1).
  const classes = new Uint8Array(last - first);
  const mark = (range: Span, type: TokenType) => {
    // Marking stays linear in the tokens marked.
    for (let i = firstAt(range.start); i < last && tokens[i]!.end <= range.end; i++)
      if (i >= first && tokens[i]!.kind === 'word') classes[i - first] = TYPE_INDEX.get(type)! + 1;
  };
  const outside = (range: Span) => range.end < from || range.start >= to;
  // The dashes of cells that say « not covered » (a minus sign elsewhere is no token of its own).
  const dashes = new Set<number>();
  for (const line of analysis.model.lines) {
    if (outside(line.node.range)) continue;
    mark(line.node.act.range, 'type');
    for (const v of line.node.variants) {
      if (v.sector) mark(v.sector.range, 'enumMember');
      for (const cell of v.cells ?? []) if (cell.dash) dashes.add(cell.dash.start);
    }
  }
  for (const example of analysis.model.examples) {
    for (const event of example.events) {
      if (outside(event.node.range)) continue;
      mark(event.node.act.range, 'type');
      for (const a of event.node.attributes) if (a.kind === 'sector') mark(a.range, 'enumMember');
    }
  }
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    let type = -1;
    switch (t.kind) {
      case 'word':
        type = classes[i - first]! > 0 ? classes[i - first]! - 1 : KEYWORD;
        break;
      case 'number':
      case 'date':
        type = NUMBER;
        break;
      case 'percent':
      case 'euro':
      case 'plus':
      case 'times':
      case 'pipe':
        type = OPERATOR;
        break;
      case 'minus':
        if (dashes.has(t.start)) type = KEYWORD;
        break;
      case 'string':
        type = STRING;
        break;
      case 'comment':
        type = COMMENT;
        break;
      default:
        break;
    }
    if (type >= 0) visit(t.start, t.end - t.start, type);
  }
}
