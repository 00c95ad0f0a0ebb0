// Folding: the key under which a word is looked up. NFC, canonical tone placement, lower case.
// Diacritics are kept on purpose: without them "Nga" (Russia) and "ngà" (ivory) would collide.
import { normalizeSyllable } from './normalize';

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

const DASHES = new Set(['-', '–', '—', '‐', '‑', '−']);
const QUOTES = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’']);

export function isDash(ch: string): boolean {
  return DASHES.has(ch);
}

export function isQuote(ch: string): boolean {
  return QUOTES.has(ch);
}

/** Fold one word token (memoised: news vocabulary is small and this sits on the hot path). */
export function foldWord(raw: string): string {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const folded = normalizeSyllable(raw).toLowerCase();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, folded);
  return folded;
}

/** Fold one punctuation character: all dashes are one symbol, all quotes are one symbol. */
export function foldPunct(ch: string): string {
  if (DASHES.has(ch)) return '-';
  if (QUOTES.has(ch)) return '"';
  return ch;
}
