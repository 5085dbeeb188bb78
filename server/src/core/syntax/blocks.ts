/**
 * The document as a list of blocks, and the incremental parse built on it.
 *
 * A block starts at a `poste`, `option` or `exemple` line (the first block at the start of the
 * text): those lines reset the parser's state, so a block parses on its own given three facts
 * about the blocks before it (`BlockContext`). On a keystroke, `SyntaxMemo` re-lexes and re-parses
 * only the blocks the edit touched; the blocks before are kept as they are and the blocks after are
 * kept and moved: their ranges are shifted in place, which is why an analysis made from a memo is
 * only valid until the next one made from the same memo.
 */
import type * as A from './ast';
import { lex, type Token } from './lexer';
import { FIRST_BLOCK, internalErrorDocument, parseBlock, parseWhole, type BlockContext, type BlockSyntax } from './parser';
import type { Span } from './text';

export interface Block {
  /** Offsets in the current text; `end` is the next block's start (or the text's end). */
  start: number;
  end: number;
  /** The block's tokens, without `eof`. */
  tokens: Token[];
  context: BlockContext;
  syntax: BlockSyntax;
}

/** The whole text as blocks plus the document assembled from them. */
export interface BlockedDocument {
  document: A.GridDocument;
  /** Empty when the text was parsed whole (see `BlockSyntax.irregular`). */
  blocks: Block[];
  /** How many blocks this parse had to parse (the others were kept from the previous one). */
  parsed: number;
  /**
   * The blocks kept from the previous parse that moved, and by how much: the layers above move the
   * ranges they made for those blocks (the model's memo, see `ModelMemo`).
   */
  moved: { blocks: Block[]; by: number };
}

const NOT_MOVED = { blocks: [], by: 0 };

const BLOCK_KEYWORDS = new Set(['poste', 'option', 'exemple']);

/** Parses a text from scratch, block by block. */
export function parse(text: string): A.GridDocument {
  return parseBlocks(text, false).document;
}

/** `own`: the blocks will be kept beyond this text (a memo's), so their strings are copies (see `detach`). */
export function parseBlocks(text: string, own = true): BlockedDocument {
  try {
    const tokens = lex(text, 0, text.length, own);
    tokens.pop(); // eof
    return finish(text, splitBlocks(tokens, 0, text.length), [], own);
  } catch (error) {
    return { document: internalErrorDocument(text, error), blocks: [], parsed: 0, moved: NOT_MOVED };
  }
}

/** Cuts tokens (of the text between `from` and `to`, a line start and a line start or the end) into blocks. */
function splitBlocks(tokens: Token[], from: number, to: number): Block[] {
  const blocks: Block[] = [];
  let first = 0;
  let start = from;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const before = tokens[i - 1]!;
    if (token.kind === 'word' && before.kind === 'newline' && BLOCK_KEYWORDS.has(token.value)) {
      blocks.push(newBlock(start, before.end, tokens.slice(first, i)));
      first = i;
      start = before.end;
    }
  }
  blocks.push(newBlock(start, to, first === 0 ? tokens : tokens.slice(first)));
  return blocks;
}

const UNPARSED = null as unknown as BlockSyntax;

function newBlock(start: number, end: number, tokens: Token[]): Block {
  return { start, end, tokens, context: FIRST_BLOCK, syntax: UNPARSED };
}

function sameContext(a: BlockContext, b: BlockContext): boolean {
  return a.inOption === b.inOption && a.headerSeen === b.headerSeen && a.itemsSeen === b.itemsSeen;
}

function eofAt(offset: number): Token {
  return { kind: 'eof', start: offset, end: offset, text: '', value: '' };
}

/**
 * Parses the blocks that need it (new ones, and kept ones whose context changed), then assembles
 * the document; `reused` are the blocks kept from the previous parse (already moved).
 */
function finish(text: string, blocks: Block[], reused: Block[], own = true, moved: BlockedDocument['moved'] = NOT_MOVED): BlockedDocument {
  const kept = new Set(reused);
  let context = FIRST_BLOCK;
  let parsed = 0;
  for (const block of blocks) {
    if (!kept.has(block) || !sameContext(block.context, context)) {
      parsed++;
      block.context = context;
      block.syntax = parseBlock(text, [...block.tokens, eofAt(block.end)], context, own);
    }
    if (block.syntax.irregular) return whole(text, blocks);
    const s = block.syntax;
    context = {
      inOption: context.inOption || s.option !== null,
      headerSeen: context.headerSeen || s.header !== null,
      itemsSeen: context.itemsSeen || s.items.length > 0,
    };
  }
  return { document: assemble(text, blocks), blocks, parsed, moved };
}

function whole(text: string, blocks: Block[]): BlockedDocument {
  return { document: parseWhole(text, allTokens(text, blocks)), blocks: [], parsed: 1, moved: NOT_MOVED };
}

/** Every block's tokens and the text's `eof`, in one native copy (pushing them one by one costs more than the parse). */
function allTokens(text: string, blocks: Block[]): Token[] {
  return ([] as Token[]).concat(...blocks.map((b) => b.tokens), [eofAt(text.length)]);
}

/** Puts the blocks' shares of the tree together, as the whole-text parser would have built them. */
function assemble(text: string, blocks: Block[]): A.GridDocument {
  const items: A.TopItem[] = [];
  const errors: A.SyntaxError[] = [];
  const comments: A.Comment[] = [];
  const notes: A.NoteNode[] = [];
  const printed: A.PrintedNotation[] = [];
  let header: A.ContractHeader | null = null;
  let option: A.OptionNode | null = null;
  let optionEnd = 0;
  const closeOption = () => {
    if (option) option.range = { start: option.range.start, end: optionEnd };
  };
  for (const block of blocks) {
    const s = block.syntax;
    for (const item of s.items) items.push(item);
    for (const e of s.errors) errors.push(e);
    for (const c of s.comments) comments.push(c);
    for (const note of s.notes) notes.push(note);
    for (const p of s.printed) printed.push(p);
    if (!header && s.header) header = s.header;
    if (s.option) {
      closeOption();
      option = s.option.node;
      option.items = [...s.option.items];
      option.range = s.option.range;
      optionEnd = s.option.range.end;
    } else if (option) {
      for (const item of s.optionItems) option.items.push(item);
      if (s.optionExtent !== null) optionEnd = s.optionExtent;
    }
  }
  closeOption();
  return { kind: 'document', range: { start: 0, end: text.length }, header, items, comments, notes, printed, errors, tokens: allTokens(text, blocks) };
}

function move(block: Block, by: number): void {
  shift([block], by);
  shift(block.tokens, by);
  shift(block.syntax.spans, by);
  if (block.syntax.optionExtent !== null) block.syntax.optionExtent += by;
}

/** Moves ranges in place (the block's, or those a higher layer made for it). */
export function shift(ranges: Span[], by: number): void {
  for (const r of ranges) {
    r.start += by;
    r.end += by;
  }
}

const isBreak = (code: number) => code === 10 || code === 13;

/**
 * The previous text and its blocks, for one document. `parse` returns the new text's blocks,
 * re-parsing only what the edit touched.
 */
export class SyntaxMemo {
  private text: string | null = null;
  private blocks: Block[] = [];

  parse(text: string): BlockedDocument {
    const result = this.reparse(text);
    this.text = text;
    this.blocks = result.blocks;
    return result;
  }

  private reparse(text: string): BlockedDocument {
    const old = this.text;
    const blocks = this.blocks;
    if (old === null || blocks.length === 0) return parseBlocks(text);
    if (old === text) return finish(text, blocks, blocks);
    try {
      const prefix = commonPrefix(old, text);
      const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
      // Blocks before the edit are kept, except the last: the edit may have turned its next
      // block's first line into one of its own lines.
      let before = 0;
      while (before < blocks.length && blocks[before]!.end <= prefix) before++;
      before = Math.max(0, before - 1);
      const windowStart = before === 0 ? 0 : blocks[before]!.start;
      // Blocks after the edit: same text, moved by the change of length, still at a line start.
      const by = text.length - old.length;
      const changedEnd = old.length - suffix;
      let after = blocks.length;
      while (after > before + 1) {
        const b = blocks[after - 1]!;
        if (b.start < changedEnd || b.start + by < windowStart || !isBreak(text.charCodeAt(b.start + by - 1))) break;
        after--;
      }
      const windowEnd = after < blocks.length ? blocks[after]!.start + by : text.length;
      const moved = blocks.slice(after);
      if (by !== 0) for (const b of moved) move(b, by);
      const windowTokens = lex(text, windowStart, windowEnd, true);
      windowTokens.pop();
      const kept = blocks.slice(0, before);
      return finish(
        text,
        [...kept, ...splitBlocks(windowTokens, windowStart, windowEnd), ...moved],
        [...kept, ...moved],
        true,
        by === 0 ? NOT_MOVED : { blocks: moved, by },
      );
    } catch {
      // A bug here must not cost the user the analysis: parse from scratch.
      return parseBlocks(text);
    }
  }
}

/** Compared by chunks first: equality of two substrings is a native comparison, a loop over characters is not. */
const CHUNK = 4096;

export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.substr(i, CHUNK) === b.substr(i, CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** At most `limit` characters, so prefix and suffix never overlap. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let k = 0;
  while (k + CHUNK <= limit && a.substr(a.length - k - CHUNK, CHUNK) === b.substr(b.length - k - CHUNK, CHUNK)) k += CHUNK;
  while (k < limit && a.charCodeAt(a.length - k - 1) === b.charCodeAt(b.length - k - 1)) k++;
  return k;
}
