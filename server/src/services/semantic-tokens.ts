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

export function semanticTokens(analysis: Analysis): SemanticToken[] {
  const classes = new Map<number, TokenType>();
  const tokens = analysis.document.tokens;
  const mark = (range: Span, type: TokenType) => {
    // Binary search for the first token of the range: marking stays linear in the tokens marked.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < range.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i]!.end <= range.end; i++) if (tokens[i]!.kind === 'word') classes.set(tokens[i]!.start, type);
  };
  // The dashes of cells that say « not covered » (a minus sign elsewhere is no token of its own).
  const dashes = new Set<number>();
  for (const line of analysis.model.lines) {
    mark(line.node.act.range, 'type');
    for (const v of line.node.variants) {
      if (v.sector) mark(v.sector.range, 'enumMember');
      for (const cell of v.cells ?? []) if (cell.dash) dashes.add(cell.dash.start);
    }
  }
  for (const example of analysis.model.examples) {
    for (const event of example.events) {
      mark(event.node.act.range, 'type');
      for (const a of event.node.attributes) if (a.kind === 'sector') mark(a.range, 'enumMember');
    }
  }
  const out: SemanticToken[] = [];
  for (const t of analysis.document.tokens) {
    let type: TokenType | undefined;
    switch (t.kind) {
      case 'word':
        type = classes.get(t.start) ?? 'keyword';
        break;
      case 'number':
      case 'date':
        type = 'number';
        break;
      case 'percent':
      case 'euro':
      case 'plus':
      case 'times':
      case 'pipe':
        type = 'operator';
        break;
      case 'minus':
        if (dashes.has(t.start)) type = 'keyword';
        break;
      case 'string':
        type = 'string';
        break;
      case 'comment':
        type = 'comment';
        break;
      default:
        break;
    }
    if (type) out.push({ start: t.start, length: t.end - t.start, type });
  }
  return out;
}
