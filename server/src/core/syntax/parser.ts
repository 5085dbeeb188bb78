/**
 * Recursive-descent parser over lines. A grid is line-oriented like the printed table it mirrors:
 * each physical line starts with a keyword (or an act name) that says what it is, so an error
 * never spreads past its line. The parser never throws: it returns a tree plus errors.
 */
import type { Localized } from '../diagnostics/messages';
import { reporter, type MessageRef } from '../diagnostics/rule-definition';
import { phrase } from '../diagnostics/messages';
import { SYNTAX_RULES, SYNTAX_WORDS as W, type SyntaxCode } from './syntax-rules';
import type * as A from './ast';
import { lex, type Token } from './lexer';
import { suggest } from './suggest';
import { detach, type Span } from './text';
import { LANGUAGE_LIMITS, numberWithinLimits } from './limits';
import { readWrittenDate } from './calendar';
import {
  ALL_KEYWORDS,
  BASIS_START_WORDS,
  CASE_FLAGS,
  CASE_KEYWORDS,
  CONDITION_FILLERS,
  COVERAGE_START_WORDS,
  DOTTED_SIGLES,
  HEADER_KEYS,
  MERGED_WORDS,
  MINUS_SECU_WORDS,
  NON_SECTOR_WORDS,
  ORDINAL_SUFFIXES,
  ORDINAL_WORDS,
  PERCENT_UNIT_WORDS,
  POOL_WORDS,
  SCOPE_WORDS,
  SECTOR_WORDS,
  REGIME_WORDS,
  STAY_WORDS,
  TERRITORY_WORDS,
  UNIT_WORDS,
} from './vocabulary';

export const SYNTAX_CODES = {
  unexpectedCharacter: 'GR001',
  unterminatedString: 'GR002',
  malformedNumber: 'GR003',
  invalidDate: 'GR004',
  unexpectedToken: 'GR005',
  missingValue: 'GR006',
  orphanContinuation: 'GR007',
  misplacedHeader: 'GR008',
  unknownKeyword: 'GR009',
  unknownUnit: 'GR010',
  ambiguousNumber: 'GR011',
  numberOutOfRange: 'GR012',
  internalError: 'GR000',
} as const satisfies Record<string, SyntaxCode>;

/** Letters joined by dots (`B.R.`): a dotted abbreviation, one word for the lexer. */
const DOTTED = /\p{L}\.\p{L}/u;

/** A comment that writes a footnote: `# (5) …`, `# 5) …`, `# * …`, `# ** …`, `# ⁵ …`. */
const COMMENT_NOTE = /^#\s*(\((?:[0-9]{1,3}|\*{1,4}|[a-zA-Z])\)|[0-9]{1,3}\)|\*{1,4}|[⁽⁾⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(\S.*)$/;

interface SourceLine {
  /** The line's tokens, without its footnote marks. */
  tokens: Token[];
  /** The end of each token, over the footnote marks written right after it (`150 % BR (5)`). */
  ends: number[];
  /** The line's footnote marks (`(5)`, `*`, `⁵`), set aside from its tokens. */
  marks: Token[];
  start: number;
  end: number;
}

const { finding } = reporter(SYNTAX_RULES);

/** Which message of a syntax code, and its placeholders' values (see `syntax-rules.ts`). */
type SyntaxMessage<Code extends SyntaxCode> = MessageRef<typeof SYNTAX_RULES, Code>;

/**
 * A line that cannot be read further: the token it failed at and the finding to report, as its
 * code's message reference. The message is filled where the failure is reported (`Parser.fail`),
 * once its range is known.
 */
class ParseFailure {
  /** The suggested word for the failing token, when there is one. */
  replacement: string | undefined;
  private constructor(
    readonly token: Token,
    readonly code: SyntaxCode,
    /** A `SyntaxMessage<code>`, as `ParseFailure.at` checked it. */
    readonly message: object,
  ) {}

  static at<Code extends SyntaxCode>(this: void, token: Token, code: Code, message: SyntaxMessage<Code>): ParseFailure {
    return new ParseFailure(token, code, message);
  }

  /** Offers `word` in place of the failing token. */
  suggesting(word: string | null | undefined): this {
    if (word) this.replacement = word;
    return this;
  }
}

/** The failure at `token`, with its code's message. */
const failure = ParseFailure.at;

/**
 * The whole text in one pass: the reference the block parser (`blocks.ts`) is checked against, and
 * its fallback for files whose blocks are not independent (see `BlockSyntax.irregular`).
 */
export function parseWhole(text: string, tokens: Token[] = lex(text)): A.GridDocument {
  try {
    return new Parser(text, tokens, null).parseDocument();
  } catch (error) {
    return internalErrorDocument(text, error);
  }
}

/** GR012: a number with more digits than the language computes exactly (see `LANGUAGE_LIMITS`). */
function tooLarge(token: Token): ParseFailure {
  const { integerDigits, fractionDigits } = LANGUAGE_LIMITS;
  // A number of hundreds of digits is shown by its start and its length.
  return token.text.length > 24
    ? failure(token, SYNTAX_CODES.numberOutOfRange, {
        variant: 'long',
        start: token.text.slice(0, 20),
        length: token.text.length,
        integerDigits,
        fractionDigits,
      })
    : failure(token, SYNTAX_CODES.numberOutOfRange, { number: token.text, integerDigits, fractionDigits });
}

/** A finding of the parser, as the tree keeps it. */
function syntaxError<Code extends SyntaxCode>(code: Code, range: Span, message: SyntaxMessage<Code>, replacement?: string): A.SyntaxError {
  const { message: fr, messageEn: en } = finding(code, range, message);
  const error: A.SyntaxError = { code, message: fr, messageEn: en!, range };
  if (replacement) error.replacement = replacement;
  return error;
}

/** Safety net only: every path of the parser reports errors instead of throwing. */
function internalError(error: unknown, range: Span): A.SyntaxError {
  return syntaxError(SYNTAX_CODES.internalError, range, { reason: error instanceof Error ? error.message : String(error) });
}

export function internalErrorDocument(text: string, error: unknown): A.GridDocument {
  return {
    kind: 'document',
    range: { start: 0, end: text.length },
    header: null,
    items: [],
    comments: [],
    notes: [],
    printed: [],
    tokens: [],
    errors: [internalError(error, { start: 0, end: Math.min(text.length, 1) })],
  };
}

/**
 * What a block depends on from the blocks before it. A block starts at a `poste`, `option` or
 * `exemple` line, which resets the rest of the parser's state (current section, example, last
 * guarantee line).
 */
export interface BlockContext {
  /** An option was opened before: the block's sections and loose lines belong to it. */
  inOption: boolean;
  /** A `contrat` header was read before (a second one is an error). */
  headerSeen: boolean;
  /** A top-level item was read before (a header after it is misplaced). */
  itemsSeen: boolean;
}

export const FIRST_BLOCK: BlockContext = { inOption: false, headerSeen: false, itemsSeen: false };

/** One block's share of the tree; `blocks.ts` puts the blocks together into a document. */
export interface BlockSyntax {
  /** What the block adds to the document's items. */
  items: A.TopItem[];
  header: A.ContractHeader | null;
  /** The option this block opens, with its items and range as the block leaves them. */
  option: { node: A.OptionNode; items: (A.SectionNode | A.GuaranteeLine)[]; range: Span } | null;
  /** Sections and lines added to the option opened before the block. */
  optionItems: (A.SectionNode | A.GuaranteeLine)[];
  /** Where the block extends that option's range to, if it does. */
  optionExtent: number | null;
  errors: A.SyntaxError[];
  comments: A.Comment[];
  notes: A.NoteNode[];
  printed: A.PrintedNotation[];
  /**
   * The block reached into an earlier block's node (a header attribute line after a failed
   * `option` line, read as the header's continuation): blocks are not independent, parse whole.
   */
  irregular: boolean;
  /** Every range object the block created, so it can be moved when text before it changes. */
  spans: Span[];
}

/**
 * `tokens`: the block's tokens followed by an `eof` token at the block's end. `own`: strings cut
 * from the text are copies, as the block will outlive this version of the text (see `detach`).
 */
export function parseBlock(text: string, tokens: Token[], context: BlockContext, own = true): BlockSyntax {
  const spans: Span[] = [];
  try {
    return { ...new Parser(text, tokens, context, own, spans).parseBlock(), spans };
  } catch (error) {
    const range = { start: tokens[0]?.start ?? 0, end: Math.max(tokens[0]?.start ?? 0, tokens[tokens.length - 1]?.end ?? 0) };
    return {
      items: [],
      header: null,
      option: null,
      optionItems: [],
      optionExtent: null,
      comments: [],
      notes: [],
      printed: [],
      errors: [internalError(error, range)],
      irregular: false,
      spans,
    };
  }
}

/** What a token is, for a message (`{found}`): `la fin de la ligne`, `la chaîne "…"`, `« … »`. */
function describe(token: Token): Localized {
  switch (token.kind) {
    case 'eof':
    case 'newline':
      return W.endOfLine;
    case 'string':
      return phrase(W.string, { value: token.value });
    default:
      return phrase(W.token, { text: token.text });
  }
}

/** « (vouliez-vous dire « … » ?) » after a mistyped word (`{didYouMean}`), or nothing. */
function didYouMean(guess: string | null | undefined): Localized {
  return guess ? phrase(W.didYouMean, { word: guess }) : W.noSuggestion;
}

/** What a coverage's limits are written into: a variant, or one formula's cell. */
type LimitHolder = Pick<A.Variant, 'limits' | 'typicalPrice' | 'coverage'>;

/** A cursor over the tokens of one line. */
class LineCursor {
  private index = 0;

  constructor(
    readonly line: SourceLine,
    private readonly eof: Token,
  ) {}

  peek(offset = 0): Token {
    return this.line.tokens[this.index + offset] ?? this.eof;
  }

  next(): Token {
    const token = this.peek();
    if (this.index < this.line.tokens.length) this.index++;
    return token;
  }

  atEnd(): boolean {
    return this.index >= this.line.tokens.length;
  }

  /** Whether the line ends `offset` tokens ahead. */
  atEndAt(offset: number): boolean {
    return this.index + offset >= this.line.tokens.length;
  }

  isWord(value: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'word' && token.value === value;
  }

  /** Consumes a sequence of words if all are there (`dans la limite de`). */
  acceptWords(...values: string[]): Token[] | null {
    for (let i = 0; i < values.length; i++) if (!this.isWord(values[i]!, i)) return null;
    const taken: Token[] = [];
    for (let i = 0; i < values.length; i++) taken.push(this.next());
    return taken;
  }

  accept(kind: Token['kind']): Token | null {
    return this.peek().kind === kind ? this.next() : null;
  }

  /** The next token, of `kind`; else GR006 « `what` attendu ». */
  expect(kind: Token['kind'], what: Localized): Token {
    const token = this.peek();
    if (token.kind !== kind) throw failure(token, SYNTAX_CODES.missingValue, { what, found: describe(token) });
    return this.next();
  }

  /** End offset of the last consumed token, over the footnote marks after it. */
  lastEnd(): number {
    return this.index > 0 ? this.line.ends[this.index - 1]! : this.line.start;
  }

  skipToEnd(): void {
    this.index = this.line.tokens.length;
  }

  mark(): number {
    return this.index;
  }

  reset(mark: number): void {
    this.index = mark;
  }
}

class Parser {
  private readonly tokens: Token[];
  private readonly errors: A.SyntaxError[] = [];
  private readonly comments: A.Comment[] = [];
  private readonly notes: A.NoteNode[] = [];
  private readonly printed: A.PrintedNotation[] = [];
  private readonly items: A.TopItem[] = [];
  private header: A.ContractHeader | null = null;
  private option: A.OptionNode | null = null;
  private section: A.SectionNode | null = null;
  private example: A.ExampleNode | null = null;
  private lastLine: A.GuaranteeLine | null = null;
  private eofToken: Token;
  /** Every guarantee line, to report those left without any coverage once all lines are read. */
  private readonly allLines: A.GuaranteeLine[] = [];
  /** Block mode: stands for the option opened in an earlier block, collecting what goes into it. */
  private readonly placeholder: A.OptionNode | null = null;
  /** Block mode: stands for the header read in an earlier block. */
  private readonly earlierHeader: A.ContractHeader | null = null;
  private irregular = false;

  constructor(
    private readonly text: string,
    tokens: Token[],
    private readonly context: BlockContext | null,
    private readonly owned = false,
    /** The block's range list (see `span`); null for a whole-text parse. */
    private readonly spans: Span[] | null = null,
  ) {
    this.tokens = tokens;
    this.eofToken = this.tokens[this.tokens.length - 1]!;
    if (context?.inOption) {
      this.placeholder = { kind: 'option', range: { start: -1, end: -1 }, headerRange: { start: -1, end: -1 }, name: null, mode: null, items: [] };
      this.option = this.placeholder;
    }
    if (context?.headerSeen) {
      this.earlierHeader = { kind: 'header', range: { start: -1, end: -1 }, keywordRange: { start: -1, end: -1 }, name: null, attributes: [] };
      this.header = this.earlierHeader;
    }
  }

  /** Strings cut from the text are copies when the tree may outlive this version of it. */
  private own(s: string): string {
    return this.owned ? detach(s) : s;
  }

  parseDocument(): A.GridDocument {
    this.parseAllLines();
    return {
      kind: 'document',
      range: this.span(0, this.text.length),
      header: this.header,
      items: this.items,
      comments: this.comments,
      notes: this.notes,
      printed: this.printed,
      errors: this.errors,
      tokens: this.tokens,
    };
  }

  parseBlock(): Omit<BlockSyntax, 'spans'> {
    this.parseAllLines();
    const opened = this.option && this.option !== this.placeholder ? this.option : null;
    const extent = this.placeholder && this.placeholder.range.end !== -1 ? this.placeholder.range.end : null;
    return {
      items: this.items,
      header: this.header === this.earlierHeader ? null : this.header,
      option: opened ? { node: opened, items: [...opened.items], range: opened.range } : null,
      optionItems: this.placeholder ? this.placeholder.items : [],
      optionExtent: extent,
      errors: this.errors,
      comments: this.comments,
      notes: this.notes,
      printed: this.printed,
      irregular: this.irregular,
    };
  }

  private parseAllLines(): void {
    for (const line of this.splitLines()) {
      const cursor = new LineCursor(line, { ...this.eofToken, start: line.end, end: line.end });
      try {
        // A line that opens a block ends what was open, even when it cannot be read further: as a
        // block of its own (blocks.ts) it starts from nothing, and the whole-text parse must agree.
        const opening = line.tokens[0]!;
        if (opening.kind === 'word' && (opening.value === 'poste' || opening.value === 'option' || opening.value === 'exemple')) {
          this.section = null;
          this.lastLine = null;
          this.example = null;
        }
        // A number past the language's bounds makes its whole line unreadable, rather than computed wrong.
        const outOfRange = line.tokens.find((t) => t.kind === 'number' && !numberWithinLimits(t.value));
        if (outOfRange) throw tooLarge(outOfRange);
        this.parseLine(cursor);
        if (!cursor.atEnd()) {
          const token = cursor.peek();
          this.error(SYNTAX_CODES.unexpectedToken, this.span(token.start, line.end), { found: describe(token) });
        }
      } catch (thrown) {
        if (!(thrown instanceof ParseFailure)) throw thrown;
        const token = thrown.token;
        // At the end of a line, point at the last token: the thing that is missing comes after it.
        const last = line.tokens[line.tokens.length - 1]!;
        this.fail(thrown, token.kind === 'eof' ? this.span(last.start, last.end) : this.span(token.start, token.end));
      }
    }
    for (const line of this.allLines) {
      const reported = this.errors.some((e) => e.range.start >= line.range.start && e.range.start <= line.range.end);
      if (!reported && !line.variants.some((v) => v.coverage || v.cells?.some((cell) => cell.coverage || cell.dash))) {
        this.error(SYNTAX_CODES.missingValue, line.act.range, { variant: 'coverageForAct', act: line.act.text });
      }
    }
    this.errors.sort((a, b) => a.range.start - b.range.start);
    // Comment notes are read with the lines, `note` lines with their line: in the text's order.
    this.notes.sort((a, b) => a.range.start - b.range.start);
    this.printed.sort((a, b) => a.range.start - b.range.start);
  }

  /** A printed notation read as printed, and its canonical spelling (offered by style GR504). */
  private printedAs(start: number, end: number, canonical: string): void {
    this.printed.push({ range: this.span(start, end), canonical: this.own(canonical) });
  }

  /** Reports `code` at `range`, its message filled now. */
  private error<Code extends SyntaxCode>(code: Code, range: Span, message: SyntaxMessage<Code>, replacement?: string): void {
    this.errors.push(syntaxError(code, range, message, replacement));
  }

  /** Reports a failure at `range`; its suggested word only when it failed at a token, not at the end of the line. */
  private fail(failure: ParseFailure, range: Span): void {
    // `ParseFailure.at` checked the message against the code.
    this.error(failure.code, range, failure.message as never, failure.token.kind === 'eof' ? undefined : failure.replacement);
  }

  /** Groups tokens into lines; lexical errors are reported here, comments set aside. */
  private splitLines(): SourceLine[] {
    const lines: SourceLine[] = [];
    let current: Token[] = [];
    let ends: number[] = [];
    let marks: Token[] = [];
    const flush = () => {
      if (current.length > 0) {
        const start = Math.min(current[0]!.start, marks[0]?.start ?? Infinity);
        lines.push({ tokens: current, ends, marks, start, end: ends[ends.length - 1]! });
      }
      current = [];
      ends = [];
      marks = [];
    };
    for (const token of this.tokens) {
      switch (token.kind) {
        case 'newline':
        case 'eof':
          flush();
          break;
        case 'comment':
          this.comments.push({ kind: 'comment', range: this.span(token.start, token.end), text: token.text });
          this.commentNote(token);
          break;
        case 'mark':
          // A printed footnote mark: it belongs to what it follows, and never changes what a line pays.
          if (current.length > 0) ends[ends.length - 1] = token.end;
          marks.push(token);
          break;
        case 'unknown':
          this.error(SYNTAX_CODES.unexpectedCharacter, this.span(token.start, token.end), { character: token.text });
          break;
        default:
          if (token.kind === 'string' && token.malformed) {
            this.error(SYNTAX_CODES.unterminatedString, this.span(token.start, token.end), {});
          } else if (token.kind === 'number' && token.malformed) {
            this.error(SYNTAX_CODES.malformedNumber, this.span(token.start, token.end), { number: token.text });
          } else if (token.kind === 'number' && token.ambiguous) {
            const [integer = '', decimals = ''] = token.text.split('.');
            this.error(SYNTAX_CODES.ambiguousNumber, this.span(token.start, token.end), { number: token.text, integer, decimals });
          } else if (token.kind === 'date' && token.value === '') {
            const { firstYear, lastYear } = LANGUAGE_LIMITS;
            const range = this.span(token.start, token.end);
            if (readWrittenDate(token.text).problem === 'range') {
              this.error(SYNTAX_CODES.invalidDate, range, { variant: 'outOfRange', date: token.text, firstYear, lastYear });
            } else {
              this.error(SYNTAX_CODES.invalidDate, range, { date: token.text });
            }
          }
          // `B.R.`, `R.O.`: read as BR, RO; the canonical spelling is offered (GR504).
          if (token.kind === 'word' && token.text.length > token.value.length + 1 && DOTTED_SIGLES.has(token.value) && DOTTED.test(token.text)) {
            this.printedAs(token.start, token.end, token.value.toUpperCase());
          }
          current.push(token);
          ends.push(token.end);
      }
    }
    flush();
    return lines;
  }

  /** `# (5) Dans la limite des frais réels`: a comment that writes a footnote. */
  private commentNote(token: Token): void {
    const found = COMMENT_NOTE.exec(token.text);
    if (!found) return;
    const written = found[1]!;
    const key = lex(written).find((t) => t.kind === 'mark')?.value ?? written.replace(')', '');
    const keyStart = token.start + token.text.indexOf(written);
    this.notes.push({
      kind: 'note',
      key,
      keyRange: this.span(keyStart, keyStart + written.length),
      text: this.own(found[2]!.trim()),
      comment: true,
      range: this.span(token.start, token.end),
    });
  }

  private parseLine(c: LineCursor): void {
    const first = c.peek();
    if (first.kind === 'number' && this.isLimitStart(c) && this.lastLine && !this.example) {
      this.parseVariants(c, this.lastLine, true);
      this.lastLine.range = this.span(this.lastLine.range.start, c.lastEnd());
      this.extendSection(this.lastLine.range.end);
      return;
    }
    if (first.kind === 'pipe' && this.lastLine && !this.example) {
      // The cells of a row written on the line after its act.
      this.parseVariants(c, this.lastLine, true);
      this.lastLine.range = this.span(this.lastLine.range.start, c.lastEnd());
      this.extendSection(this.lastLine.range.end);
      return;
    }
    if (first.kind !== 'word') {
      c.skipToEnd();
      throw failure(first, SYNTAX_CODES.unexpectedToken, { variant: 'unrecognisedLine' });
    }
    switch (first.value) {
      case 'contrat':
        return this.parseHeader(c);
      case 'poste':
        return this.parseSection(c);
      case 'option':
        return this.parseOption(c);
      case 'formule':
        return this.parseFormula(c);
      case 'exemple':
        return this.parseExample(c);
      case 'note':
        return this.parseNote(c);
      case 'acte':
      case 'situation':
      case 'attendu':
        return this.parseExampleStep(c);
    }
    if (this.example) {
      // Inside an example only example steps are allowed; anything else is a new guarantee line
      // only if no example is open, so report a likely typo of a step keyword.
      const guess = suggest(first.value, ['acte', 'situation', 'attendu', 'exemple', 'poste', 'option']);
      c.skipToEnd();
      throw failure(first, SYNTAX_CODES.unknownKeyword, { variant: 'exampleLine', word: first.text, didYouMean: didYouMean(guess) }).suggesting(guess);
    }
    if (HEADER_KEYS[first.value] !== undefined && !this.lastLine && !this.section && !this.option) {
      if (!this.header) {
        c.skipToEnd();
        throw failure(first, SYNTAX_CODES.misplacedHeader, { keyword: first.text });
      }
      if (this.header === this.earlierHeader) this.irregular = true;
      this.parseHeaderAttributes(c, this.header);
      this.header.range = this.span(this.header.range.start, c.lastEnd());
      return;
    }
    if (this.isSectorStart(c) || this.isLimitStart(c)) {
      if (!this.lastLine) {
        c.skipToEnd();
        throw failure(first, SYNTAX_CODES.orphanContinuation, {});
      }
      this.parseVariants(c, this.lastLine, true);
      this.lastLine.range = this.span(this.lastLine.range.start, c.lastEnd());
      this.extendSection(this.lastLine.range.end);
      return;
    }
    this.parseGuaranteeLine(c);
  }

  // -------------------------------------------------------------------------------------------
  // Header

  private parseHeader(c: LineCursor): void {
    const keyword = c.next();
    if (this.header) {
      c.skipToEnd();
      throw failure(keyword, SYNTAX_CODES.misplacedHeader, { variant: 'secondHeader' });
    }
    if (this.items.length > 0 || this.context?.itemsSeen) {
      this.error(SYNTAX_CODES.misplacedHeader, this.span(keyword.start, keyword.end), { variant: 'headerNotFirst' });
    }
    const nameToken = c.accept('string');
    const header: A.ContractHeader = {
      kind: 'header',
      range: this.span(keyword.start, keyword.end),
      keywordRange: this.span(keyword.start, keyword.end),
      name: nameToken ? this.stringLit(nameToken) : null,
      attributes: [],
    };
    this.header = header;
    if (!nameToken) {
      this.error(SYNTAX_CODES.missingValue, this.span(keyword.start, keyword.end), { variant: 'contractName' });
    }
    this.parseHeaderAttributes(c, header);
    header.range = this.span(keyword.start, c.lastEnd());
  }

  private parseHeaderAttributes(c: LineCursor, header: A.ContractHeader): void {
    while (!c.atEnd()) {
      if (c.accept('comma')) continue;
      const keyToken = c.peek();
      if (keyToken.kind !== 'word' || HEADER_KEYS[keyToken.value] === undefined) {
        const suggestion = keyToken.kind === 'word' ? suggest(keyToken.value, Object.keys(HEADER_KEYS)) : null;
        throw failure(keyToken, SYNTAX_CODES.unknownKeyword, {
          variant: 'headerAttribute',
          found: describe(keyToken),
          didYouMean: didYouMean(suggestion),
        }).suggesting(suggestion);
      }
      c.next();
      const key = HEADER_KEYS[keyToken.value]!;
      const keyRange = this.span(keyToken.start, keyToken.end);
      let value: A.HeaderAttribute['value'] = null;
      switch (keyToken.value) {
        case 'assureur':
        case 'organisme':
          value = this.stringLit(c.expect('string', W.insurer));
          break;
        case 'millesime': {
          const t = c.expect('number', W.millesime);
          value = this.numberLit(t);
          break;
        }
        case 'effet': {
          const t = c.expect('date', W.effectiveDate);
          value = { kind: 'date', value: t.value, range: this.span(t.start, t.end) };
          break;
        }
        case 'responsable':
          value = this.acceptWordValue(c, ['oui', 'non']) ?? { kind: 'word', value: 'oui', range: keyRange };
          break;
        case 'non_responsable':
          value = { kind: 'word', value: 'non', range: keyRange };
          break;
        case 'collectif':
        case 'individuel':
          value = { kind: 'word', value: keyToken.value, range: keyRange };
          break;
        case 'type':
          value = this.requireWordValue(c, ['individuel', 'collectif'], W.contractType);
          break;
        case 'base': {
          const start = c.peek();
          if (c.acceptWords('ro', 'inclus')) value = { kind: 'word', value: 'ro_inclus', range: this.span(start.start, c.lastEnd()) };
          else if (c.acceptWords('en', 'sus')) value = { kind: 'word', value: 'en_sus', range: this.span(start.start, c.lastEnd()) };
          else value = this.requireWordValue(c, ['ro_inclus', 'en_sus'], W.headerBasis);
          break;
        }
        case 'annee':
          value = this.requireWordValue(c, ['civile', 'adhesion'], W.yearMode);
          break;
        case 'pmss':
          value = this.requireWordValue(c, ['soins', 'millesime'], W.pmssYear);
          break;
        case 'pourcentages':
        case 'pourcentage': {
          const start = c.peek();
          const base = this.parsePercentBase(c);
          value = { kind: 'word', value: base, range: this.span(start.start, c.lastEnd()) };
          break;
        }
        case 'regime': {
          // `regime local`: the default régime of every example case (a case may say its own).
          const start = c.peek();
          const regime = this.parseRegime(c);
          value = { kind: 'word', value: regime, range: this.span(start.start, c.lastEnd()) };
          break;
        }
      }
      header.attributes.push({ kind: 'header-attribute', key, keyRange, value, range: this.span(keyToken.start, c.lastEnd()) });
    }
  }

  private acceptWordValue(c: LineCursor, values: readonly string[]): A.Word | null {
    const token = c.peek();
    if (token.kind === 'word' && values.includes(token.value)) {
      c.next();
      return { kind: 'word', value: token.value, range: this.span(token.start, token.end) };
    }
    return null;
  }

  /** One of two words (`type individuel`, `type collectif`); else GR006 « `what` : « a » ou « b » attendu ». */
  private requireWordValue(c: LineCursor, values: readonly [string, string], what: Localized): A.Word {
    const word = this.acceptWordValue(c, values);
    if (word) return word;
    const token = c.peek();
    const guess = token.kind === 'word' ? suggest(token.value, values) : null;
    const [first, second] = values;
    throw failure(token, SYNTAX_CODES.missingValue, {
      variant: 'oneOfTwo',
      what,
      first,
      second,
      found: describe(token),
      didYouMean: didYouMean(guess),
    }).suggesting(guess);
  }

  // -------------------------------------------------------------------------------------------
  // Structure

  private parseSection(c: LineCursor): void {
    const keyword = c.next();
    this.example = null;
    this.lastLine = null;
    const name = this.parseName(c, 'sectionName');
    const section: A.SectionNode = {
      kind: 'section',
      range: this.span(keyword.start, keyword.end),
      headerRange: this.span(keyword.start, keyword.end),
      name,
      limits: [],
      lines: [],
    };
    if (this.option) this.option.items.push(section);
    else this.items.push(section);
    this.section = section;
    while (!c.atEnd()) {
      if (c.accept('comma')) continue;
      if (c.isWord('pourcentages') || c.isWord('pourcentage')) {
        const start = c.next();
        section.percentOf = { value: this.parsePercentBase(c), range: this.span(start.start, c.lastEnd()) };
        continue;
      }
      if (!this.isLimitStart(c)) throw failure(c.peek(), SYNTAX_CODES.unexpectedToken, { variant: 'afterSectionName', found: describe(c.peek()) });
      section.limits.push(this.parseLimit(c));
    }
    section.headerRange = this.span(keyword.start, c.lastEnd());
    section.range = section.headerRange;
  }

  /**
   * After `pourcentages` (header or section): `BR` or `FR`, what bare percentages (`150 %`) are of;
   * also `pourcentages de la BR`, `pourcentages en % BR`, `pourcentages des frais réels`.
   */
  private parsePercentBase(c: LineCursor): A.PercentBase {
    if (!(c.acceptWords('de', 'la') || c.acceptWords('du') || c.acceptWords('des') || c.acceptWords('de') || c.acceptWords('en'))) c.acceptWords('sur', 'la');
    c.accept('percent');
    const token = c.peek();
    if (token.kind === 'word') {
      if (['br', 'brss', 'tr', 'bss', 'trss'].includes(token.value) || c.isWord('base', 0)) {
        c.next();
        c.acceptWords('de', 'remboursement');
        return 'br';
      }
      if (c.acceptWords('fr') || c.acceptWords('frais', 'reels')) return 'fr';
    }
    const guess = token.kind === 'word' ? suggest(token.value, ['br', 'fr'])?.toUpperCase() : null;
    throw failure(token, SYNTAX_CODES.missingValue, {
      variant: 'oneOfTwo',
      what: W.percentBase,
      first: 'BR',
      second: 'FR',
      found: describe(token),
      didYouMean: didYouMean(guess),
    }).suggesting(guess);
  }

  /** The quoted name after `poste`, `option`, `exemple`; `missing`: GR006's message when it is not quoted. */
  private parseName(c: LineCursor, missing: 'sectionName' | 'optionName' | 'exampleName' | 'formulaName'): A.StringLit | null {
    const token = c.accept('string');
    if (token) return this.stringLit(token);
    // Recover: take the bare words as the name, and say quotes are expected.
    const words: Token[] = [];
    while (c.peek().kind === 'word' && !this.isLimitStart(c)) words.push(c.next());
    if (words.length === 0) {
      this.error(SYNTAX_CODES.missingValue, this.span(c.line.start, c.lastEnd()), { variant: missing });
      return null;
    }
    const range = this.span(words[0]!.start, words[words.length - 1]!.end);
    this.error(SYNTAX_CODES.missingValue, range, { variant: missing });
    return { kind: 'string', value: this.own(this.text.slice(range.start, range.end)), range };
  }

  private parseOption(c: LineCursor): void {
    const keyword = c.next();
    this.example = null;
    this.section = null;
    this.lastLine = null;
    const name = this.parseName(c, 'optionName');
    const option: A.OptionNode = {
      kind: 'option',
      range: this.span(keyword.start, keyword.end),
      headerRange: this.span(keyword.start, keyword.end),
      name,
      mode: null,
      items: [],
    };
    this.parseModeAndStatus(c, option, 'stackingMode', false);
    option.range = this.span(keyword.start, c.lastEnd());
    option.headerRange = this.span(keyword.start, c.lastEnd());
    this.items.push(option);
    this.option = option;
  }

  /**
   * The rest of an `option` or `formule` line: its stacking mode and its status, each at most
   * once, in either order (`inclut_socle non_responsable`); anything else is GR006 `variant`.
   */
  private parseModeAndStatus(c: LineCursor, into: Pick<A.OptionNode, 'mode' | 'status'>, variant: 'stackingMode' | 'formulaWord', commas: boolean): void {
    while (!c.atEnd()) {
      if (commas && c.accept('comma')) continue;
      const start = c.peek();
      const mode = this.parseStackingMode(c);
      if (mode && !into.mode) {
        into.mode = mode;
        continue;
      }
      const status = mode ? null : this.parseStatusWord(c);
      if (status && !into.status) {
        into.status = status;
        continue;
      }
      throw failure(start, SYNTAX_CODES.missingValue, { variant, found: describe(start) });
    }
  }

  /** `inclut_socle` (`inclut socle`, `socle inclus`) or `en_sus_du_socle` (`en sus du socle`, `en_sus`). */
  private parseStackingMode(c: LineCursor): { value: A.OptionMode; range: Span } | null {
    const start = c.peek();
    if (c.acceptWords('inclut_socle') || c.acceptWords('inclut', 'socle') || c.acceptWords('socle', 'inclus')) {
      return { value: 'inclut_socle', range: this.span(start.start, c.lastEnd()) };
    }
    if (c.acceptWords('en_sus_du_socle') || c.acceptWords('en', 'sus', 'du', 'socle') || c.acceptWords('en_sus')) {
      return { value: 'en_sus_du_socle', range: this.span(start.start, c.lastEnd()) };
    }
    return null;
  }

  /** `responsable`, `responsable oui|non`, `non_responsable`, `non responsable`. */
  private parseStatusWord(c: LineCursor): A.StatusWord | null {
    const start = c.peek();
    if (c.acceptWords('non_responsable') || c.acceptWords('non', 'responsable')) return { value: false, range: this.span(start.start, c.lastEnd()) };
    if (c.acceptWords('responsable')) {
      const answer = this.acceptWordValue(c, ['oui', 'non']);
      return { value: answer?.value !== 'non', range: this.span(start.start, c.lastEnd()) };
    }
    return null;
  }

  /** `formule "Option 1" [inclut_socle | en_sus_du_socle] [responsable | non_responsable]`. */
  private parseFormula(c: LineCursor): void {
    const keyword = c.next();
    if (this.section || this.option || this.lastLine || this.example || this.context?.itemsSeen) {
      this.error(SYNTAX_CODES.misplacedHeader, this.span(keyword.start, keyword.end), { variant: 'formulaNotFirst' });
    }
    this.example = null;
    this.section = null;
    this.lastLine = null;
    const formula: A.FormulaNode = { kind: 'formula', range: this.span(keyword.start, keyword.end), name: null, mode: null };
    this.items.push(formula);
    try {
      formula.name = this.parseName(c, 'formulaName');
      this.parseModeAndStatus(c, formula, 'formulaWord', true);
    } finally {
      formula.range = this.span(keyword.start, Math.max(keyword.end, c.lastEnd()));
    }
  }

  /**
   * `note (5) "Dans la limite des frais réels"` (also `note * "…"`, `note 5 …`): the footnote
   * printed marks refer to. Its text is the quoted string, or the rest of the line as written. It
   * changes nothing else: a section, a line or an example goes on after it.
   */
  private parseNote(c: LineCursor): void {
    const keyword = c.next();
    const line = c.line;
    let key = '';
    let keyRange: Span | null = null;
    // The mark is set aside with the line's marks (after the keyword), or written as a number.
    const mark = line.marks.find((t) => t.start >= keyword.end && t.start < (line.tokens[1]?.start ?? Infinity));
    if (mark) {
      key = mark.value;
      keyRange = this.span(mark.start, mark.end);
    } else if (c.peek().kind === 'number') {
      const number = c.next();
      key = number.text;
      c.accept('rparen');
      keyRange = this.span(number.start, c.lastEnd());
    }
    let text = '';
    const string = c.peek().kind === 'string' && c.atEndAt(1) ? c.next() : null;
    if (string) text = string.value;
    else if (!c.atEnd()) text = this.text.slice(c.peek().start, line.end).trim();
    c.skipToEnd();
    this.notes.push({ kind: 'note', key: this.own(key), keyRange, text: this.own(text), range: this.span(line.start, line.end) });
  }

  private parseExample(c: LineCursor): void {
    const keyword = c.next();
    this.section = null;
    this.lastLine = null;
    const name = this.parseName(c, 'exampleName');
    const example: A.ExampleNode = {
      kind: 'example',
      range: this.span(keyword.start, c.lastEnd()),
      headerRange: this.span(keyword.start, c.lastEnd()),
      name,
      steps: [],
    };
    this.items.push(example);
    this.example = example;
    // `exemple "…" formule "Option 1"`: the formula (or option) every act of the example is computed with.
    if (c.acceptWords('formule') || c.acceptWords('option')) {
      const formula = this.stringLit(c.expect('string', W.formulaName));
      example.formula = formula;
      example.range = this.span(keyword.start, c.lastEnd());
      example.headerRange = this.span(keyword.start, c.lastEnd());
    }
  }

  private parseExampleStep(c: LineCursor): void {
    const keyword = c.next();
    if (!this.example) {
      c.skipToEnd();
      throw failure(keyword, SYNTAX_CODES.misplacedHeader, { variant: 'exampleStep', keyword: keyword.text });
    }
    let step: A.ExampleStep;
    if (keyword.value === 'acte') {
      const act = this.parseActName(c, CASE_KEYWORDS, true);
      if (!act) throw failure(c.peek(), SYNTAX_CODES.missingValue, { variant: 'exampleAct' });
      step = { kind: 'example-act', act, attributes: [], range: this.span(keyword.start, keyword.end) };
      // Register the step before reading its attributes so a bad attribute keeps the act.
      this.example.steps.push(step);
      this.parseCaseAttributes(c, step.attributes);
    } else if (keyword.value === 'situation') {
      step = { kind: 'example-situation', attributes: [], range: this.span(keyword.start, keyword.end) };
      this.example.steps.push(step);
      this.parseCaseAttributes(c, step.attributes);
    } else {
      step = { kind: 'example-expected', values: [], range: this.span(keyword.start, keyword.end) };
      this.example.steps.push(step);
      this.parseExpected(c, step);
    }
    step.range = this.span(keyword.start, c.lastEnd());
    this.example.range = this.span(this.example.range.start, step.range.end);
  }

  /** Attributes already read stay in the tree even when a later one fails. */
  private parseCaseAttributes(c: LineCursor, into: A.CaseAttribute[]): void {
    while (!c.atEnd()) {
      if (c.accept('comma')) continue;
      into.push(this.parseCaseAttribute(c));
    }
  }

  private parseCaseAttribute(c: LineCursor): A.CaseAttribute {
    const token = c.peek();
    const start = token.start;
    const done = <T extends A.CaseAttribute>(attribute: Omit<T, 'range'>): T => ({ ...attribute, range: this.span(start, c.lastEnd()) }) as T;
    if (token.kind === 'times') {
      c.next();
      return done({ kind: 'repeat', value: this.numberLit(c.expect('number', W.repeat)) });
    }
    if (token.kind !== 'word') throw failure(token, SYNTAX_CODES.unexpectedToken, { variant: 'actAttribute', found: describe(token) });
    const sector = this.parseCaseSector(c);
    if (sector) return done({ kind: 'sector', value: sector });
    c.next();
    const flag = CASE_FLAGS[token.value];
    if (flag) return done({ kind: 'flag', value: flag });
    switch (token.value) {
      case 'hors':
        if (c.acceptWords('parcours')) return done({ kind: 'flag', value: 'hors_parcours' });
        break;
      case 'prix':
        return done({ kind: 'price', value: this.parseMoney(c, W.price) });
      case 'br':
        return done({ kind: 'br', value: this.parseMoney(c, W.br) });
      case 'date':
      case 'le': {
        const t = c.expect('date', W.careDate);
        return done({ kind: 'date', value: { kind: 'date', value: t.value, range: this.span(t.start, t.end) } });
      }
      case 'adhesion': {
        const t = c.expect('date', W.adhesionDate);
        return done({ kind: 'adhesion', value: { kind: 'date', value: t.value, range: this.span(t.start, t.end) } });
      }
      case 'quantite':
      case 'jours':
      case 'nuits':
        return done({ kind: 'quantity', value: this.numberLit(c.expect('number', W.quantity)) });
      case 'fois':
      case 'x':
        return done({ kind: 'repeat', value: this.numberLit(c.expect('number', W.repeat)) });
      case 'age': {
        const value = this.numberLit(c.expect('number', W.age));
        c.acceptWords('ans');
        return done({ kind: 'age', value });
      }
      case 'option':
        return done({ kind: 'option', value: this.stringLit(c.expect('string', W.optionName)) });
      case 'formule':
        return done({ kind: 'option', value: this.stringLit(c.expect('string', W.formulaName)) });
      case 'beneficiaire':
        return done({ kind: 'beneficiary', value: this.stringLit(c.expect('string', W.beneficiary)) });
      case 'sejour': {
        // `sejour "S1"`: the stay the act belongs to, by its name.
        if (c.peek().kind === 'string') return done({ kind: 'stayName', value: this.stringLit(c.expect('string', W.stayName)) });
        // `sejour psychiatrie`, `sejour soins de suite`, `sejour ambulatoire`.
        c.acceptWords('en');
        c.acceptWords('soins', 'de');
        const kind = c.peek();
        const stay = kind.kind === 'word' ? STAY_WORDS[kind.value] : undefined;
        if (!stay) {
          const guess = kind.kind === 'word' ? suggest(kind.value, Object.keys(STAY_WORDS)) : null;
          throw failure(kind, SYNTAX_CODES.unknownKeyword, { variant: 'stay', found: describe(kind), didYouMean: didYouMean(guess) }).suggesting(guess);
        }
        c.next();
        if (stay === 'mco') c.acceptWords('chirurgie');
        return done({ kind: 'stay', value: stay });
      }
      case 'regime':
        return done({ kind: 'regime', value: this.parseRegime(c) });
      case 'residence': {
        const place = c.peek();
        const territory = place.kind === 'word' ? TERRITORY_WORDS[place.value] : undefined;
        if (!territory) {
          const guess = place.kind === 'word' ? suggest(place.value, Object.keys(TERRITORY_WORDS)) : null;
          throw failure(place, SYNTAX_CODES.unknownKeyword, { variant: 'territory', found: describe(place), didYouMean: didYouMean(guess) }).suggesting(guess);
        }
        c.next();
        return done({ kind: 'residence', value: territory });
      }
      case 'etablissement': {
        if (c.acceptWords('non', 'conventionne') || c.acceptWords('non_conventionne')) return done({ kind: 'establishment', value: false });
        if (c.acceptWords('conventionne')) return done({ kind: 'establishment', value: true });
        throw failure(c.peek(), SYNTAX_CODES.missingValue, {
          variant: 'oneOfTwo',
          what: W.establishment,
          first: 'conventionne',
          second: 'non conventionne',
          found: describe(c.peek()),
          didYouMean: W.noSuggestion,
        });
      }
    }
    const guess = suggest(token.value, [...CASE_KEYWORDS, 'hors_parcours']);
    throw failure(token, SYNTAX_CODES.unknownKeyword, { word: token.text, didYouMean: didYouMean(guess) }).suggesting(guess);
  }

  /** After `regime`: `general`, `local`, `alsace_moselle` or `alsace moselle` (`alsace-moselle`). */
  private parseRegime(c: LineCursor): A.Regime {
    const word = c.peek();
    if (word.kind === 'word' && word.value === 'alsace') {
      c.next();
      c.acceptWords('moselle');
      return 'alsace_moselle';
    }
    const regime = word.kind === 'word' ? REGIME_WORDS[word.value] : undefined;
    if (!regime) {
      const guess = word.kind === 'word' ? suggest(word.value, Object.keys(REGIME_WORDS)) : null;
      throw failure(word, SYNTAX_CODES.unknownKeyword, { variant: 'regime', found: describe(word), didYouMean: didYouMean(guess) }).suggesting(guess);
    }
    c.next();
    return regime;
  }

  /** `secteur 1`, `secteur 2 optam`, `secteur 3`, `dptam`, `non dptam`, `non_conventionne`… */
  private parseCaseSector(c: LineCursor): A.CaseSector | null {
    const token = c.peek();
    if (token.kind !== 'word') return null;
    if (token.value === 'secteur') {
      const n = c.peek(1);
      if (n.kind === 'word' && n.value === 'inconnu') {
        c.next();
        c.next();
        return 'inconnu';
      }
      if (n.kind !== 'number' || !['1', '2', '3'].includes(n.value)) {
        c.next();
        throw failure(n, SYNTAX_CODES.missingValue, { variant: 'sector', found: describe(n) });
      }
      c.next();
      c.next();
      if (n.value === '1') return 'secteur1';
      if (n.value === '3') return 'non_conventionne';
      const column = this.parseSectorColumn(c);
      if (column === 'non_conventionne') throw failure(token, SYNTAX_CODES.unexpectedToken, { variant: 'secteur2' });
      return column ?? 'inconnu';
    }
    if (token.value === 'secteur3') {
      c.next();
      return 'non_conventionne';
    }
    return this.parseSectorColumn(c);
  }

  private parseExpected(c: LineCursor, step: A.ExampleExpected): void {
    const fields: Record<string, A.ExpectedField> = {
      secu: 'secu',
      amo: 'secu',
      ro: 'secu',
      mutuelle: 'mutuelle',
      amc: 'mutuelle',
      reste: 'reste',
      rac: 'reste',
    };
    while (!c.atEnd()) {
      if (c.accept('comma')) continue;
      const token = c.next();
      const field = token.kind === 'word' ? fields[token.value] : undefined;
      if (!field) {
        const guess = token.kind === 'word' ? suggest(token.value, ['secu', 'mutuelle', 'reste']) : null;
        throw failure(token, SYNTAX_CODES.unknownKeyword, {
          variant: 'expectedField',
          found: describe(token),
          didYouMean: didYouMean(guess),
        }).suggesting(guess);
      }
      c.accept('colon');
      const amount = this.parseMoney(c, phrase(W.expectedAmount, { field: token.text }));
      step.values.push({ field, fieldRange: this.span(token.start, token.end), amount });
    }
  }

  /** A number followed by `€` (the euro sign is required so amounts are never confused with counts). */
  private parseMoney(c: LineCursor, what: Localized): A.NumberLit {
    const negative = c.accept('minus');
    const number = c.peek();
    if (number.kind !== 'number') throw failure(number, SYNTAX_CODES.missingValue, { variant: 'amount', what, found: describe(number) });
    c.next();
    const euro = c.peek();
    // « « € » après prix attendu »: the French names the amount within the sentence.
    if (euro.kind !== 'euro')
      throw failure(euro, SYNTAX_CODES.missingValue, { variant: 'euro', what: { fr: what.fr.toLowerCase(), en: what.en }, found: describe(euro) });
    c.next();
    const lit = this.numberLit(number);
    if (negative) {
      lit.value = '-' + lit.value;
      lit.range = this.span(negative.start, number.end);
    }
    return lit;
  }

  // -------------------------------------------------------------------------------------------
  // Guarantee lines

  private parseGuaranteeLine(c: LineCursor): void {
    const act = this.parseActName(c, null, false);
    if (!act) {
      c.skipToEnd();
      throw failure(c.line.tokens[0]!, SYNTAX_CODES.missingValue, { variant: 'guaranteeAct' });
    }
    const line: A.GuaranteeLine = {
      kind: 'guarantee',
      // A footnote mark printed before the act (`* Chambre particulière`) is part of the line.
      range: c.line.start < act.range.start ? this.span(c.line.start, act.range.end) : act.range,
      act,
      horsNomenclature: null,
      label: null,
      variants: [],
    };
    if (this.section) this.section.lines.push(line);
    else if (this.option) this.option.items.push(line);
    else this.items.push(line);
    this.lastLine = line;
    this.allLines.push(line);
    const hnStart = c.peek();
    if (c.acceptWords('hors_nomenclature') || c.acceptWords('hors', 'nomenclature')) {
      line.horsNomenclature = this.span(hnStart.start, c.lastEnd());
    }
    const label = c.accept('string');
    if (label) line.label = this.stringLit(label);
    // `(psychiatrie)`, `(enfant de moins de 16 ans)`: whom or which stay the line is printed for.
    if (c.peek().kind === 'lparen' && (c.peek(1).kind === 'word' || (c.peek(1).kind === 'number' && c.isWord('ans', 2))))
      line.conditions = this.parseConditions(c);
    c.accept('colon');
    try {
      this.parseVariants(c, line, false);
    } finally {
      line.range = this.span(line.range.start, Math.max(c.lastEnd(), line.range.end));
      this.extendSection(line.range.end);
    }
  }

  /**
   * A line's conditions, in parentheses after the act (or its label), as printed: ages (`enfant`,
   * `adulte`, `moins de 16 ans`, `jusqu'à 16 ans`, `à partir de 18 ans`, `60 ans et plus`), kinds
   * of stay (`médecine, chirurgie`, `psychiatrie`, `SSR`, `soins de suite`, `ambulatoire`,
   * `maternité`, `hors psychiatrie`), the establishment (`conventionné`, `non conventionné`), `ALD`.
   * A word it cannot read is reported and skipped: the line is still read.
   */
  private parseConditions(c: LineCursor): A.LineConditionsNode {
    const open = c.next();
    const node: A.LineConditionsNode = { kind: 'conditions', range: this.span(open.start, open.end), items: [] };
    const years = (): number | null => {
      const n = c.peek();
      if (n.kind !== 'number' || !/^[0-9]{1,3}$/.test(n.value)) return null;
      c.next();
      if (!c.acceptWords('ans')) c.acceptWords('an');
      return Number(n.value);
    };
    const age = (start: Token, bound: { below?: number; from?: number }) =>
      node.items.push({ kind: 'age', ...bound, range: this.span(start.start, c.lastEnd()) });
    while (!c.atEnd() && c.peek().kind !== 'rparen') {
      const t = c.peek();
      if (t.kind === 'comma' || t.kind === 'slash' || t.kind === 'plus' || t.kind === 'minus') {
        c.next();
        continue;
      }
      if (t.kind === 'number') {
        // `60 ans et plus`, `16 ans ou moins`.
        const n = years();
        if (n !== null && (c.acceptWords('et', 'plus') || c.acceptWords('ou', 'plus'))) age(t, { from: n });
        else if (n !== null && (c.acceptWords('et', 'moins') || c.acceptWords('ou', 'moins'))) age(t, { below: n + 1 });
        else this.error(SYNTAX_CODES.unknownKeyword, this.span(t.start, c.lastEnd()), { variant: 'condition', word: t.text, didYouMean: W.noSuggestion });
        continue;
      }
      if (t.kind !== 'word') {
        c.next();
        this.error(SYNTAX_CODES.unknownKeyword, this.span(t.start, t.end), { variant: 'condition', word: t.text, didYouMean: W.noSuggestion });
        continue;
      }
      c.next();
      const word = t.value;
      if (word === 'enfant' || word === 'enfants') {
        // `enfant de moins de 16 ans`, `enfant jusqu'à 16 ans`; alone, under 18.
        c.acceptWords('de');
        const mark = c.mark();
        const bound = this.parseAgeBound(c, years);
        if (bound) age(t, bound);
        else {
          c.reset(mark);
          age(t, { below: 18 });
        }
        continue;
      }
      if (word === 'adulte' || word === 'adultes') {
        age(t, { from: 18 });
        continue;
      }
      c.reset(c.mark() - 1);
      const bound = this.parseAgeBound(c, years);
      if (bound) {
        age(t, bound);
        continue;
      }
      c.next();
      const negated = word === 'hors' || word === 'sauf' || word === 'non';
      const target = negated ? c.peek() : t;
      if (negated && target.kind === 'word') {
        if (target.value === 'ald') {
          c.next();
          node.items.push({ kind: 'ald', value: false, range: this.span(t.start, target.end) });
          continue;
        }
        if (target.value === 'conventionne' || target.value === 'conventionnes') {
          c.next();
          node.items.push({ kind: 'establishment', conventionne: false, range: this.span(t.start, target.end) });
          continue;
        }
        const stay = STAY_WORDS[target.value];
        if (stay && word !== 'non') {
          c.next();
          node.items.push({ kind: 'stay', value: stay, negated: true, range: this.span(t.start, target.end) });
          continue;
        }
      }
      if (word === 'ald') {
        node.items.push({ kind: 'ald', value: true, range: this.span(t.start, t.end) });
        continue;
      }
      if (word === 'conventionne' || word === 'conventionnes') {
        node.items.push({ kind: 'establishment', conventionne: true, range: this.span(t.start, t.end) });
        continue;
      }
      const stay = STAY_WORDS[word] ?? (word === 'jour' ? 'ambulatoire' : undefined);
      if (stay) {
        node.items.push({ kind: 'stay', value: stay, range: this.span(t.start, t.end) });
        continue;
      }
      if (CONDITION_FILLERS.has(word) || word === 'etablissement' || word === 'etablissements') continue;
      const guess = suggest(word, [...Object.keys(STAY_WORDS), 'enfant', 'adulte', 'ald', 'conventionne', 'moins', 'partir']);
      this.error(
        SYNTAX_CODES.unknownKeyword,
        this.span(t.start, t.end),
        { variant: 'condition', word: t.text, didYouMean: didYouMean(guess) },
        guess ?? undefined,
      );
    }
    if (!c.accept('rparen')) this.error(SYNTAX_CODES.missingValue, this.span(open.start, c.lastEnd()), { what: W.closingParen, found: describe(c.peek()) });
    node.range = this.span(open.start, c.lastEnd());
    return node;
  }

  /** `moins de N ans`, `jusqu'à N ans`, `à partir de N ans`, `dès N ans`, `plus de N ans`, `de N ans ou plus`; null (nothing read) otherwise. */
  private parseAgeBound(c: LineCursor, years: () => number | null): { below?: number; from?: number } | null {
    const mark = c.mark();
    if (c.acceptWords('moins', 'de') || c.acceptWords('moins')) {
      const n = years();
      if (n !== null) return { below: n };
    } else if (c.acceptWords("jusqu'a") || c.acceptWords('jusqu', 'a') || c.acceptWords('jusque') || c.acceptWords('max')) {
      const n = years();
      if (n !== null) return { below: n + 1 };
    } else if (
      c.acceptWords('a', 'partir', 'de') ||
      c.acceptWords('des') ||
      c.acceptWords('plus', 'de') ||
      c.acceptWords('au', 'moins') ||
      c.acceptWords('apres')
    ) {
      const n = years();
      if (n !== null) return { from: n };
    }
    c.reset(mark);
    return null;
  }

  private extendSection(end: number): void {
    if (this.section) {
      this.section.range = this.span(this.section.range.start, end);
    }
    if (this.option) this.option.range = this.span(this.option.range.start, end);
  }

  /** Act names are runs of words, stopped by a keyword that starts what follows. */
  private parseActName(c: LineCursor, stopWords: Set<string> | null, forExample: boolean): A.ActRef | null {
    const words: Token[] = [];
    for (;;) {
      const token = c.peek();
      // "100 santé" without "%" belongs to the act name (« couronne 100 santé »).
      if (token.kind === 'number' && token.value === '100' && c.isWord('sante', 1) && words.length > 0) {
        words.push(c.next(), c.next());
        continue;
      }
      if (token.kind !== 'word') break;
      // `sejour` starts an attribute (`sejour "S1"`, `sejour psychiatrie`) but ends the act « frais
      // de séjour »: after `frais` or `frais de`, it is a word of the name.
      const last = words.map((w) => w.value).slice(-2);
      if (forExample && token.value === 'sejour' && (last[1] === 'frais' || (last[0] === 'frais' && last[1] === 'de'))) {
        words.push(c.next());
        continue;
      }
      if (stopWords ? stopWords.has(token.value) || (token.value === 'hors' && c.isWord('parcours', 1)) : this.isActNameEnd(c)) break;
      if (forExample && (this.parseCaseSectorLookahead(c) || (token.value === 'x' && c.peek(1).kind === 'number'))) break;
      words.push(c.next());
    }
    if (words.length === 0) return null;
    const range = this.span(words[0]!.start, words[words.length - 1]!.end);
    return { kind: 'act-ref', range, words: words.map((w) => w.value), text: this.own(this.text.slice(range.start, range.end)) };
  }

  private parseCaseSectorLookahead(c: LineCursor): boolean {
    return c.isWord('non') && NON_SECTOR_WORDS[c.peek(1).value] !== undefined && c.peek(1).kind === 'word';
  }

  private isActNameEnd(c: LineCursor): boolean {
    const token = c.peek();
    if (COVERAGE_START_WORDS.has(token.value)) return true;
    if (this.isSectorStart(c)) return true;
    if (this.isSeniorityStart(c)) return true;
    if (token.value === 'frais' && c.isWord('reels', 1)) return true;
    if (token.value === 'forfait' && (c.peek(1).kind === 'number' || this.isForfaitAmountAt(c))) return true;
    if (token.value === 'hors' && c.isWord('nomenclature', 1)) return true;
    if (token.value === 'non' && (c.isWord('couvert', 1) || c.isWord('rembourse', 1) || (c.isWord('pris', 1) && c.isWord('en', 2)))) return true;
    if (token.value === 'ticket' && c.isWord('moderateur', 1)) return true;
    if (token.value === 'rss' && c.peek(1).kind === 'plus') return true;
    if ((token.value === 'br' || token.value === 'brss') && c.peek(1).kind === 'minus') return true;
    if (token.value === 'prise' && c.isWord('en', 1) && c.isWord('charge', 2) && c.isWord('integrale', 3)) return true;
    return false;
  }

  /** `forfait de 40 €`, `forfait annuel de 150 €`, `forfait d'1 500 €`: an amount, not an act named « forfait … ». */
  private isForfaitAmountAt(c: LineCursor): boolean {
    let offset = 1;
    if (c.isWord('annuel', offset)) offset++;
    if (c.isWord('de', offset) || c.isWord('d', offset)) offset++;
    return offset > 1 && c.peek(offset).kind === 'number';
  }

  private isSectorStart(c: LineCursor): boolean {
    const token = c.peek();
    if (token.kind !== 'word') return false;
    if (SECTOR_WORDS[token.value] !== undefined) return true;
    if (token.value === 'non' && c.peek(1).kind === 'word' && NON_SECTOR_WORDS[c.peek(1).value] !== undefined) return true;
    if (token.value === 'secteur' && c.peek(1).kind === 'number' && c.peek(1).value === '3') return true;
    return false;
  }

  private parseSectorColumn(c: LineCursor): A.SectorColumn | null {
    const token = c.peek();
    if (token.kind !== 'word') return null;
    const direct = SECTOR_WORDS[token.value];
    if (direct) {
      c.next();
      return direct;
    }
    if (token.value === 'non' && c.peek(1).kind === 'word') {
      const column = NON_SECTOR_WORDS[c.peek(1).value];
      if (column) {
        c.next();
        c.next();
        return column;
      }
    }
    if (token.value === 'secteur' && c.peek(1).kind === 'number' && c.peek(1).value === '3') {
      c.next();
      c.next();
      return 'non_conventionne';
    }
    return null;
  }

  private isSectorStartAt(c: LineCursor, offset: number): boolean {
    const mark = c.mark();
    for (let i = 0; i < offset; i++) c.next();
    const result = this.isSectorStart(c);
    c.reset(mark);
    return result;
  }

  private isLimitStartAt(c: LineCursor, offset: number): boolean {
    const mark = c.mark();
    for (let i = 0; i < offset; i++) c.next();
    const result = this.isLimitStart(c);
    c.reset(mark);
    return result;
  }

  private isLimitStart(c: LineCursor): boolean {
    const token = c.peek();
    if (token.kind === 'number') {
      const next = c.peek(1);
      return (next.kind === 'word' && (UNIT_WORDS[next.value] !== undefined || next.value === 'par' || next.value === 'tous')) || next.kind === 'slash';
    }
    // `/ bénéficiaire`, `/ Famille`: the scope of what comes before.
    if (token.kind === 'slash') return this.scopeAt(c, 1) !== null;
    if (token.kind !== 'word') return false;
    switch (token.value) {
      case 'dans':
      case 'plafond':
      case 'plafonne':
      case 'carence':
      case 'delai':
      case 'tous':
      case 'max':
      case 'maxi':
      case 'maximum':
      case 'illimite':
      case 'illimitee':
      case 'illimites':
      case 'illimitees':
        return true;
      case 'sans':
        return c.isWord('limitation', 1) || c.isWord('limite', 1);
      case 'toutes':
        return this.isMergedPoolAt(c);
      case 'a':
      case 'des':
        return this.rankStartLength(c) !== null && !this.isSeniorityStart(c);
      case 'limite':
        return c.isWord('de', 1) || c.isWord('a', 1) || c.isWord('aux', 1);
      case 'limites':
      case 'limitee':
      case 'limitees':
        return c.isWord('a', 1) || c.isWord('aux', 1);
      case 'prix':
        return c.isWord('typique', 1);
      case 'forfait':
        return POOL_WORDS.has(c.peek(1).value) && c.peek(2).kind === 'string';
      case 'prix_typique':
        return true;
      case 'par':
        return this.scopeAt(c, 1) !== null;
      case 'et':
        return c.isWord('par', 1) && this.scopeAt(c, 2) !== null;
      default:
        return POOL_WORDS.has(token.value) && c.peek(1).kind === 'string';
    }
  }

  /** `tous praticiens confondus`, `toutes spécialités confondues`: two or three words then `confondu(e)s`. */
  private isMergedPoolAt(c: LineCursor): boolean {
    if (!c.isWord('tous') && !c.isWord('toutes')) return false;
    for (let offset = 2; offset <= 3; offset++) {
      const token = c.peek(offset);
      if (token.kind === 'word' && MERGED_WORDS.has(token.value)) return true;
      if (token.kind !== 'word') return false;
    }
    return false;
  }

  /** The membership year or rank an ordinal names at `offset` (`2e`, `1re`, `deuxième`), and its length in tokens. */
  private ordinalAt(c: LineCursor, offset: number): { value: number; length: number } | null {
    const token = c.peek(offset);
    if (token.kind === 'number' && /^[1-9][0-9]{0,2}$/.test(token.value)) {
      const suffix = c.peek(offset + 1);
      if (suffix.kind === 'word' && ORDINAL_SUFFIXES.has(suffix.value) && suffix.start === token.end) return { value: Number(token.value), length: 2 };
      return null;
    }
    if (token.kind === 'word' && ORDINAL_WORDS[token.value] !== undefined) return { value: ORDINAL_WORDS[token.value]!, length: 1 };
    return null;
  }

  /**
   * The words before an ordinal that make a start (`à compter du`, `à partir de la`, `dès la`,
   * `à compter de l'`) when an ordinal follows them: how many tokens, else null.
   */
  private rankStartLength(c: LineCursor): number | null {
    let offset: number;
    if (c.isWord('a') && (c.isWord('compter', 1) || c.isWord('partir', 1))) {
      offset = 2;
      if (c.isWord('du', offset)) offset += 1;
      else if (c.isWord('de', offset) && (c.isWord('la', offset + 1) || c.isWord('l', offset + 1))) offset += 2;
      else return null;
    } else if (c.isWord('des') && (c.isWord('la', 1) || c.isWord('le', 1) || c.isWord('l', 1))) {
      offset = 2;
    } else {
      return null;
    }
    return this.ordinalAt(c, offset) ? offset : null;
  }

  /** `1re année`, `2e année`, `à partir de la 3e année`, `dès la 2e année`: a membership year's figures start here. */
  private isSeniorityStart(c: LineCursor): boolean {
    const lead = this.rankStartLength(c) ?? 0;
    const ordinal = this.ordinalAt(c, lead);
    if (!ordinal) return false;
    const unit = c.peek(lead + ordinal.length);
    return unit.kind === 'word' && (unit.value === 'annee' || unit.value === 'an');
  }

  private isSeniorityStartAt(c: LineCursor, offset: number): boolean {
    const mark = c.mark();
    for (let i = 0; i < offset; i++) c.next();
    const result = this.isSeniorityStart(c);
    c.reset(mark);
    return result;
  }

  /** A seniority label (`à partir de la 3e année d'adhésion :`), its colon included: the year it starts at. */
  private parseSeniorityLabel(c: LineCursor): { fromYear: number; label: Span; labelText: string } {
    const start = c.peek();
    const lead = this.rankStartLength(c) ?? 0;
    for (let i = 0; i < lead; i++) c.next();
    const ordinal = this.ordinalAt(c, 0)!;
    for (let i = 0; i < ordinal.length; i++) c.next();
    c.next(); // année
    if (!c.acceptWords('d', 'adhesion') && !c.acceptWords("d'adhesion") && !c.acceptWords('de', 'contrat')) c.acceptWords('d', 'anciennete');
    if (!c.acceptWords('et', 'suivantes') && c.isWord('et') && c.peek(1).kind === 'plus') {
      // `3e année et +`
      c.next();
      c.next();
    }
    const label = this.span(start.start, c.lastEnd());
    const labelText = this.text.slice(label.start, label.end);
    c.accept('colon');
    return { fromYear: ordinal.value, label, labelText };
  }

  /**
   * `1re année : 100 € / 2e année : 150 € / à partir de la 3e année : 200 €`: the figures of each
   * membership year; the holder keeps the first year's as its own.
   */
  private parseTiers(c: LineCursor, holder: LimitHolder & { tiers?: A.SeniorityTier[] }): void {
    const tiers: A.SeniorityTier[] = (holder.tiers = []);
    for (;;) {
      const start = c.peek();
      const { fromYear, label, labelText } = this.parseSeniorityLabel(c);
      const tier: A.SeniorityTier = { kind: 'tier', fromYear, label, labelText, coverage: null, limits: [], range: label };
      tiers.push(tier);
      tier.coverage = this.parseCoverage(c);
      this.parseLimits(c, tier);
      tier.range = this.span(start.start, c.lastEnd());
      if (c.peek().kind === 'slash' && this.isSeniorityStartAt(c, 1)) {
        c.next();
        continue;
      }
      if (c.peek().kind === 'comma' && this.isSeniorityStartAt(c, 1)) {
        c.next();
        continue;
      }
      break;
    }
    holder.coverage = tiers[0]!.coverage;
    holder.limits = tiers[0]!.limits;
  }

  /** The scope word `offset` tokens ahead (`bénéficiaire`, `famille`…), if there is one. */
  private scopeAt(c: LineCursor, offset: number): 'per-beneficiary' | 'per-family' | null {
    const token = c.peek(offset);
    return token.kind === 'word' ? (SCOPE_WORDS[token.value] ?? null) : null;
  }

  /**
   * Variants of one line: `[sector] coverage [, limit]*`, repeated. With `continuation`, the line
   * continues the previous guarantee line (a sector column or a limit on its own line).
   */
  private parseVariants(c: LineCursor, line: A.GuaranteeLine, continuation: boolean): void {
    let first = true;
    while (!c.atEnd()) {
      const start = c.peek();
      if (continuation && first && this.isLimitStart(c)) {
        // A limit on its own line applies to the last variant of the line.
        let variant = line.variants[line.variants.length - 1];
        if (!variant) {
          variant = { kind: 'variant', range: this.span(start.start, start.end), sector: null, coverage: null, limits: [] };
          line.variants.push(variant);
        }
        this.parseLimits(c, variant);
        variant.range = this.span(variant.range.start, c.lastEnd());
        first = false;
        continue;
      }
      first = false;
      const sectorStart = c.peek();
      const sectorValue = this.parseSectorColumn(c);
      const sector = sectorValue ? { value: sectorValue, range: this.span(sectorStart.start, c.lastEnd()) } : null;
      if (!sector && line.variants.some((v) => v.coverage || v.cells)) {
        throw failure(start, SYNTAX_CODES.unexpectedToken, { variant: 'betweenTerms', found: describe(start) });
      }
      c.accept('colon');
      const variant: A.Variant = { kind: 'variant', range: this.span(start.start, start.end), sector, coverage: null, limits: [] };
      line.variants.push(variant);
      if (c.peek().kind === 'pipe') {
        this.parseCells(c, variant, []);
        variant.range = this.span(start.start, Math.max(c.lastEnd(), start.end));
        continue;
      }
      try {
        if (this.isSeniorityStart(c)) {
          this.parseTiers(c, variant);
          continue;
        }
        variant.coverage = this.parseCoverage(c);
        this.parseLimits(c, variant);
        if (c.peek().kind === 'pipe') {
          // `100 % BR | 150 % BR`: the first cell written without a leading `|`.
          const firstCell: A.Cell = {
            kind: 'cell',
            range: this.span(variant.coverage.range.start, c.lastEnd()),
            coverage: variant.coverage,
            limits: variant.limits,
          };
          if (variant.typicalPrice) firstCell.typicalPrice = variant.typicalPrice;
          variant.coverage = null;
          variant.limits = [];
          delete variant.typicalPrice;
          this.parseCells(c, variant, [firstCell]);
        }
      } catch (thrown) {
        if (!(thrown instanceof ParseFailure)) throw thrown;
        // Recover within the line: report, then resume at the next sector column, if any.
        this.fail(thrown, this.failureRange(c, thrown));
        variant.coverage = null;
        delete variant.tiers;
        while (!c.atEnd() && !this.isSectorStart(c) && c.peek().kind !== 'pipe') c.next();
        if (c.peek().kind === 'pipe') this.parseCells(c, variant, [{ kind: 'cell', range: this.span(start.start, c.lastEnd()), coverage: null, limits: [] }]);
      } finally {
        variant.range = this.span(start.start, Math.max(c.lastEnd(), start.end));
      }
    }
  }

  /**
   * `| 100 % BR | 150 % BR | -`: one cell per formula, from a `|` (an optional `|` ends the row).
   * A cell that cannot be read is reported, kept empty, and the next cells are still read.
   */
  private parseCells(c: LineCursor, variant: A.Variant, cells: A.Cell[]): void {
    variant.cells = cells;
    while (c.peek().kind === 'pipe') {
      const pipe = c.next();
      if (c.atEnd()) break;
      if (c.peek().kind === 'pipe') {
        const range = this.span(pipe.end, c.peek().start);
        this.error(SYNTAX_CODES.missingValue, this.span(pipe.start, c.peek().end), { variant: 'emptyCell' });
        cells.push({ kind: 'cell', range, coverage: null, limits: [] });
        continue;
      }
      if (this.isSectorStart(c)) return;
      cells.push(this.parseCell(c));
    }
  }

  /** Where a failure inside a line is shown: its token, or the line's last token when it failed at the end. */
  private failureRange(c: LineCursor, thrown: ParseFailure): Span {
    return thrown.token.kind === 'eof'
      ? this.span(c.line.tokens[c.line.tokens.length - 1]!.start, c.line.end)
      : this.span(thrown.token.start, thrown.token.end);
  }

  private parseCell(c: LineCursor): A.Cell {
    const start = c.peek();
    if (start.kind === 'minus' && (c.peek(1).kind === 'pipe' || c.atEndAt(1))) {
      c.next();
      const range = this.span(start.start, start.end);
      return { kind: 'cell', range, coverage: null, limits: [], dash: this.span(start.start, start.end) };
    }
    const cell: A.Cell = { kind: 'cell', range: this.span(start.start, start.end), coverage: null, limits: [] };
    try {
      if (this.isSeniorityStart(c)) this.parseTiers(c, cell);
      else {
        cell.coverage = this.parseCoverage(c);
        this.parseLimits(c, cell);
      }
    } catch (thrown) {
      if (!(thrown instanceof ParseFailure)) throw thrown;
      this.fail(thrown, this.failureRange(c, thrown));
      cell.coverage = null;
      cell.limits = [];
      delete cell.tiers;
      while (!c.atEnd() && c.peek().kind !== 'pipe') c.next();
    }
    cell.range = this.span(start.start, Math.max(c.lastEnd(), start.end));
    return cell;
  }

  private isTypicalPriceStart(c: LineCursor): boolean {
    return c.isWord('prix_typique') || (c.isWord('prix') && c.isWord('typique', 1));
  }

  /** `prix typique 80 €` after a coverage: the price previews use for this column. */
  private parseTypicalPrice(c: LineCursor, variant: LimitHolder): void {
    const start = c.peek();
    if (!c.acceptWords('prix_typique')) c.acceptWords('prix', 'typique');
    c.accept('colon');
    const amount = this.parseMoney(c, W.typicalPrice);
    variant.typicalPrice = { amount, range: this.span(start.start, c.lastEnd()) };
  }

  private parseLimits(c: LineCursor, variant: LimitHolder): void {
    while (!c.atEnd()) {
      const mark = c.mark();
      this.acceptCommas(c);
      if (c.peek().kind === 'pipe') {
        // The next formula's cell.
        c.reset(mark);
        return;
      }
      if (this.isTypicalPriceStart(c)) {
        this.parseTypicalPrice(c, variant);
        continue;
      }
      // `(limité à 80 € par an et par bénéficiaire)`: limits in parentheses (KALI wording).
      if (c.peek().kind === 'lparen' && this.isLimitStartAt(c, 1)) {
        c.next();
        while (!c.atEnd() && c.peek().kind !== 'rparen') {
          this.acceptCommas(c);
          variant.limits.push(this.parseLimit(c, variant));
        }
        c.expect('rparen', W.closingParen);
        continue;
      }
      if (this.isLimitStart(c)) {
        variant.limits.push(this.parseLimit(c, variant));
        continue;
      }
      if (this.isSectorStart(c)) {
        c.reset(mark);
        c.accept('comma');
        return;
      }
      // `1re année : 100 € / 2e année : 150 €`, `…, dès la 2e année : …`: the next membership year (parseTiers).
      if ((c.peek().kind === 'slash' && this.isSeniorityStartAt(c, 1)) || this.isSeniorityStart(c)) {
        c.reset(mark);
        return;
      }
      // `dptam : 200 % BR / non dptam : 180 % BR`: a `/` between two sector columns.
      if (c.peek().kind === 'slash' && this.isSectorStartAt(c, 1)) {
        c.next();
        return;
      }
      if (c.atEnd()) return;
      throw failure(c.peek(), SYNTAX_CODES.unexpectedToken, { variant: 'afterCoverage', found: describe(c.peek()) });
    }
  }

  /** `,` between limits; a doubled one (`, ,`) is read as one, and its canonical spelling offered. */
  private acceptCommas(c: LineCursor): void {
    const first = c.accept('comma');
    if (!first) return;
    let last = first;
    for (let more = c.accept('comma'); more; more = c.accept('comma')) last = more;
    if (last !== first) this.printedAs(first.start, last.end, ',');
  }

  private parseCoverage(c: LineCursor): A.Coverage {
    const start = c.peek();
    const rss = c.isWord('rss') && c.peek(1).kind === 'plus';
    const terms: A.Term[] = [this.parseTerm(c)];
    while (c.accept('plus')) terms.push(this.parseTerm(c, rss));
    // `TM + 50 %`, `100 % BR + 50 %`: beside a term of the BR, a bare percentage is of the BR.
    if (terms.some((t) => t.kind === 'tm' || t.kind === 'pct-br')) {
      for (const [i, t] of terms.entries()) if (t.kind === 'pct') terms[i] = { kind: 'pct-br', rate: t.rate, basis: t.basis, range: t.range };
    }
    // `RO + 500 €`: the Sécu's part plus 500 € from the mutuelle, that is `500 €` (an amount is always on top of the Sécu).
    const [first, second] = terms;
    if (first?.kind === 'ro' && second?.kind === 'amount' && terms.length === 2) {
      this.printedAs(first.range.start, second.range.end, this.text.slice(second.range.start, second.range.end));
    }
    return { kind: 'coverage', range: this.span(start.start, c.lastEnd()), terms };
  }

  private parseTerm(c: LineCursor, afterRss = false): A.Term {
    const token = c.peek();
    const start = token.start;
    const range = () => this.span(start, c.lastEnd());
    if (token.kind === 'word') {
      if (c.acceptWords('tm') || c.acceptWords('ticket', 'moderateur')) return { kind: 'tm', range: range() };
      // `RSS + 30 %` (domain.md §4.1): the TM plus 30 % BR of overbilling; the `%` needs no `BR`.
      if (token.value === 'rss' && c.peek(1).kind === 'plus') {
        c.next();
        return { kind: 'tm', range: range() };
      }
      // `RO`, `R.O.`, `RO + 500 €`: the Sécu's part; the mutuelle pays what follows, on top of it.
      if (token.value === 'ro' && this.endsTermAt(c, 1)) {
        c.next();
        return { kind: 'ro', range: range() };
      }
      // `BR - RSS`: the BR less the Sécu's reimbursement, that is 100 % BR RO inclus.
      if (
        (token.value === 'br' || token.value === 'brss') &&
        c.peek(1).kind === 'minus' &&
        c.peek(2).kind === 'word' &&
        ['rss', 'mr', 'ro'].includes(c.peek(2).value)
      ) {
        c.next();
        const basisStart = c.peek();
        c.next();
        c.next();
        return {
          kind: 'pct-br',
          rate: { kind: 'number', value: '100', range: this.span(token.start, token.end) },
          basis: { value: 'ro_inclus', range: this.span(basisStart.start, c.lastEnd()) },
          range: range(),
        };
      }
      // `Frais réels`, `FR`, `Prise en charge intégrale (dans la limite des PLV)`.
      if (c.acceptWords('fr') || c.acceptWords('frais', 'reels') || c.acceptWords('prise', 'en', 'charge', 'integrale')) {
        return this.finishFraisReels(c, start, null, null);
      }
      if (
        c.acceptWords('non_couvert') ||
        c.acceptWords('neant') ||
        c.acceptWords('non_rembourse') ||
        c.acceptWords('non', 'couvert') ||
        c.acceptWords('non', 'rembourse') ||
        c.acceptWords('non', 'pris', 'en', 'charge')
      ) {
        return { kind: 'none', range: range() };
      }
      if (c.acceptWords('forfait')) {
        // `forfait 40 €`, `forfait de 40 €`, `forfait annuel de 150 €` (a yearly allowance).
        const annual = c.peek();
        const yearly = c.acceptWords('annuel') !== null;
        if (!c.acceptWords('de')) c.acceptWords('d');
        const amount = this.parseMoney(c, W.allowance);
        return this.finishAmount(c, start, amount, yearly ? this.span(annual.start, annual.end) : null);
      }
    }
    // A printed dash alone (`-`, `—`): not covered, as in a cell.
    if (token.kind === 'minus' && this.endsTermAt(c, 1)) {
      c.next();
      return { kind: 'none', range: range() };
    }
    if (token.kind !== 'number') {
      throw failure(token, SYNTAX_CODES.unexpectedToken, { variant: 'coverage', found: describe(token) });
    }
    c.next();
    const value = this.numberLit(token);
    if (c.accept('euro')) return this.finishAmount(c, start, value, null);
    const percent = c.accept('percent');
    if (!percent) throw failure(c.peek(), SYNTAX_CODES.missingValue, { variant: 'percentOrEuro', number: token.text, found: describe(c.peek()) });
    // `150 % de la BR`, `100 % du forfait`, `100 % des frais réels`: the little words before the unit.
    const beforeUnit = c.mark();
    if (!(c.acceptWords('de', 'la') || c.acceptWords('du') || c.acceptWords('des') || c.acceptWords('de') || c.acceptWords('d'))) {
      // nothing to skip
    } else if (!(c.peek().kind === 'word' && PERCENT_UNIT_WORDS.has(c.peek().value))) {
      c.reset(beforeUnit);
    }
    const unit = c.peek();
    const unitWord = unit.kind === 'word' && PERCENT_UNIT_WORDS.has(unit.value);
    // `RSS + 30 %`: a bare percentage after RSS is a percentage of the BR.
    if (afterRss && !unitWord) return { kind: 'pct-br', rate: value, basis: null, range: range() };
    if (!unitWord) {
      // `150 %` with nothing after it, or before a basis, a limit, a column, a `+`, a `|`: a bare
      // percentage, of what the section or the header says (the model reads it).
      if (unit.kind !== 'word' || this.isBarePercentEnd(c))
        return { kind: 'pct', rate: value, percent: this.span(percent.start, percent.end), basis: this.parseBasis(c), range: range() };
      const guess = suggest(unit.value, ['br', 'fr', 'pmss', 'sante'])?.toUpperCase() ?? null;
      throw failure(unit, SYNTAX_CODES.unknownUnit, { unit: unit.text, didYouMean: didYouMean(guess) }).suggesting(guess?.replace('SANTE', 'Santé'));
    }
    c.next();
    const only100 = (what: string) => {
      if (value.value !== '100') throw failure(token, SYNTAX_CODES.unexpectedToken, { variant: 'only100', what });
    };
    switch (unit.value) {
      case 'br':
      case 'brss':
      case 'tr':
      case 'bss':
      case 'trss': {
        const basis = this.parseBasis(c);
        const per = this.parsePer(c);
        const term: A.PercentBrTerm = { kind: 'pct-br', rate: value, basis: basis ?? this.parseBasis(c), range: range() };
        if (per) term.per = per;
        return term;
      }
      case 'fr':
        return this.finishFraisReels(c, start, value, null);
      case 'frais':
        if (c.acceptWords('reels')) return this.finishFraisReels(c, start, value, null);
        throw failure(unit, SYNTAX_CODES.unknownUnit, { unit: unit.text, didYouMean: didYouMean('FR') }).suggesting('FR');
      case 'forfait':
      case 'forfaits':
        // `100 % Forfait`: a percentage of the flat fee charged, that is of the price.
        return this.finishFraisReels(c, start, value, this.span(unit.start, unit.end));
      case 'pmss':
        return { kind: 'pmss', rate: value, per: this.parsePer(c), range: range() };
      case 'sante':
        if (value.value !== '100') throw failure(token, SYNTAX_CODES.unexpectedToken, { variant: 'sante100' });
        return { kind: '100-sante', range: range() };
      case 'plv':
      case 'hlf': {
        // `100 % PLV - MR`, `100 % HLF`: the reste à charge up to the basket's price cap.
        only100(unit.text);
        const cap = { value: unit.value === 'plv' ? ('PLV' as const) : ('HLF' as const), range: this.span(unit.start, unit.end) };
        this.acceptTotalBasis(c);
        this.printedAs(start, c.lastEnd(), '100 % Santé');
        return { kind: '100-sante', cap, range: range() };
      }
      case 'tm':
      case 'ticket':
        // `100 % TM`, `100 % du ticket modérateur`: the TM.
        if (unit.value === 'ticket') c.acceptWords('moderateur');
        only100(unit.text);
        this.printedAs(start, c.lastEnd(), 'TM');
        return { kind: 'tm', range: range() };
    }
    throw failure(unit, SYNTAX_CODES.unknownUnit, { unit: unit.text, didYouMean: W.noSuggestion });
  }

  /** Whether the term ends `offset` tokens ahead: the end of the line or cell, a `+`, a `,`, a column. */
  private endsTermAt(c: LineCursor, offset: number): boolean {
    const next = c.peek(offset);
    if (c.atEndAt(offset) || next.kind === 'plus' || next.kind === 'pipe' || next.kind === 'comma') return true;
    return next.kind === 'word' && (SECTOR_WORDS[next.value] !== undefined || next.value === 'non' || next.value === 'secteur');
  }

  /** After `150 %`: a word that starts what follows a coverage (a basis, a limit, a column), not a mistyped unit. */
  private isBarePercentEnd(c: LineCursor): boolean {
    const token = c.peek();
    return BASIS_START_WORDS.has(token.value) || this.isLimitStart(c) || this.isSectorStart(c) || this.isTypicalPriceStart(c);
  }

  /** After an amount: its unit (`par séance`, `/ dent`) and its basis (`Sécu incluse`, `- MR`), in either order. */
  private finishAmount(c: LineCursor, start: number, amount: A.NumberLit, annual: Span | null): A.AmountTerm {
    let per = this.parsePer(c);
    const basis = this.parseBasis(c);
    per ??= this.parsePer(c);
    if (!per && annual) per = { value: 'an', range: annual };
    const term: A.AmountTerm = { kind: 'amount', amount, per, range: this.span(start, c.lastEnd()) };
    if (basis) term.basis = basis;
    return term;
  }

  /**
   * After `FR`, `X % FR`, `X % Forfait`: its cap (`limité à 150 % BR`, `dans la limite des PLV`),
   * then the Sécu's part said on the line (`- MR`), which frais réels always deduct.
   */
  private finishFraisReels(c: LineCursor, start: number, rate: A.NumberLit | null, forfait: Span | null): A.FraisReelsTerm {
    const cap = this.parseFrCap(c);
    const kept = c.lastEnd();
    const basis = this.acceptTotalBasis(c);
    const term: A.FraisReelsTerm = { kind: 'frais-reels', rate, ...cap, range: this.span(start, c.lastEnd()) };
    if (forfait) term.forfait = forfait;
    if (cap.capSante100) {
      this.printedAs(start, c.lastEnd(), '100 % Santé');
    } else if (basis) {
      term.basis = basis.range;
      this.printedAs(start, c.lastEnd(), this.text.slice(start, kept));
    }
    return term;
  }

  /** `- MR`, `RO inclus`… after a total (frais réels, a basket's cap): the Sécu's part said again; `en sus` is left to the caller. */
  private acceptTotalBasis(c: LineCursor): A.PercentBrTerm['basis'] {
    const mark = c.mark();
    const basis = this.parseBasis(c);
    if (basis && basis.value !== 'ro_inclus') {
      c.reset(mark);
      return null;
    }
    return basis;
  }

  private parseBasis(c: LineCursor): A.PercentBrTerm['basis'] {
    const start = c.peek();
    const done = (value: A.RateBasis) => ({ value, range: this.span(start.start, c.lastEnd()) });
    if (
      c.acceptWords('ro_inclus') ||
      c.acceptWords('ro', 'inclus') ||
      c.acceptWords('y_compris_ro') ||
      c.acceptWords('y', 'compris', 'ro') ||
      c.acceptWords('y', 'compris', 'secu') ||
      c.acceptWords('y', 'compris', 'securite', 'sociale') ||
      c.acceptWords('secu', 'incluse') ||
      c.acceptWords('secu', 'inclus') ||
      c.acceptWords('secu', 'comprise') ||
      c.acceptWords('securite', 'sociale', 'incluse') ||
      c.acceptWords('ss', 'incluse') ||
      c.acceptWords('ro', 'compris')
    ) {
      return done('ro_inclus');
    }
    if (c.acceptWords('en', 'complement', 'du', 'ro') || c.acceptWords('en', 'complement', 'de', 'la', 'secu')) return done('en_sus');
    if (c.acceptWords('en_sus') || c.acceptWords('en', 'sus') || c.acceptWords('hors_ro')) {
      c.acceptWords('du', 'ro');
      return done('en_sus');
    }
    if (start.kind === 'minus' && c.peek(1).kind === 'word' && MINUS_SECU_WORDS.has(c.peek(1).value)) {
      c.next();
      c.next();
      return done('ro_inclus');
    }
    if (start.kind === 'lparen') {
      const mark = c.mark();
      c.next();
      let basis: A.RateBasis | null = null;
      if (
        c.acceptWords('ro', 'inclus') ||
        c.acceptWords('ro_inclus') ||
        c.acceptWords('secu', 'incluse') ||
        c.acceptWords('y', 'compris', 'ro') ||
        c.acceptWords('remboursement', 'securite', 'sociale', 'inclus') ||
        c.acceptWords('remboursement', 'secu', 'inclus')
      )
        basis = 'ro_inclus';
      else if (c.acceptWords('en', 'sus') || c.acceptWords('en_sus')) basis = 'en_sus';
      if (basis && c.accept('rparen')) return done(basis);
      c.reset(mark);
    }
    return null;
  }

  /**
   * After a frais-réels term: `limité à 150 % BR` (or `limité à 100 % BR + TM`), or the basket's
   * price cap `dans la limite des PLV` (`HLF`, `limité aux PLV`).
   */
  private parseFrCap(c: LineCursor): { capPercentBr: A.NumberLit | null; capPlusTm?: Span; capSante100?: Span } {
    const mark = c.mark();
    const capStart = c.peek();
    if (
      c.acceptWords('dans', 'la', 'limite', 'des') ||
      c.acceptWords('dans', 'la', 'limite', 'du') ||
      c.acceptWords('dans', 'la', 'limite', 'de', 'la') ||
      ['limite', 'limites', 'limitee', 'limitees'].some(
        (w) => c.acceptWords(w, 'aux') !== null || c.acceptWords(w, 'au') !== null || c.acceptWords(w, 'a', 'la') !== null,
      )
    ) {
      if (c.acceptWords('plv') || c.acceptWords('hlf')) return { capPercentBr: null, capSante100: this.span(capStart.start, c.lastEnd()) };
      c.reset(mark);
    }
    if (this.acceptLimitedTo(c) || c.acceptWords('dans', 'la', 'limite', 'de') || c.acceptWords('plafonne', 'a')) {
      const number = c.peek();
      if (number.kind === 'number' && c.peek(1).kind === 'percent' && c.peek(2).kind === 'word' && ['br', 'brss', 'tr'].includes(c.peek(2).value)) {
        c.next();
        c.next();
        c.next();
        const plus = c.peek();
        if (plus.kind === 'plus' && (c.isWord('tm', 1) || (c.isWord('ticket', 1) && c.isWord('moderateur', 2)))) {
          c.next();
          if (!c.acceptWords('tm')) c.acceptWords('ticket', 'moderateur');
          return { capPercentBr: this.numberLit(number), capPlusTm: this.span(plus.start, c.lastEnd()) };
        }
        return { capPercentBr: this.numberLit(number) };
      }
      c.reset(mark);
    }
    return { capPercentBr: null };
  }

  /** `limité à`, `limités à`, `limitée à`, `limitées à`. */
  private acceptLimitedTo(c: LineCursor): boolean {
    return ['limite', 'limites', 'limitee', 'limitees'].some((w) => c.acceptWords(w, 'a') !== null);
  }

  private parsePer(c: LineCursor): A.Per | null {
    const start = c.peek();
    if (!(c.isWord('par') || start.kind === 'slash')) return null;
    // `par bénéficiaire`, `/ Famille`: a scope, read as a limit; `/ non DPTAM`: the next column;
    // `/ 2e année : …`: the next membership year.
    if (this.scopeAt(c, 1) !== null || this.isSectorStartAt(c, 1) || this.isSeniorityStartAt(c, 1)) return null;
    c.next();
    const years = this.acceptPeriodOfYears(c);
    if (years !== null) return { value: 'an', years, range: this.span(start.start, c.lastEnd()) };
    // `/ / jour`: a doubled separator is read as one.
    let lastSlash = start;
    if (start.kind === 'slash') for (let more = c.accept('slash'); more; more = c.accept('slash')) lastSlash = more;
    if (lastSlash !== start) this.printedAs(start.start, lastSlash.end, '/');
    const unit = c.next();
    const value = unit.kind === 'word' ? UNIT_WORDS[unit.value] : undefined;
    if (!value) {
      const guess = unit.kind === 'word' ? suggest(unit.value, Object.keys(UNIT_WORDS)) : null;
      throw failure(unit, SYNTAX_CODES.unknownUnit, {
        variant: 'afterPer',
        found: describe(unit),
        per: start.text,
        didYouMean: didYouMean(guess),
      }).suggesting(guess);
    }
    this.skipYearQualifier(c);
    return { value, range: this.span(start.start, c.lastEnd()) };
  }

  /**
   * After `par`: `période de 2 années civiles`, `période de 2 ans`, `période de 24 mois` — the
   * number of years of the period, or null (nothing consumed) when this is not one.
   */
  private acceptPeriodOfYears(c: LineCursor): number | null {
    if (!c.isWord('periode') || !(c.isWord('de', 1) || c.isWord('d', 1)) || c.peek(2).kind !== 'number') return null;
    const unit = c.peek(3);
    const months = unit.kind === 'word' && unit.value === 'mois';
    if (!(unit.kind === 'word' && (months || UNIT_WORDS[unit.value] === 'an'))) return null;
    const count = Number(c.peek(2).value);
    const years = months ? count / 12 : count;
    if (!Number.isInteger(years) || years < 1) return null;
    c.next();
    c.next();
    c.next();
    c.next();
    this.skipYearQualifier(c);
    return years;
  }

  /** `par année civile`, `par an et par bénéficiaire`: the period kind is a header setting. */
  private skipYearQualifier(c: LineCursor): void {
    // The first that matches is consumed; the others are not tried.
    if (!c.acceptWords('civile') && !c.acceptWords('civiles') && !c.acceptWords('civil') && !c.acceptWords('civils') && !c.acceptWords('d', 'adhesion'))
      c.acceptWords("d'adhesion");
  }

  private parseLimit(c: LineCursor, holder: LimitHolder | null = null): A.Limit {
    const token = c.peek();
    const start = token.start;
    const range = () => this.span(start, c.lastEnd());
    const scope = token.kind === 'slash' || token.value === 'par' ? this.scopeAt(c, 1) : token.value === 'et' && c.isWord('par', 1) ? this.scopeAt(c, 2) : null;
    if (scope) {
      // `par bénéficiaire`, `et par bénéficiaire`, `/ bénéficiaire`, `/ Famille`, `par foyer`.
      if (token.value === 'et') c.next();
      c.next();
      c.next();
      const limit: A.Limit = { kind: scope, range: range() };
      this.yearAfterScope(c, holder);
      return limit;
    }
    // `dans la limite des frais réels`, `limité aux frais réels`: the expense, which bounds every payment.
    if (this.acceptWithinExpenses(c)) return { kind: 'within-expenses', range: range() };
    if (
      c.acceptWords('dans', 'la', 'limite', 'de') ||
      c.acceptWords('dans', 'la', 'limite', 'd') ||
      c.acceptWords('limite', 'de') ||
      this.acceptLimitedTo(c) ||
      c.acceptWords('plafond') ||
      c.acceptWords('plafonne', 'a') ||
      c.acceptWords('max') ||
      c.acceptWords('maxi') ||
      c.acceptWords('maximum')
    ) {
      c.accept('colon');
      if (c.peek().kind === 'number' && c.peek(1).kind === 'euro') {
        const amount = this.parseMoney(c, W.cap);
        let per = this.parsePer(c);
        const basis = this.parseBasis(c);
        per ??= this.parsePer(c);
        return basis ? { kind: 'amount-cap', amount, per, basis, range: range() } : { kind: 'amount-cap', amount, per, range: range() };
      }
      const count = this.numberLit(c.expect('number', W.amountOrCount));
      return this.finishCountLimit(c, count, start);
    }
    // `sans limitation de durée`, `illimité`: no limit, the default.
    if (c.acceptWords('sans', 'limitation') || c.acceptWords('sans', 'limite')) {
      if (!c.acceptWords('de', 'duree') && !c.acceptWords('de', 'nombre') && !c.acceptWords('de', 'montant')) c.acceptWords('dans', 'le', 'temps');
      return { kind: 'unlimited', range: range() };
    }
    if (c.acceptWords('illimite') || c.acceptWords('illimitee') || c.acceptWords('illimites') || c.acceptWords('illimitees')) {
      return { kind: 'unlimited', range: range() };
    }
    if (c.acceptWords('carence') || c.acceptWords('delai', 'de', 'carence')) {
      c.accept('colon');
      c.acceptWords('de');
      const amount = this.numberLit(c.expect('number', W.carence));
      const unitToken = c.peek();
      if (!(unitToken.kind === 'word' && ['mois', 'jours', 'jour'].includes(unitToken.value))) {
        throw failure(unitToken, SYNTAX_CODES.missingValue, { variant: 'carenceUnit', found: describe(unitToken) });
      }
      c.next();
      return {
        kind: 'carence',
        amount,
        unit: { value: unitToken.value === 'mois' ? 'mois' : 'jours', range: this.span(unitToken.start, unitToken.end) },
        range: range(),
      };
    }
    // `commun "médecines douces"`, `forfait commun "lentilles"`, `tous praticiens confondus`.
    if (this.isMergedPoolAt(c)) {
      while (!MERGED_WORDS.has(c.peek().value)) c.next();
      c.next();
      return { kind: 'shared', name: null, range: range() };
    }
    const poolWords = c.isWord('forfait') && POOL_WORDS.has(c.peek(1).value) ? 2 : POOL_WORDS.has(token.value) ? 1 : 0;
    if (poolWords > 0) {
      for (let i = 0; i < poolWords; i++) c.next();
      c.acceptWords('a');
      const name = this.stringLit(c.expect('string', W.poolName));
      return { kind: 'shared', name, range: range() };
    }
    // `à compter du 2e intermédiaire`, `à partir de la 4e séance`, `dès la 2e séance`.
    const rankLead = this.rankStartLength(c);
    if (rankLead !== null) {
      for (let i = 0; i < rankLead; i++) c.next();
      const first = c.peek();
      const ordinal = this.ordinalAt(c, 0)!;
      for (let i = 0; i < ordinal.length; i++) c.next();
      const rank: A.NumberLit = { kind: 'number', value: String(ordinal.value), range: this.span(first.start, c.lastEnd()) };
      const unitToken = c.peek();
      const unitValue = unitToken.kind === 'word' ? UNIT_WORDS[unitToken.value] : undefined;
      if (unitValue !== undefined) c.next();
      const unit = unitValue !== undefined ? { value: unitValue, range: this.span(unitToken.start, unitToken.end) } : null;
      return { kind: 'from-rank', rank, unit, range: range() };
    }
    if (c.isWord('tous')) return this.parseRenewal(c, null, start);
    if (this.isTypicalPriceStart(c)) {
      throw failure(token, SYNTAX_CODES.unexpectedToken, { variant: 'typicalPrice' });
    }
    if (token.kind === 'number') {
      c.next();
      return this.finishCountLimit(c, this.numberLit(token), start);
    }
    throw failure(token, SYNTAX_CODES.unexpectedToken, { variant: 'limit', found: describe(token) });
  }

  /** `dans la limite des frais réels` (`des FR`, `de la dépense engagée`, `des dépenses réelles`), `limité aux frais réels`. */
  private acceptWithinExpenses(c: LineCursor): boolean {
    const mark = c.mark();
    if (
      c.acceptWords('dans', 'la', 'limite', 'des') ||
      c.acceptWords('dans', 'la', 'limite', 'de', 'la') ||
      ['limite', 'limites', 'limitee', 'limitees'].some((w) => c.acceptWords(w, 'aux') !== null || c.acceptWords(w, 'a', 'la') !== null)
    ) {
      if (c.acceptWords('frais', 'reels') || c.acceptWords('fr')) return true;
      if (c.acceptWords('depense') || c.acceptWords('depenses')) {
        if (!c.acceptWords('engagee') && !c.acceptWords('engagees') && !c.acceptWords('reelle')) c.acceptWords('reelles');
        return true;
      }
    }
    c.reset(mark);
    return false;
  }

  /**
   * `40 € par bénéficiaire et par an`, `40 € / bénéficiaire / an`: the year written after the
   * scope is the unit of the amount before it, when that amount has none.
   */
  private yearAfterScope(c: LineCursor, holder: LimitHolder | null): void {
    const terms = holder?.coverage?.terms;
    const last = terms?.[terms.length - 1];
    if (!last || (last.kind !== 'amount' && last.kind !== 'pmss') || last.per) return;
    const mark = c.mark();
    const start = c.peek();
    c.acceptWords('et');
    const per = c.isWord('par') || c.peek().kind === 'slash' ? this.parsePerOrNull(c) : null;
    if (per?.value === 'an') {
      last.per = { value: 'an', range: this.span(start.start, c.lastEnd()) };
      return;
    }
    c.reset(mark);
  }

  /** `parsePer`, but a unit it cannot read is no error here. */
  private parsePerOrNull(c: LineCursor): A.Per | null {
    const mark = c.mark();
    try {
      return this.parsePer(c);
    } catch (thrown) {
      if (!(thrown instanceof ParseFailure)) throw thrown;
      c.reset(mark);
      return null;
    }
  }

  /** After a count: `séances par an`, `par an`, `équipement tous les 2 ans`, `jours`; `maxi.` after it changes nothing. */
  private finishCountLimit(c: LineCursor, count: A.NumberLit, start: number): A.Limit {
    let unit: { value: A.PerUnit; range: Span } | null = null;
    const unitToken = c.peek();
    if (unitToken.kind === 'word' && UNIT_WORDS[unitToken.value] !== undefined && unitToken.value !== 'an' && unitToken.value !== 'ans') {
      c.next();
      unit = { value: UNIT_WORDS[unitToken.value]!, range: this.span(unitToken.start, unitToken.end) };
    }
    if (c.isWord('tous')) return this.parseRenewal(c, count, start);
    const per = this.parsePer(c);
    if (per && per.value !== 'an') {
      // The grid as it should be written: `séances` when the count has no unit.
      throw failure(unitToken, SYNTAX_CODES.unexpectedToken, { variant: 'countPerYear', count: count.value, unit: unit ? unitToken.text : 'séances' });
    }
    if (!per) throw failure(c.peek(), SYNTAX_CODES.missingValue, { variant: 'perYear', unit: unit ? unitToken.text : W.times });
    const periodYears = per.years && per.years > 1 ? { periodYears: per.years } : {};
    const end = c.lastEnd();
    // `3 par an maxi.`, `4 séances par an au maximum`: the count is a most already (not `max 100 €`, a cap that follows).
    const words = c.isWord('au') ? 2 : 1;
    if (
      ((words === 1 && (c.isWord('maxi') || c.isWord('max') || c.isWord('maximum'))) || (words === 2 && (c.isWord('maximum', 1) || c.isWord('plus', 1)))) &&
      c.peek(words).kind !== 'number' &&
      c.peek(words).kind !== 'colon'
    ) {
      for (let i = 0; i < words; i++) c.next();
      this.printedAs(start, c.lastEnd(), this.text.slice(start, end));
    }
    return { kind: 'count-limit', count, unit, ...periodYears, range: this.span(start, c.lastEnd()) };
  }

  /** `tous les 2 ans`, `tous les ans`. */
  private parseRenewal(c: LineCursor, count: A.NumberLit | null, start: number): A.RenewalLimit {
    const tous = c.next();
    c.acceptWords('les');
    const yearsToken = c.peek();
    let years: A.NumberLit;
    if (yearsToken.kind === 'number') {
      c.next();
      years = this.numberLit(yearsToken);
    } else {
      years = { kind: 'number', value: '1', range: this.span(tous.start, tous.end) };
    }
    const unit = c.peek();
    if (!(unit.kind === 'word' && (unit.value === 'ans' || unit.value === 'an'))) {
      throw failure(unit, SYNTAX_CODES.missingValue, { variant: 'renewalYears', found: describe(unit) });
    }
    c.next();
    return { kind: 'renewal', count, years, range: this.span(start, c.lastEnd()) };
  }

  /**
   * A range of the tree. In a block parse, every range is also listed in the block's `spans`, so
   * that the block can be moved when the text before it changes.
   */
  private span(start: number, end: number): Span {
    const s = { start, end };
    this.spans?.push(s);
    return s;
  }

  private stringLit(token: Token): A.StringLit {
    return { kind: 'string', value: token.value, range: this.span(token.start, token.end) };
  }

  private numberLit(token: Token): A.NumberLit {
    return { kind: 'number', value: token.value, range: this.span(token.start, token.end) };
  }
}

/** Keyword list for suggestions elsewhere (model, rules). */
export { ALL_KEYWORDS };
