/**
 * Recursive-descent parser over lines. A grid is line-oriented like the printed table it mirrors:
 * each physical line starts with a keyword (or an act name) that says what it is, so an error
 * never spreads past its line. The parser never throws: it returns a tree plus errors.
 */
import type { SyntaxCode } from './syntax-rules';
import type * as A from './ast';
import { lex, type Token } from './lexer';
import { didYouMean, suggest } from './suggest';
import { detach, type Span } from './text';
import { LANGUAGE_LIMITS, numberWithinLimits } from './limits';
import { readWrittenDate } from './calendar';
import { ALL_KEYWORDS, CASE_FLAGS, CASE_KEYWORDS, COVERAGE_START_WORDS, HEADER_KEYS, NON_SECTOR_WORDS, SECTOR_WORDS, UNIT_WORDS } from './vocabulary';

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

interface SourceLine {
  tokens: Token[];
  start: number;
  end: number;
}

/** A message in French, or [French, English]. */
type Messages = string | [string, string];

class ParseFailure {
  readonly message: string;
  readonly messageEn: string | undefined;
  /** The suggested word for the failing token, when there is one. */
  replacement: string | undefined;
  constructor(
    readonly token: Token,
    messages: Messages,
    readonly code: SyntaxCode = SYNTAX_CODES.unexpectedToken,
  ) {
    [this.message, this.messageEn] = typeof messages === 'string' ? [messages, undefined] : messages;
  }

  /** Offers `word` in place of the failing token. */
  suggesting(word: string | null | undefined): this {
    if (word) this.replacement = word;
    return this;
  }
}

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
  const shown = token.text.length > 24 ? `${token.text.slice(0, 20)}… (${token.text.length} caractères)` : token.text;
  const shownEn = token.text.length > 24 ? `${token.text.slice(0, 20)}… (${token.text.length} characters)` : token.text;
  return new ParseFailure(
    token,
    [
      `Nombre « ${shown} » hors limites : au plus ${integerDigits} chiffres avant la virgule et ${fractionDigits} après. La ligne n'est pas calculée.`,
      `Number « ${shownEn} » out of range: at most ${integerDigits} digits before the decimal separator and ${fractionDigits} after. The line is not computed.`,
    ],
    SYNTAX_CODES.numberOutOfRange,
  );
}

/** Safety net only: every path of the parser reports errors instead of throwing. */
function internalError(error: unknown, range: Span): A.SyntaxError {
  return { code: SYNTAX_CODES.internalError, message: `Erreur interne de l'analyseur : ${error instanceof Error ? error.message : String(error)}`, range };
}

export function internalErrorDocument(text: string, error: unknown): A.GridDocument {
  return {
    kind: 'document',
    range: { start: 0, end: text.length },
    header: null,
    items: [],
    comments: [],
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
      errors: [internalError(error, range)],
      irregular: false,
      spans,
    };
  }
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'eof':
    case 'newline':
      return 'la fin de la ligne';
    case 'string':
      return `la chaîne "${token.value}"`;
    default:
      return `« ${token.text} »`;
  }
}

function describeEn(token: Token): string {
  switch (token.kind) {
    case 'eof':
    case 'newline':
      return 'the end of the line';
    case 'string':
      return `the string "${token.value}"`;
    default:
      return `« ${token.text} »`;
  }
}

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

  expect(kind: Token['kind'], what: string): Token {
    const token = this.peek();
    if (token.kind !== kind)
      throw new ParseFailure(
        token,
        [`${what} attendu, trouvé ${describe(token)}.`, `${what}: expected, found ${describeEn(token)}.`],
        SYNTAX_CODES.missingValue,
      );
    return this.next();
  }

  /** End offset of the last consumed token. */
  lastEnd(): number {
    const last = this.line.tokens[this.index - 1];
    return last ? last.end : this.line.start;
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
      irregular: this.irregular,
    };
  }

  private parseAllLines(): void {
    for (const line of this.splitLines()) {
      const cursor = new LineCursor(line, { ...this.eofToken, start: line.end, end: line.end });
      try {
        // A number past the language's bounds makes its whole line unreadable, rather than computed wrong.
        const outOfRange = line.tokens.find((t) => t.kind === 'number' && !numberWithinLimits(t.value));
        if (outOfRange) throw tooLarge(outOfRange);
        this.parseLine(cursor);
        if (!cursor.atEnd()) {
          const token = cursor.peek();
          this.error(
            SYNTAX_CODES.unexpectedToken,
            [`${describe(token)} inattendu ici.`, `${describeEn(token)} unexpected here.`],
            this.span(token.start, line.end),
          );
        }
      } catch (failure) {
        if (!(failure instanceof ParseFailure)) throw failure;
        const token = failure.token;
        // At the end of a line, point at the last token: the thing that is missing comes after it.
        const last = line.tokens[line.tokens.length - 1]!;
        const range = token.kind === 'eof' ? this.span(last.start, last.end) : this.span(token.start, token.end);
        this.error(failure.code, failure.message, range, failure.messageEn, failure.token.kind === 'eof' ? undefined : failure.replacement);
      }
    }
    for (const line of this.allLines) {
      const reported = this.errors.some((e) => e.range.start >= line.range.start && e.range.start <= line.range.end);
      if (!reported && !line.variants.some((v) => v.coverage)) {
        this.error(
          SYNTAX_CODES.missingValue,
          [
            `Garantie attendue pour « ${line.act.text} » (ex. 100 % BR, 40 € par séance, 100 % FR), sur la ligne ou sur les lignes suivantes.`,
            `Coverage expected for « ${line.act.text} » (e.g. 100 % BR, 40 € par séance, 100 % FR), on the line or on the following lines.`,
          ],
          line.act.range,
        );
      }
    }
    this.errors.sort((a, b) => a.range.start - b.range.start);
  }

  private error(code: SyntaxCode, messages: Messages, range: Span, english?: string, replacement?: string): void {
    const [message, messageEn] = typeof messages === 'string' ? [messages, english] : messages;
    const error: A.SyntaxError = messageEn ? { code, message, messageEn, range } : { code, message, range };
    if (replacement) error.replacement = replacement;
    this.errors.push(error);
  }

  /** Groups tokens into lines; lexical errors are reported here, comments set aside. */
  private splitLines(): SourceLine[] {
    const lines: SourceLine[] = [];
    let current: Token[] = [];
    const flush = () => {
      if (current.length > 0) lines.push({ tokens: current, start: current[0]!.start, end: current[current.length - 1]!.end });
      current = [];
    };
    for (const token of this.tokens) {
      switch (token.kind) {
        case 'newline':
        case 'eof':
          flush();
          break;
        case 'comment':
          this.comments.push({ kind: 'comment', range: this.span(token.start, token.end), text: token.text });
          break;
        case 'unknown':
          this.error(
            SYNTAX_CODES.unexpectedCharacter,
            [`Caractère inattendu « ${token.text} ».`, `Unexpected character « ${token.text} ».`],
            this.span(token.start, token.end),
          );
          break;
        default:
          if (token.kind === 'string' && token.malformed) {
            this.error(
              SYNTAX_CODES.unterminatedString,
              ['Chaîne non fermée : ajoutez le guillemet final.', 'Unterminated string: add the closing quote.'],
              this.span(token.start, token.end),
            );
          } else if (token.kind === 'number' && token.malformed) {
            this.error(
              SYNTAX_CODES.malformedNumber,
              [`Nombre mal formé « ${token.text} ».`, `Malformed number « ${token.text} ».`],
              this.span(token.start, token.end),
            );
          } else if (token.kind === 'number' && token.ambiguous) {
            const [integer, decimals] = token.text.split('.');
            this.errors.push({
              code: SYNTAX_CODES.ambiguousNumber,
              message: `« ${token.text} » est ambigu : séparateur des milliers (${integer} ${decimals}) ou décimales (${integer},${decimals}) ? Il est lu ${integer},${decimals} ; écrivez « ${integer} ${decimals} » ou « ${integer},${decimals} ».`,
              messageEn: `"${token.text}" is ambiguous: thousands separator (${integer}${decimals}) or decimals (${integer}.${decimals})? It is read as ${integer}.${decimals}; write "${integer} ${decimals}" or "${integer},${decimals}".`,
              range: this.span(token.start, token.end),
            });
          } else if (token.kind === 'date' && token.value === '') {
            const { firstYear, lastYear } = LANGUAGE_LIMITS;
            const messages: [string, string] =
              readWrittenDate(token.text).problem === 'range'
                ? [
                    `Date « ${token.text} » hors des années prises en charge (${firstYear} à ${lastYear}).`,
                    `Date « ${token.text} » outside the supported years (${firstYear} to ${lastYear}).`,
                  ]
                : [`Date inexistante « ${token.text} ».`, `Invalid date « ${token.text} ».`];
            this.error(SYNTAX_CODES.invalidDate, messages, this.span(token.start, token.end));
          }
          current.push(token);
      }
    }
    flush();
    return lines;
  }

  private parseLine(c: LineCursor): void {
    const first = c.peek();
    if (first.kind === 'number' && this.isLimitStart(c) && this.lastLine && !this.example) {
      this.parseVariants(c, this.lastLine, true);
      this.lastLine.range = this.span(this.lastLine.range.start, c.lastEnd());
      this.extendSection(this.lastLine.range.end);
      return;
    }
    if (first.kind !== 'word') {
      c.skipToEnd();
      throw new ParseFailure(first, [
        `Ligne non reconnue : elle doit commencer par un mot-clé (contrat, poste, option, exemple…) ou un acte.`,
        'Unrecognised line: it must start with a keyword (contrat, poste, option, exemple…) or an act.',
      ]);
    }
    switch (first.value) {
      case 'contrat':
        return this.parseHeader(c);
      case 'poste':
        return this.parseSection(c);
      case 'option':
        return this.parseOption(c);
      case 'exemple':
        return this.parseExample(c);
      case 'acte':
      case 'situation':
      case 'attendu':
        return this.parseExampleStep(c);
    }
    if (this.example) {
      // Inside an example only example steps are allowed; anything else is a new guarantee line
      // only if no example is open, so report a likely typo of a step keyword.
      const guess = suggest(first.value, ['acte', 'situation', 'attendu', 'exemple', 'poste', 'option']);
      const [fr, en] = didYouMean(guess);
      c.skipToEnd();
      throw new ParseFailure(
        first,
        [`Ligne inattendue dans un exemple : « ${first.text} »${fr}.`, `Unexpected line in an example: « ${first.text} »${en}.`],
        SYNTAX_CODES.unknownKeyword,
      ).suggesting(guess);
    }
    if (HEADER_KEYS[first.value] !== undefined && !this.lastLine && !this.section && !this.option) {
      if (!this.header) {
        c.skipToEnd();
        throw new ParseFailure(
          first,
          [`« ${first.text} » doit suivre la ligne « contrat ».`, `« ${first.text} » must follow the « contrat » line.`],
          SYNTAX_CODES.misplacedHeader,
        );
      }
      if (this.header === this.earlierHeader) this.irregular = true;
      this.parseHeaderAttributes(c, this.header);
      this.header.range = this.span(this.header.range.start, c.lastEnd());
      return;
    }
    if (this.isSectorStart(c) || this.isLimitStart(c)) {
      if (!this.lastLine) {
        c.skipToEnd();
        throw new ParseFailure(
          first,
          [`Ligne de suite sans ligne de garantie au-dessus.`, 'Continuation line without a guarantee line above.'],
          SYNTAX_CODES.orphanContinuation,
        );
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
      throw new ParseFailure(keyword, ['Un seul en-tête « contrat » par fichier.', 'Only one « contrat » header per file.'], SYNTAX_CODES.misplacedHeader);
    }
    if (this.items.length > 0 || this.context?.itemsSeen) {
      this.error(
        SYNTAX_CODES.misplacedHeader,
        ["L'en-tête « contrat » doit être en tête du fichier.", 'The « contrat » header must come first in the file.'],
        this.span(keyword.start, keyword.end),
      );
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
      this.error(
        SYNTAX_CODES.missingValue,
        ['Nom du contrat attendu entre guillemets : contrat "Santé Essentiel".', 'Contract name expected in quotes: contrat "Santé Essentiel".'],
        this.span(keyword.start, keyword.end),
      );
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
        const [fr, en] = didYouMean(suggestion);
        throw new ParseFailure(
          keyToken,
          [`Attribut d'en-tête inconnu ${describe(keyToken)}${fr}.`, `Unknown header attribute ${describeEn(keyToken)}${en}.`],
          SYNTAX_CODES.unknownKeyword,
        ).suggesting(suggestion);
      }
      c.next();
      const key = HEADER_KEYS[keyToken.value]!;
      const keyRange = this.span(keyToken.start, keyToken.end);
      let value: A.HeaderAttribute['value'] = null;
      switch (keyToken.value) {
        case 'assureur':
        case 'organisme':
          value = this.stringLit(c.expect('string', "Nom de l'organisme entre guillemets"));
          break;
        case 'millesime': {
          const t = c.expect('number', 'Année du millésime');
          value = this.numberLit(t);
          break;
        }
        case 'effet': {
          const t = c.expect('date', "Date d'effet (aaaa-mm-jj ou jj/mm/aaaa)");
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
          value = this.requireWordValue(c, ['individuel', 'collectif'], 'Type de contrat');
          break;
        case 'base': {
          const start = c.peek();
          if (c.acceptWords('ro', 'inclus')) value = { kind: 'word', value: 'ro_inclus', range: this.span(start.start, c.lastEnd()) };
          else if (c.acceptWords('en', 'sus')) value = { kind: 'word', value: 'en_sus', range: this.span(start.start, c.lastEnd()) };
          else value = this.requireWordValue(c, ['ro_inclus', 'en_sus'], 'Base des lignes « % BR »');
          break;
        }
        case 'annee':
          value = this.requireWordValue(c, ['civile', 'adhesion'], 'Période des limites annuelles');
          break;
        case 'pmss':
          value = this.requireWordValue(c, ['soins', 'millesime'], 'Année du PMSS');
          break;
      }
      header.attributes.push({ kind: 'header-attribute', key, keyRange, value, range: this.span(keyToken.start, c.lastEnd()) });
    }
  }

  private acceptWordValue(c: LineCursor, values: string[]): A.Word | null {
    const token = c.peek();
    if (token.kind === 'word' && values.includes(token.value)) {
      c.next();
      return { kind: 'word', value: token.value, range: this.span(token.start, token.end) };
    }
    return null;
  }

  private requireWordValue(c: LineCursor, values: string[], what: string): A.Word {
    const word = this.acceptWordValue(c, values);
    if (word) return word;
    const token = c.peek();
    const guess = token.kind === 'word' ? suggest(token.value, values) : null;
    const [fr, en] = didYouMean(guess);
    throw new ParseFailure(
      token,
      [
        `${what} : ${values.map((v) => `« ${v} »`).join(' ou ')} attendu, trouvé ${describe(token)}${fr}.`,
        `${what}: ${values.map((v) => `« ${v} »`).join(' or ')} expected, found ${describeEn(token)}${en}.`,
      ],
      SYNTAX_CODES.missingValue,
    ).suggesting(guess);
  }

  // -------------------------------------------------------------------------------------------
  // Structure

  private parseSection(c: LineCursor): void {
    const keyword = c.next();
    this.example = null;
    this.lastLine = null;
    const name = this.parseName(c, 'Nom du poste entre guillemets : poste "Soins courants"');
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
      if (!this.isLimitStart(c))
        throw new ParseFailure(c.peek(), [
          `${describe(c.peek())} inattendu après le nom du poste (seul un plafond commun est permis).`,
          `${describeEn(c.peek())} unexpected after the section name (only a shared cap is allowed).`,
        ]);
      section.limits.push(this.parseLimit(c));
    }
    section.headerRange = this.span(keyword.start, c.lastEnd());
    section.range = section.headerRange;
  }

  private parseName(c: LineCursor, what: string): A.StringLit | null {
    const token = c.accept('string');
    if (token) return this.stringLit(token);
    // Recover: take the bare words as the name, and say quotes are expected.
    const words: Token[] = [];
    while (c.peek().kind === 'word' && !this.isLimitStart(c)) words.push(c.next());
    if (words.length === 0) {
      this.error(SYNTAX_CODES.missingValue, [`${what}.`, `Name expected in quotes (${what}).`], this.span(c.line.start, c.lastEnd()));
      return null;
    }
    const range = this.span(words[0]!.start, words[words.length - 1]!.end);
    this.error(SYNTAX_CODES.missingValue, [`${what}.`, `Name expected in quotes (${what}).`], range);
    return { kind: 'string', value: this.own(this.text.slice(range.start, range.end)), range };
  }

  private parseOption(c: LineCursor): void {
    const keyword = c.next();
    this.example = null;
    this.section = null;
    this.lastLine = null;
    const name = this.parseName(c, 'Nom de l\'option entre guillemets : option "Confort"');
    let mode: A.OptionNode['mode'] = null;
    const start = c.peek();
    if (c.acceptWords('inclut_socle') || c.acceptWords('inclut', 'socle') || c.acceptWords('socle', 'inclus')) {
      mode = { value: 'inclut_socle', range: this.span(start.start, c.lastEnd()) };
    } else if (c.acceptWords('en_sus_du_socle') || c.acceptWords('en', 'sus', 'du', 'socle') || c.acceptWords('en_sus')) {
      mode = { value: 'en_sus_du_socle', range: this.span(start.start, c.lastEnd()) };
    } else if (!c.atEnd()) {
      throw new ParseFailure(
        start,
        [
          `Mode d'empilement attendu : « inclut_socle » ou « en_sus_du_socle », trouvé ${describe(start)}.`,
          `Stacking mode expected: « inclut_socle » or « en_sus_du_socle », found ${describeEn(start)}.`,
        ],
        SYNTAX_CODES.missingValue,
      );
    }
    const option: A.OptionNode = {
      kind: 'option',
      range: this.span(keyword.start, c.lastEnd()),
      headerRange: this.span(keyword.start, c.lastEnd()),
      name,
      mode,
      items: [],
    };
    this.items.push(option);
    this.option = option;
  }

  private parseExample(c: LineCursor): void {
    const keyword = c.next();
    this.section = null;
    this.lastLine = null;
    const name = this.parseName(c, 'Titre de l\'exemple entre guillemets : exemple "Généraliste à 50 €"');
    const example: A.ExampleNode = {
      kind: 'example',
      range: this.span(keyword.start, c.lastEnd()),
      headerRange: this.span(keyword.start, c.lastEnd()),
      name,
      steps: [],
    };
    this.items.push(example);
    this.example = example;
  }

  private parseExampleStep(c: LineCursor): void {
    const keyword = c.next();
    if (!this.example) {
      c.skipToEnd();
      throw new ParseFailure(
        keyword,
        [`« ${keyword.text} » n'est permis que dans un bloc « exemple ».`, `« ${keyword.text} » is only allowed in an « exemple » block.`],
        SYNTAX_CODES.misplacedHeader,
      );
    }
    let step: A.ExampleStep;
    if (keyword.value === 'acte') {
      const act = this.parseActName(c, CASE_KEYWORDS, true);
      if (!act) throw new ParseFailure(c.peek(), ["Nom de l'acte attendu après « acte ».", 'Act name expected after « acte ».'], SYNTAX_CODES.missingValue);
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
      return done({ kind: 'repeat', value: this.numberLit(c.expect('number', 'Nombre de répétitions')) });
    }
    if (token.kind !== 'word')
      throw new ParseFailure(token, [
        `Attribut de l'acte attendu (secteur, prix, date…), trouvé ${describe(token)}.`,
        `Act attribute expected (secteur, prix, date…), found ${describeEn(token)}.`,
      ]);
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
        return done({ kind: 'price', value: this.parseMoney(c, 'Prix') });
      case 'br':
        return done({ kind: 'br', value: this.parseMoney(c, 'Base de remboursement') });
      case 'date':
      case 'le': {
        const t = c.expect('date', 'Date des soins (aaaa-mm-jj ou jj/mm/aaaa)');
        return done({ kind: 'date', value: { kind: 'date', value: t.value, range: this.span(t.start, t.end) } });
      }
      case 'adhesion': {
        const t = c.expect('date', "Date d'adhésion (aaaa-mm-jj ou jj/mm/aaaa)");
        return done({ kind: 'adhesion', value: { kind: 'date', value: t.value, range: this.span(t.start, t.end) } });
      }
      case 'quantite':
      case 'jours':
      case 'nuits':
        return done({ kind: 'quantity', value: this.numberLit(c.expect('number', 'Quantité')) });
      case 'fois':
      case 'x':
        return done({ kind: 'repeat', value: this.numberLit(c.expect('number', 'Nombre de répétitions')) });
      case 'age': {
        const value = this.numberLit(c.expect('number', 'Âge en années'));
        c.acceptWords('ans');
        return done({ kind: 'age', value });
      }
      case 'option':
        return done({ kind: 'option', value: this.stringLit(c.expect('string', "Nom de l'option entre guillemets")) });
      case 'beneficiaire':
        return done({ kind: 'beneficiary', value: this.stringLit(c.expect('string', 'Nom du bénéficiaire entre guillemets')) });
    }
    const guess = suggest(token.value, [...CASE_KEYWORDS, 'hors_parcours']);
    const [fr, en] = didYouMean(guess);
    throw new ParseFailure(
      token,
      [`Attribut inconnu « ${token.text} »${fr}.`, `Unknown attribute « ${token.text} »${en}.`],
      SYNTAX_CODES.unknownKeyword,
    ).suggesting(guess);
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
        throw new ParseFailure(
          n,
          [`Secteur attendu : 1, 2 ou 3, trouvé ${describe(n)}.`, `Sector expected: 1, 2 or 3, found ${describeEn(n)}.`],
          SYNTAX_CODES.missingValue,
        );
      }
      c.next();
      c.next();
      if (n.value === '1') return 'secteur1';
      if (n.value === '3') return 'non_conventionne';
      const column = this.parseSectorColumn(c);
      if (column === 'non_conventionne')
        throw new ParseFailure(token, ['Un médecin de secteur 2 est conventionné.', 'A secteur 2 doctor is conventionné.'], SYNTAX_CODES.unexpectedToken);
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
        const [fr, en] = didYouMean(guess);
        throw new ParseFailure(
          token,
          [
            `« secu », « mutuelle » ou « reste » attendu, trouvé ${describe(token)}${fr}.`,
            `« secu », « mutuelle » or « reste » expected, found ${describeEn(token)}${en}.`,
          ],
          SYNTAX_CODES.unknownKeyword,
        ).suggesting(guess);
      }
      c.accept('colon');
      const amount = this.parseMoney(c, `Montant « ${token.text} »`);
      step.values.push({ field, fieldRange: this.span(token.start, token.end), amount });
    }
  }

  /** A number followed by `€` (the euro sign is required so amounts are never confused with counts). */
  private parseMoney(c: LineCursor, what: string): A.NumberLit {
    const negative = c.accept('minus');
    const number = c.expect('number', `${what} en euros`);
    c.expect('euro', `« € » après ${what.toLowerCase()}`);
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
      throw new ParseFailure(
        c.line.tokens[0]!,
        [
          "Nom d'acte attendu en début de ligne de garantie (ex. « consultation generaliste 150 % BR »).",
          'Act name expected at the start of a guarantee line (e.g. « consultation generaliste 150 % BR »).',
        ],
        SYNTAX_CODES.missingValue,
      );
    }
    const line: A.GuaranteeLine = {
      kind: 'guarantee',
      range: act.range,
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
    c.accept('colon');
    try {
      this.parseVariants(c, line, false);
    } finally {
      line.range = this.span(line.range.start, Math.max(c.lastEnd(), line.range.end));
      this.extendSection(line.range.end);
    }
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
    if (token.value === 'frais' && c.isWord('reels', 1)) return true;
    if (token.value === 'forfait' && c.peek(1).kind === 'number') return true;
    if (token.value === 'hors' && c.isWord('nomenclature', 1)) return true;
    if (token.value === 'non' && (c.isWord('couvert', 1) || c.isWord('rembourse', 1))) return true;
    if (token.value === 'ticket' && c.isWord('moderateur', 1)) return true;
    if (token.value === 'rss' && c.peek(1).kind === 'plus') return true;
    if ((token.value === 'br' || token.value === 'brss') && c.peek(1).kind === 'minus') return true;
    return false;
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
    if (token.kind !== 'word') return false;
    switch (token.value) {
      case 'dans':
      case 'plafond':
      case 'plafonne':
      case 'carence':
      case 'delai':
      case 'tous':
      case 'max':
      case 'maximum':
        return true;
      case 'limite':
        return c.isWord('de', 1) || c.isWord('a', 1);
      case 'limites':
      case 'limitee':
      case 'limitees':
        return c.isWord('a', 1);
      case 'prix':
        return c.isWord('typique', 1);
      case 'prix_typique':
        return true;
      case 'par':
      case 'et':
        return c.isWord('beneficiaire', 1) || (token.value === 'et' && c.isWord('par', 1));
      default:
        return false;
    }
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
      if (!sector && line.variants.some((v) => v.coverage)) {
        throw new ParseFailure(start, [
          `${describe(start)} inattendu : séparez les termes par « + » ou commencez une colonne (dptam, non_dptam, non_conventionne).`,
          `${describeEn(start)} unexpected: join terms with « + » or start a column (dptam, non_dptam, non_conventionne).`,
        ]);
      }
      c.accept('colon');
      const variant: A.Variant = { kind: 'variant', range: this.span(start.start, start.end), sector, coverage: null, limits: [] };
      line.variants.push(variant);
      try {
        variant.coverage = this.parseCoverage(c);
        this.parseLimits(c, variant);
      } catch (failure) {
        if (!(failure instanceof ParseFailure)) throw failure;
        // Recover within the line: report, then resume at the next sector column, if any.
        this.error(
          failure.code,
          failure.messageEn ? [failure.message, failure.messageEn] : failure.message,
          failure.token.kind === 'eof'
            ? this.span(c.line.tokens[c.line.tokens.length - 1]!.start, c.line.end)
            : this.span(failure.token.start, failure.token.end),
          undefined,
          failure.token.kind === 'eof' ? undefined : failure.replacement,
        );
        variant.coverage = null;
        while (!c.atEnd() && !this.isSectorStart(c)) c.next();
      } finally {
        variant.range = this.span(start.start, Math.max(c.lastEnd(), start.end));
      }
    }
  }

  private isTypicalPriceStart(c: LineCursor): boolean {
    return c.isWord('prix_typique') || (c.isWord('prix') && c.isWord('typique', 1));
  }

  /** `prix typique 80 €` after a coverage: the price previews use for this column. */
  private parseTypicalPrice(c: LineCursor, variant: A.Variant): void {
    const start = c.peek();
    if (!c.acceptWords('prix_typique')) c.acceptWords('prix', 'typique');
    c.accept('colon');
    const amount = this.parseMoney(c, 'Prix typique');
    variant.typicalPrice = { amount, range: this.span(start.start, c.lastEnd()) };
  }

  private parseLimits(c: LineCursor, variant: A.Variant): void {
    while (!c.atEnd()) {
      const mark = c.mark();
      c.accept('comma');
      if (this.isTypicalPriceStart(c)) {
        this.parseTypicalPrice(c, variant);
        continue;
      }
      // `(limité à 80 € par an et par bénéficiaire)`: limits in parentheses (KALI wording).
      if (c.peek().kind === 'lparen' && this.isLimitStartAt(c, 1)) {
        c.next();
        while (!c.atEnd() && c.peek().kind !== 'rparen') {
          c.accept('comma');
          variant.limits.push(this.parseLimit(c));
        }
        c.expect('rparen', '« ) »');
        continue;
      }
      if (this.isLimitStart(c)) {
        variant.limits.push(this.parseLimit(c));
        continue;
      }
      if (this.isSectorStart(c)) {
        c.reset(mark);
        c.accept('comma');
        return;
      }
      if (c.atEnd()) return;
      throw new ParseFailure(c.peek(), [
        `${describe(c.peek())} inattendu après la garantie : une limite (« 4 séances par an », « dans la limite de 100 € par an ») ou une colonne de secteur est attendue.`,
        `${describeEn(c.peek())} unexpected after the coverage: a limit (« 4 séances par an », « dans la limite de 100 € par an ») or a sector column is expected.`,
      ]);
    }
  }

  private parseCoverage(c: LineCursor): A.Coverage {
    const start = c.peek();
    const rss = c.isWord('rss') && c.peek(1).kind === 'plus';
    const terms: A.Term[] = [this.parseTerm(c)];
    while (c.accept('plus')) terms.push(this.parseTerm(c, rss));
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
      if (c.acceptWords('fr') || c.acceptWords('frais', 'reels')) {
        return { kind: 'frais-reels', rate: null, ...this.parseFrCap(c), range: range() };
      }
      if (
        c.acceptWords('non_couvert') ||
        c.acceptWords('neant') ||
        c.acceptWords('non_rembourse') ||
        c.acceptWords('non', 'couvert') ||
        c.acceptWords('non', 'rembourse')
      ) {
        return { kind: 'none', range: range() };
      }
      if (c.acceptWords('forfait')) {
        const amount = this.parseMoney(c, 'Montant du forfait');
        return { kind: 'amount', amount, per: this.parsePer(c), range: range() };
      }
    }
    if (token.kind !== 'number') {
      throw new ParseFailure(token, [
        `Garantie attendue (ex. « 150 % BR », « TM », « 100 % FR », « 40 € par séance »), trouvé ${describe(token)}.`,
        `Coverage expected (e.g. « 150 % BR », « TM », « 100 % FR », « 40 € par séance »), found ${describeEn(token)}.`,
      ]);
    }
    c.next();
    const value = this.numberLit(token);
    if (c.accept('euro')) {
      const per = this.parsePer(c);
      const basis = this.parseBasis(c);
      return basis ? { kind: 'amount', amount: value, per, basis, range: range() } : { kind: 'amount', amount: value, per, range: range() };
    }
    if (!c.accept('percent'))
      throw new ParseFailure(
        c.peek(),
        [
          `« % » ou « € » attendu après ${token.text}, trouvé ${describe(c.peek())}.`,
          `« % » or « € » expected after ${token.text}, found ${describeEn(c.peek())}.`,
        ],
        SYNTAX_CODES.missingValue,
      );
    const unit = c.peek();
    // `RSS + 30 %`: a bare percentage after RSS is a percentage of the BR.
    if (afterRss && !(unit.kind === 'word' && ['br', 'brss', 'tr', 'bss', 'trss', 'fr', 'frais', 'pmss', 'sante'].includes(unit.value))) {
      return { kind: 'pct-br', rate: value, basis: null, range: range() };
    }
    if (unit.kind !== 'word')
      throw new ParseFailure(
        unit,
        [
          `Base attendue après « % » (BR, FR, PMSS ou Santé), trouvé ${describe(unit)}.`,
          `Basis expected after « % » (BR, FR, PMSS or Santé), found ${describeEn(unit)}.`,
        ],
        SYNTAX_CODES.missingValue,
      );
    c.next();
    switch (unit.value) {
      case 'br':
      case 'brss':
      case 'tr':
      case 'bss':
      case 'trss':
        return { kind: 'pct-br', rate: value, basis: this.parseBasis(c), range: range() };
      case 'fr':
        return { kind: 'frais-reels', rate: value, ...this.parseFrCap(c), range: range() };
      case 'frais':
        if (c.acceptWords('reels')) return { kind: 'frais-reels', rate: value, ...this.parseFrCap(c), range: range() };
        break;
      case 'pmss':
        return { kind: 'pmss', rate: value, per: this.parsePer(c), range: range() };
      case 'sante':
        if (value.value !== '100')
          throw new ParseFailure(token, ["« 100 % Santé » s'écrit avec 100.", '« 100 % Santé » is written with 100.'], SYNTAX_CODES.unexpectedToken);
        return { kind: '100-sante', range: range() };
    }
    const guess = suggest(unit.value, ['br', 'fr', 'pmss', 'sante'])?.toUpperCase() ?? null;
    const [fr, en] = didYouMean(guess);
    throw new ParseFailure(
      unit,
      [`Unité inconnue « ${unit.text} » après « % »${fr}.`, `Unknown unit « ${unit.text} » after « % »${en}.`],
      SYNTAX_CODES.unknownUnit,
    ).suggesting(guess?.replace('SANTE', 'Santé'));
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
      c.acceptWords('secu', 'incluse') ||
      c.acceptWords('secu', 'inclus') ||
      c.acceptWords('secu', 'comprise') ||
      c.acceptWords('ro', 'compris')
    ) {
      return done('ro_inclus');
    }
    if (c.acceptWords('en', 'complement', 'du', 'ro') || c.acceptWords('en', 'complement', 'de', 'la', 'secu')) return done('en_sus');
    if (c.acceptWords('en_sus') || c.acceptWords('en', 'sus') || c.acceptWords('hors_ro')) {
      c.acceptWords('du', 'ro');
      return done('en_sus');
    }
    if (start.kind === 'minus' && c.peek(1).kind === 'word' && ['mr', 'rss', 'ro', 'amo'].includes(c.peek(1).value)) {
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

  /** `limité à 150 % BR` (or `limité à 100 % BR + TM`) after a frais-réels term. */
  private parseFrCap(c: LineCursor): { capPercentBr: A.NumberLit | null; capPlusTm?: Span } {
    const mark = c.mark();
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

  private parsePer(c: LineCursor): { value: A.PerUnit; range: Span } | null {
    const start = c.peek();
    if (!(c.isWord('par') || start.kind === 'slash')) return null;
    if (c.isWord('par') && c.isWord('beneficiaire', 1)) return null;
    c.next();
    const unit = c.next();
    const value = unit.kind === 'word' ? UNIT_WORDS[unit.value] : undefined;
    if (!value) {
      const guess = unit.kind === 'word' ? suggest(unit.value, Object.keys(UNIT_WORDS)) : null;
      const [fr, en] = didYouMean(guess);
      throw new ParseFailure(
        unit,
        [`Unité inconnue ${describe(unit)} après « ${start.text} »${fr}.`, `Unknown unit ${describeEn(unit)} after « ${start.text} »${en}.`],
        SYNTAX_CODES.unknownUnit,
      ).suggesting(guess);
    }
    this.skipYearQualifier(c);
    return { value, range: this.span(start.start, c.lastEnd()) };
  }

  /** `par année civile`, `par an et par bénéficiaire`: the period kind is a header setting. */
  private skipYearQualifier(c: LineCursor): void {
    // The first that matches is consumed; the others are not tried.
    if (!c.acceptWords('civile') && !c.acceptWords('d', 'adhesion')) c.acceptWords("d'adhesion");
  }

  private parseLimit(c: LineCursor): A.Limit {
    const token = c.peek();
    const start = token.start;
    const range = () => this.span(start, c.lastEnd());
    if (c.acceptWords('et', 'par', 'beneficiaire') || c.acceptWords('par', 'beneficiaire')) return { kind: 'per-beneficiary', range: range() };
    if (
      c.acceptWords('dans', 'la', 'limite', 'de') ||
      c.acceptWords('dans', 'la', 'limite', 'd') ||
      c.acceptWords('limite', 'de') ||
      this.acceptLimitedTo(c) ||
      c.acceptWords('plafond') ||
      c.acceptWords('plafonne', 'a') ||
      c.acceptWords('max') ||
      c.acceptWords('maximum')
    ) {
      c.accept('colon');
      if (c.peek().kind === 'number' && c.peek(1).kind === 'euro') {
        const amount = this.parseMoney(c, 'Plafond');
        const per = this.parsePer(c);
        const basis = this.parseBasis(c);
        return basis ? { kind: 'amount-cap', amount, per, basis, range: range() } : { kind: 'amount-cap', amount, per, range: range() };
      }
      const count = this.numberLit(c.expect('number', 'Montant ou nombre'));
      return this.finishCountLimit(c, count, start);
    }
    if (c.acceptWords('carence') || c.acceptWords('delai', 'de', 'carence')) {
      c.accept('colon');
      c.acceptWords('de');
      const amount = this.numberLit(c.expect('number', 'Durée de la carence'));
      const unitToken = c.peek();
      if (!(unitToken.kind === 'word' && ['mois', 'jours', 'jour'].includes(unitToken.value))) {
        throw new ParseFailure(
          unitToken,
          [
            `« mois » ou « jours » attendu après la durée de carence, trouvé ${describe(unitToken)}.`,
            `« mois » or « jours » expected after the waiting period, found ${describeEn(unitToken)}.`,
          ],
          SYNTAX_CODES.missingValue,
        );
      }
      c.next();
      return {
        kind: 'carence',
        amount,
        unit: { value: unitToken.value === 'mois' ? 'mois' : 'jours', range: this.span(unitToken.start, unitToken.end) },
        range: range(),
      };
    }
    if (c.isWord('tous')) return this.parseRenewal(c, null, start);
    if (this.isTypicalPriceStart(c)) {
      throw new ParseFailure(
        token,
        [
          '« prix typique » se met sur une ligne de garantie, après la garantie (« osteopathie 40 € par seance, prix typique 60 € »).',
          '« prix typique » goes on a guarantee line, after the coverage (« osteopathie 40 € par seance, prix typique 60 € »).',
        ],
        SYNTAX_CODES.unexpectedToken,
      );
    }
    if (token.kind === 'number') {
      c.next();
      return this.finishCountLimit(c, this.numberLit(token), start);
    }
    throw new ParseFailure(token, [`Limite attendue, trouvé ${describe(token)}.`, `Limit expected, found ${describeEn(token)}.`]);
  }

  /** After a count: `séances par an`, `par an`, `équipement tous les 2 ans`, `jours`. */
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
      throw new ParseFailure(
        unitToken,
        [
          `Une limite de nombre se compte par an : « ${count.value} ${unit ? unitToken.text : 'séances'} par an ».`,
          `A count limit is per year: « ${count.value} ${unit ? unitToken.text : 'séances'} par an ».`,
        ],
        SYNTAX_CODES.unexpectedToken,
      );
    }
    if (!per) {
      throw new ParseFailure(
        c.peek(),
        [
          `« par an » attendu après le nombre de ${unit ? unitToken.text : 'fois'}.`,
          `« par an » expected after the number of ${unit ? unitToken.text : 'times'}.`,
        ],
        SYNTAX_CODES.missingValue,
      );
    }
    return { kind: 'count-limit', count, unit, range: this.span(start, c.lastEnd()) };
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
      throw new ParseFailure(
        unit,
        [`« ans » attendu dans « tous les N ans », trouvé ${describe(unit)}.`, `« ans » expected in « tous les N ans », found ${describeEn(unit)}.`],
        SYNTAX_CODES.missingValue,
      );
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
