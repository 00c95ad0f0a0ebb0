// Tokeniser: words (letters, combining marks, digits, inner apostrophes) and single punctuation
// characters, each with its offsets into the ORIGINAL text. Whitespace is not a token; what lies
// between two tokens is summarised in flags, which is all the later stages need. A hand-written
// scanner rather than a Unicode regex: this runs on every character of every article.
import { foldPunct, foldWord } from './fold';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** Lookup key: folded word, or the canonical punctuation symbol. */
  fold: string;
  kind: TokenKind;
  /** First character is an upper-case letter. */
  upper: boolean;
  /** Whitespace separates this token from the previous one. */
  spaceBefore: boolean;
  /** A line break separates this token from the previous one. */
  newlineBefore: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;

/** Letters and digits (Vietnamese letters sit in Latin-1, Latin Extended and U+1E00–U+1EFF). */
function isAlnum(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  return LETTER_OR_DIGIT.test(ch);
}

/** Letters, digits and combining marks: what continues a word. */
function isWordChar(c: number, ch: string): boolean {
  if (c >= 0x300 && c <= 0x36f) return true;
  if (isAlnum(c, ch)) return true;
  return c >= 128 && MARK.test(ch);
}

function isSpace(c: number, ch: string): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 128 && SPACE.test(ch);
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  let prevEnd = from;
  let newline = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Astral characters (emoji) are one punctuation token of two code units.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const ch = c < 128 ? '' : text.slice(i, i + width);
    if (isSpace(c, ch)) { if (c === 10 || c === 13) newline = true; i += width; continue; }
    const start = i;
    let kind: TokenKind = 'punct';
    if (width === 1 && isAlnum(c, ch)) {
      let digits = c >= 48 && c <= 57;
      i++;
      for (;;) {
        while (i < to) {
          const d = text.charCodeAt(i);
          if (!isWordChar(d, d < 128 ? '' : text[i]!)) break;
          if (d < 48 || d > 57) digits = false;
          i++;
        }
        // An apostrophe between letters stays inside the word ("d'Ivoire").
        const a = text.charCodeAt(i);
        const n = text.charCodeAt(i + 1);
        if ((a === 39 || a === 0x2019) && i + 1 < to && !(n >= 48 && n <= 57) && isAlnum(n, n < 128 ? '' : text[i + 1]!)) { digits = false; i++; continue; }
        break;
      }
      kind = digits ? 'num' : 'word';
    } else {
      i += width;
    }
    const raw = text.slice(start, i);
    out.push({
      start,
      end: i,
      raw,
      fold: kind === 'punct' ? foldPunct(raw) : foldWord(raw),
      kind,
      upper: kind === 'word' && isUpper(raw[0]!),
      spaceBefore: start > prevEnd,
      newlineBefore: newline,
    });
    prevEnd = i;
    newline = false;
  }
  return out;
}
