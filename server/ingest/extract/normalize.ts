// Unicode and Vietnamese tone-mark normalisation. Vietnamese text arrives in NFC or NFD and with
// either tone-placement convention ("hòa"/"hoà", "thủy"/"thuỷ", "khỏe"/"khoẻ"); both conventions
// are in everyday use, so the matcher must treat them as the same word. We canonicalise to the
// traditional placement, which is what most of the news outlets use.

/** The five tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng). */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const VOWELS = new Set([...'aăâeêioôơuưy']);
/** Vowels carrying a quality mark: the tone always goes on (the last of) these. */
const MARKED_VOWELS = new Set([...'ăâêôơư']);
const VIET_LETTER = /^[a-zđăâêôơư]+$/;

/** Index (into `lower`, a tone-less NFC lower-case syllable) of the letter that carries the tone, or -1. */
export function toneCarrierIndex(lower: string): number {
  if (!VIET_LETTER.test(lower)) return -1;
  let start = 0;
  while (start < lower.length && !VOWELS.has(lower[start]!)) start++;
  if (start === lower.length) return -1;
  // "qu" and "gi" are onsets: their u / i is not part of the vowel nucleus.
  const onset = lower.slice(0, start);
  if (onset === 'q' && lower[start] === 'u' && VOWELS.has(lower[start + 1] ?? '')) start++;
  else if (onset === 'g' && lower[start] === 'i' && VOWELS.has(lower[start + 1] ?? '')) start++;
  let end = start;
  while (end < lower.length && VOWELS.has(lower[end]!)) end++;
  // A second vowel run means this is not a Vietnamese syllable (a foreign name): leave it alone.
  for (let i = end; i < lower.length; i++) if (VOWELS.has(lower[i]!)) return -1;
  const nucleus = lower.slice(start, end);
  for (let i = nucleus.length - 1; i >= 0; i--) if (MARKED_VOWELS.has(nucleus[i]!)) return start + i;
  if (nucleus.length === 1) return start;
  if (nucleus.length >= 3) return start + 1;
  const hasFinal = end < lower.length;
  return hasFinal ? start + 1 : start;
}

/** Canonical tone placement for one word (a run of letters); other words come back NFC only. */
export function normalizeSyllable(word: string): string {
  const nfd = word.normalize('NFD');
  let tone = '';
  let toneCount = 0;
  let bare = '';
  for (const ch of nfd) {
    if (TONE_MARKS.has(ch)) { tone = ch; toneCount++; } else bare += ch;
  }
  if (toneCount !== 1) return word.normalize('NFC');
  const base = bare.normalize('NFC');
  const at = toneCarrierIndex(base.toLowerCase());
  if (at < 0) return word.normalize('NFC');
  return (base.slice(0, at + 1) + tone + base.slice(at + 1)).normalize('NFC');
}

const WORD = /[\p{L}\p{M}]+/gu;

/** NFC plus canonical tone placement for a whole text. Lengths may change: never use for offsets. */
export function normalizeVietnamese(text: string): string {
  return text.normalize('NFC').replace(WORD, (w) => normalizeSyllable(w));
}
