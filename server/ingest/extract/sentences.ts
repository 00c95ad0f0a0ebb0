// Sentence splitting over tokens. A sentence ends at a line break, or at . ! ? … (plus any closing
// quotes/brackets) followed by something that can open a sentence. Abbreviations (TP., Tp., TS.),
// initials (J. Smith), numbers (5.000, 7/10) and attributions after a quote (“…” – ông X nói) do
// not end a sentence.
import type { Token } from './tokens';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Token range [tokenStart, tokenEnd) in the article's token array. */
  tokenStart: number;
  tokenEnd: number;
}

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', ')', ']', '»']);
const OPENERS = new Set(['"', '(', '[', '«']);
/** Folded abbreviations that take a period but rarely end a sentence. */
const ABBREVIATIONS = new Set([
  'tp', 'tt', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'ls', 'th', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr',
  'vs', 'no', 'tr', 'q', 'p', 'x', 'h', 'tx', 'nxb', 'ubnd', 'hđnd', 'v.v', 'etc', 'inc', 'ltd', 'co', 'corp',
]);

function endsSentence(tokens: Token[], i: number): number {
  // Returns the index of the last token of the sentence ending at token i, or -1.
  const t = tokens[i]!;
  if (!TERMINAL.has(t.fold)) return -1;
  const prev = tokens[i - 1];
  if (t.fold === '.' && prev && !t.spaceBefore) {
    if (prev.kind === 'word' && ABBREVIATIONS.has(prev.fold)) return -1;
    if (prev.kind === 'word' && prev.upper && prev.raw.length === 1) return -1; // an initial
  }
  let last = i;
  while (last + 1 < tokens.length && (TERMINAL.has(tokens[last + 1]!.fold) || CLOSERS.has(tokens[last + 1]!.fold)) && !tokens[last + 1]!.newlineBefore) {
    // closing quotes only attach when glued to the terminal ("…nào.” Tiếp")
    if (tokens[last + 1]!.spaceBefore && !TERMINAL.has(tokens[last + 1]!.fold)) break;
    last++;
  }
  const next = tokens[last + 1];
  if (!next) return last;
  if (next.newlineBefore) return last;
  // An ellipsis glued to a capitalised word still separates two sentences ("…....Phóng viên").
  if (!next.spaceBefore) return next.upper && last > i ? last : -1;
  if (next.upper || next.kind === 'num' || OPENERS.has(next.fold)) return last;
  return -1;
}

/** Appends the sentence tokens[first..last]; returns the next sentence's first token. */
function push(out: Sentence[], text: string, tokens: Token[], first: number, last: number): number {
  if (last < first) return first;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  out.push({ index: out.length, start, end, text: text.slice(start, end), tokenStart: first, tokenEnd: last + 1 });
  return last + 1;
}

export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > first && tokens[i]!.newlineBefore) first = push(out, text, tokens, first, i - 1);
    const last = endsSentence(tokens, i);
    if (last >= 0) { first = push(out, text, tokens, first, last); i = last; }
  }
  if (first < tokens.length) push(out, text, tokens, first, tokens.length - 1);
  return out;
}
