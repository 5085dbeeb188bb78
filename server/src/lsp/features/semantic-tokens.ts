/**
 * Semantic tokens, encoded relative to the previous token: the whole document
 * (`textDocument/semanticTokens/full`), its change since the client's last result
 * (`…/full/delta`: one edit, the numbers between the common start and the common end of the two
 * encodings), and a range (`…/range`: the tokens of the lines on screen).
 */
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensDeltaParams } from 'vscode-languageserver';
import type { Analysis } from '../../core';
import { forEachSemanticToken, TOKEN_TYPES } from '../../services/semantic-tokens';
import type { Feature } from '../feature';
import { guard } from '../guard';

/**
 * The encoding of the tokens that start in [from, to) (the whole document by default): one pass,
 * the line found by moving forward from the previous token's, not searched for each token.
 */
export function encodeTokens(analysis: Analysis, from = 0, to = Infinity): number[] {
  const data: number[] = [];
  const index = analysis.lineIndex;
  let line = -1;
  let lineStart = 0;
  let nextStart = 0;
  let previousLine = 0;
  let previousCharacter = 0;
  forEachSemanticToken(analysis, from, to, (start, length, type) => {
    if (line < 0 || start >= nextStart) {
      line = line < 0 || start >= index.lineStart(line + 2) ? index.positionAt(start).line : line + 1;
      lineStart = index.lineStart(line);
      nextStart = line + 1 < index.lineCount ? index.lineStart(line + 1) : Infinity;
    }
    const character = start - lineStart;
    // Tokens never span lines except a comment at most to its end: clamp to the line.
    const clamped = start + length < nextStart ? length : index.lineEnd(line) - start;
    data.push(line - previousLine, line === previousLine ? character - previousCharacter : character, clamped, type, 0);
    previousLine = line;
    previousCharacter = character;
  });
  return data;
}

/** One edit turning `before` into `after`: what lies between their common start and their common end. */
export function tokensDelta(before: readonly number[], after: readonly number[]): { start: number; deleteCount: number; data: number[] } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, deleteCount: before.length - start - end, data: after.slice(start, after.length - end) };
}

/** The answer to a delta request that cannot be answered (the guard's fallback). */
const NO_DELTA: SemanticTokensDelta | SemanticTokens = { edits: [] };

export const semanticTokensFeature: Feature = {
  name: 'semantic-tokens',
  capabilities: {
    semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] }, full: { delta: true }, range: true },
  },
  register(ctx) {
    // Per document: the last full result sent, the base of the next delta.
    const last = new Map<string, { resultId: string; data: number[] }>();
    let counter = 0;
    ctx.documents.onDidClose((event) => last.delete(event.document.uri));
    const full = (uri: string, analysis: Analysis): SemanticTokens => {
      const result = { resultId: String(++counter), data: encodeTokens(analysis) };
      last.set(uri, result);
      return result;
    };
    ctx.connection.languages.semanticTokens.on(
      guard('semantic-tokens', ctx.log, { data: [] }, (params) => {
        const analysis = ctx.analysisOf(params.textDocument.uri);
        if (!analysis) return { data: [] };
        return full(params.textDocument.uri, analysis);
      }),
    );
    ctx.connection.languages.semanticTokens.onDelta(
      guard('semantic-tokens', ctx.log, NO_DELTA, (params: SemanticTokensDeltaParams): SemanticTokensDelta | SemanticTokens => {
        const uri = params.textDocument.uri;
        const analysis = ctx.analysisOf(uri);
        if (!analysis) return { data: [] };
        const previous = last.get(uri);
        const result = full(uri, analysis);
        // Unknown base (another client's, or before a restart): the whole document.
        if (!previous || previous.resultId !== params.previousResultId) return result;
        return { resultId: result.resultId, edits: [tokensDelta(previous.data, result.data)] };
      }),
    );
    ctx.connection.languages.semanticTokens.onRange(
      guard('semantic-tokens', ctx.log, { data: [] }, (params) => {
        const analysis = ctx.analysisOf(params.textDocument.uri);
        if (!analysis) return { data: [] };
        const index = analysis.lineIndex;
        const from = index.lineStart(Math.min(params.range.start.line, index.lineCount - 1));
        const to = params.range.end.line >= index.lineCount ? Infinity : index.lineStart(params.range.end.line) + params.range.end.character;
        return { data: encodeTokens(analysis, from, to) };
      }),
    );
  },
};
