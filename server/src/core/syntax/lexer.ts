/**
 * Lexer: text → tokens, one pass, never throws. Whitespace is dropped, line breaks and comments are
 * kept as tokens so the parser can recover at line boundaries and a formatter can keep comments.
 */
import { detach, normalizeWord } from './text';
import { readWrittenDate } from './calendar';

export type TokenKind =
  | 'word'
  | 'number'
  | 'percent'
  | 'euro'
  | 'string'
  | 'date'
  | 'plus'
  | 'comma'
  | 'colon'
  | 'slash'
  | 'minus'
  | 'lparen'
  | 'rparen'
  | 'times'
  | 'pipe'
  | 'mark'
  | 'comment'
  | 'newline'
  | 'unknown'
  | 'eof';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Source text of the token. */
  text: string;
  /**
   * word: normalized form (lowercase, no accents; a dotted abbreviation `B.R.` is `br`); number:
   * canonical decimal (`1234.56`); string: the content without quotes; date: ISO `YYYY-MM-DD` (or
   * empty when invalid); mark: the footnote it refers to (`5` for `(5)` and `⁵`, `*` for `(*)`).
   */
  value: string;
  /** string: no closing quote on the line; number: grouping or decimal form looked wrong. */
  malformed?: boolean;
  /** number: `1.000` (a dot then exactly three digits), a thousands separator or decimals? Read as decimals. */
  ambiguous?: boolean;
}

const SPACE = /[ \t\u00a0\u202f\u2009\u2007\ufeff]/;
const DIGIT = /[0-9]/;
const WORD_START_RE = /[\p{L}_]/u;
const WORD_PART_RE = /[\p{L}\p{N}_]/u;

// Character classes by code first (the hot path is ASCII), the Unicode regexps only beyond it.
function isWordStart(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
  return WORD_START_RE.test(c);
}

function isWordPart(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  // Superscript digits are footnote marks (`oreille¹`), not part of the word.
  if (isSuperscript(code)) return false;
  return WORD_PART_RE.test(c);
}

function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER_RE.test(c);
}

const LETTER_RE = /\p{L}/u;

/** Superscript digits and parentheses of a printed footnote mark (`⁵`, `⁽¹²⁾`): `¹ ² ³`, `⁰`, `⁴` to `⁹`, `⁽ ⁾`. */
function isSuperscript(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || code === 0x2070 || (code >= 0x2074 && code <= 0x2079) || code === 0x207d || code === 0x207e;
}

/** A superscript's plain digit ('' for the parentheses). */
function superscriptDigit(code: number): string {
  if (code === 0xb9) return '1';
  if (code === 0xb2) return '2';
  if (code === 0xb3) return '3';
  return code <= 0x2079 ? String(code - 0x2070) : '';
}

/** `(5)`, `(12)`, `(*)`, `(**)`, `(a)`: a footnote mark in parentheses. */
const PAREN_MARK = /^\((?:[0-9]{1,3}|\*{1,4}|[a-zA-Z])\)/;

function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || code === 9;
  return SPACE.test(c);
}

function isDigit(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 48 && code <= 57;
}
const QUOTES: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };
const EURO_WORDS = new Set(['eur', 'euro', 'euros']);
/** `1.000`: thousands separator (1 000) or decimals (1,000)? */
const AMBIGUOUS_DOT = /^[0-9]{1,3}\.[0-9]{3}$/;

/**
 * `from`, `to`: lex only that part of the text (offsets stay the text's). `from` must be the start
 * of a line and `to` the start of a line or the end of the text, as no token spans a line break.
 * `own`: the tokens' strings are copies that do not keep `text` alive (see `detach`).
 */
export function lex(text: string, from = 0, to = text.length, own = false): Token[] {
  const tokens: Token[] = [];
  const n = to;
  let i = from;

  const push = (kind: TokenKind, start: number, end: number, value = text.slice(start, end), malformed = false) => {
    let source = text.slice(start, end);
    if (own) {
      const same = value === source;
      source = detach(source);
      value = same ? source : detach(value);
    }
    const token: Token = { kind, start, end, text: source, value };
    if (malformed) token.malformed = true;
    tokens.push(token);
  };

  while (i < n) {
    const c = text[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      const start = i;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      push('newline', start, i);
      continue;
    }
    if (c === '#') {
      const start = i;
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      push('comment', start, i);
      continue;
    }
    if (isDigit(c)) {
      i = lexNumberOrDate(text, i, push);
      const last = tokens[tokens.length - 1]!;
      if (last.kind === 'number' && AMBIGUOUS_DOT.test(last.text)) last.ambiguous = true;
      continue;
    }
    const closing = QUOTES[c];
    if (closing !== undefined) {
      const start = i;
      i++;
      while (i < n && text[i] !== closing && text[i] !== '\n' && text[i] !== '\r') i++;
      if (i < n && text[i] === closing) {
        i++;
        push('string', start, i, text.slice(start + 1, i - 1).trim());
      } else {
        push('string', start, i, text.slice(start + 1, i).trim(), true);
      }
      continue;
    }
    if (isWordStart(c)) {
      const start = i;
      i++;
      if (text[i] === '.' && isLetter(c) && isLetter(text[i + 1]) && !isWordPart(text[i + 2] ?? ' ')) {
        i = lexDotted(text, start, push);
        continue;
      }
      while (i < n) {
        const d = text[i]!;
        if (isWordPart(d)) {
          i++;
        } else if ((d === "'" || d === '’' || d === '-') && i + 1 < n && isWordStart(text[i + 1]!)) {
          i += 2;
        } else {
          break;
        }
      }
      // An elided article before a number or a space (« d'1 500 € ») keeps its apostrophe in the word.
      let elided = false;
      if ((text[i] === "'" || text[i] === '’') && !(i + 1 < n && isWordStart(text[i + 1]!))) {
        i++;
        elided = true;
      }
      const raw = normalizeWord(text.slice(start, i));
      const norm = elided ? raw.slice(0, -1) : raw;
      if (EURO_WORDS.has(norm)) push('euro', start, i);
      else push('word', start, i, norm);
      continue;
    }
    const start = i;
    i++;
    switch (c) {
      case '%':
        push('percent', start, i);
        break;
      case '€':
        push('euro', start, i);
        break;
      case '+':
        push('plus', start, i);
        break;
      case ',':
      case ';':
        push('comma', start, i);
        break;
      case ':':
        push('colon', start, i);
        break;
      case '/':
        push('slash', start, i);
        break;
      case '-':
      case '–':
      case '—':
        push('minus', start, i);
        break;
      case '(':
        if (PAREN_MARK.test(text.slice(start, start + 6))) i = lexMark(text, start, n, push);
        else push('lparen', start, i);
        break;
      case '*':
        i = lexMark(text, start, n, push);
        break;
      case ')':
        push('rparen', start, i);
        break;
      case '×':
        push('times', start, i);
        break;
      case '|':
      case '¦':
      case '│':
        push('pipe', start, i);
        break;
      case '.': {
        // A period right after a word, an amount or a mark, before a space or the end (`maxi.`,
        // `par an.`, `50 €.`): punctuation of the printed text, kept in that token.
        const last = tokens[tokens.length - 1];
        if (
          last &&
          last.end === start &&
          (last.kind === 'word' || last.kind === 'euro' || last.kind === 'percent' || last.kind === 'rparen' || last.kind === 'mark') &&
          !(i < n && isWordPart(text[i]!))
        ) {
          last.end = i;
          last.text = own ? detach(text.slice(last.start, i)) : text.slice(last.start, i);
          break;
        }
        push('unknown', start, i);
        break;
      }
      default: {
        if (isSuperscript(c.charCodeAt(0))) {
          i = lexMark(text, start, n, push);
          break;
        }
        // Keep surrogate pairs together so an emoji is one unknown token, not two halves.
        if (c >= '\ud800' && c <= '\udbff' && i < n) i++;
        push('unknown', start, i);
      }
    }
  }
  push('eof', n, n, '');
  return tokens;
}

type Push = (kind: TokenKind, start: number, end: number, value?: string, malformed?: boolean) => void;

/** `B.R.`, `R.O.`, `T.M.`, `B.R.S.S.`: single letters joined by dots, one word (`br`). */
function lexDotted(text: string, start: number, push: Push): number {
  let letters = text[start]!;
  let i = start + 1;
  while (text[i] === '.' && isLetter(text[i + 1]) && !isWordPart(text[i + 2] ?? ' ')) {
    letters += text[i + 1];
    i += 2;
  }
  if (text[i] === '.' && !isWordPart(text[i + 1] ?? ' ')) i++;
  push('word', start, i, normalizeWord(letters));
  return i;
}

/** A printed footnote mark: `*`, `**`, `(5)`, `(*)`, `⁵`, `⁽¹²⁾`. Its value is the note it refers to. */
function lexMark(text: string, start: number, n: number, push: Push): number {
  let i = start;
  let value = '';
  if (text[i] === '(') {
    const end = text.indexOf(')', i) + 1;
    value = text.slice(i + 1, end - 1).toLowerCase();
    i = end;
  } else if (text[i] === '*') {
    while (i < n && text[i] === '*') i++;
    value = text.slice(start, i);
  } else {
    while (i < n && isSuperscript(text.charCodeAt(i))) value += superscriptDigit(text.charCodeAt(i++));
    if (value === '') value = '?';
  }
  push('mark', start, i, value);
  return i;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?![0-9])/;
const FR_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?![0-9])/;

/** Numbers in French or English notation (`1 234,56`, `0,61`, `1234.56`) and dates (ISO or `jj/mm/aaaa`). */
function lexNumberOrDate(text: string, start: number, push: Push): number {
  const rest = text.slice(start, start + 12);
  const iso = ISO_DATE.exec(rest);
  if (iso) {
    const end = start + iso[0].length;
    push('date', start, end, readWrittenDate(iso[0]).value);
    return end;
  }
  const fr = FR_DATE.exec(rest);
  if (fr) {
    const end = start + fr[0].length;
    push('date', start, end, readWrittenDate(fr[0]).value);
    return end;
  }
  const n = text.length;
  let i = start;
  while (i < n && isDigit(text[i]!)) i++;
  let integer = text.slice(start, i);
  let malformed = false;
  // Thousands groups: "1 234" or "1 234 567" (a single space-like character, then exactly three digits).
  if (integer.length <= 3) {
    while (
      i + 4 <= n &&
      /[ \u00a0\u202f\u2009.]/.test(text[i]!) &&
      /^[0-9]{3}$/.test(text.slice(i + 1, i + 4)) &&
      !(i + 4 < n && DIGIT.test(text[i + 4]!)) &&
      // "1.234" alone is a decimal in English notation, not a group: only take a dot when another group or a comma decimal follows.
      (text[i] !== '.' || /^[.,][0-9]/.test(text.slice(i + 4, i + 6)))
    ) {
      integer += text.slice(i + 1, i + 4);
      i += 4;
    }
  }
  let value = integer.replace(/^0+(?=\d)/, '');
  if ((text[i] === ',' || text[i] === '.') && i + 1 < n && DIGIT.test(text[i + 1]!)) {
    i++;
    const fracStart = i;
    while (i < n && DIGIT.test(text[i]!)) i++;
    value += '.' + text.slice(fracStart, i);
    // "1,2,3": keep the whole run in one malformed token, so the error shows what was written.
    while ((text[i] === ',' || text[i] === '.') && i + 1 < n && DIGIT.test(text[i + 1]!)) {
      malformed = true;
      i++;
      while (i < n && isDigit(text[i]!)) i++;
    }
  }
  push('number', start, i, value, malformed);
  return i;
}
