// Pure: turns a hand-written evidence quote (sentence + subject/object/trigger substrings) into
// offsets in the byte-exact article text. Offsets are JavaScript string indices (UTF-16 code units),
// end exclusive, so `text.slice(start, end)` gives the quote back.
//
// Rules (the same ones the curators follow, see seeds/README.md):
//  - the sentence must occur exactly once in the article (no normalisation: same characters, same
//    spacing, same quote marks);
//  - a mention or trigger is looked up inside that sentence and its FIRST occurrence counts, so a
//    curator picks a substring whose first occurrence is the intended one.
// Anything else throws an Error naming the article and the quote, so a typo can never produce a
// wrong offset.
import { z } from 'zod';
import type { CuratedEvidence } from '../graph/seed-files';

const offset = z.number().int().nonnegative();

export const EvidenceOffsets = z.object({
  sentenceStart: offset,
  sentenceEnd: offset,
  subjectStart: offset,
  subjectEnd: offset,
  objectStart: offset,
  objectEnd: offset,
  triggerStart: offset,
  triggerEnd: offset,
});
export type EvidenceOffsets = z.infer<typeof EvidenceOffsets>;

const QUOTE_PREVIEW = 120;

/** A quote as it appears in an error message: JSON-quoted, shortened when long. */
function preview(s: string): string {
  return JSON.stringify(s.length > QUOTE_PREVIEW ? `${s.slice(0, QUOTE_PREVIEW)}…` : s);
}

/** All start indices of `needle` in `haystack`, overlapping ones included. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

export function locateEvidence(articleText: string, ev: CuratedEvidence): EvidenceOffsets {
  const where = `article "${ev.article}"`;
  if (ev.sentence.length === 0) throw new Error(`Evidence in ${where}: the sentence is empty`);
  const hits = occurrences(articleText, ev.sentence);
  if (hits.length === 0) {
    throw new Error(`Evidence sentence not found in ${where}: ${preview(ev.sentence)}`);
  }
  if (hits.length > 1) {
    throw new Error(
      `Evidence sentence occurs ${hits.length} times in ${where} (at ${hits.join(', ')}); quote a longer span: ${preview(ev.sentence)}`,
    );
  }
  const sentenceStart = hits[0]!;
  const sentenceEnd = sentenceStart + ev.sentence.length;

  const inside = (role: 'subject' | 'object' | 'trigger', quote: string): [number, number] => {
    const at = quote.length === 0 ? -1 : ev.sentence.indexOf(quote);
    if (at === -1) {
      throw new Error(`Evidence ${role} ${preview(quote)} is not inside the sentence ${preview(ev.sentence)} (${where})`);
    }
    return [sentenceStart + at, sentenceStart + at + quote.length];
  };
  const [subjectStart, subjectEnd] = inside('subject', ev.subject);
  const [objectStart, objectEnd] = inside('object', ev.object);
  const [triggerStart, triggerEnd] = inside('trigger', ev.trigger);

  return { sentenceStart, sentenceEnd, subjectStart, subjectEnd, objectStart, objectEnd, triggerStart, triggerEnd };
}
