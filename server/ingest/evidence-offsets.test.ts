import { EvidenceOffsets, locateEvidence } from './evidence-offsets';
import type { CuratedEvidence } from '../graph/seed-files';

// A small article with Vietnamese diacritics (precomposed, one UTF-16 unit each) and one astral
// character (two UTF-16 units) before the sentence, so offsets must be UTF-16 indices, not code points.
const TEXT = [
  'Tin nhanh 🌍 hôm nay',
  'Tổng thống Nga Vladimir Putin điện đàm với Tổng thống Azerbaijan Ilham Aliyev hôm 7/10.',
  'Nga nhấn mạnh Armenia là thành viên CSTO. Azerbaijan không thuộc CSTO.',
  'Một câu lặp lại.',
  'Một câu lặp lại.',
].join('\n');

const ev = (over: Partial<CuratedEvidence> = {}): CuratedEvidence => ({
  article: 'test-article',
  sentence: 'Tổng thống Nga Vladimir Putin điện đàm với Tổng thống Azerbaijan Ilham Aliyev hôm 7/10.',
  subject: 'Tổng thống Nga Vladimir Putin',
  object: 'Tổng thống Azerbaijan Ilham Aliyev',
  trigger: 'điện đàm',
  ...over,
});

describe('locateEvidence', () => {
  it('finds the sentence and the three quotes, as UTF-16 offsets with exclusive ends', () => {
    const e = ev();
    const o = locateEvidence(TEXT, e);
    expect(EvidenceOffsets.parse(o)).toEqual(o);
    expect(TEXT.slice(o.sentenceStart, o.sentenceEnd)).toBe(e.sentence);
    expect(TEXT.slice(o.subjectStart, o.subjectEnd)).toBe(e.subject);
    expect(TEXT.slice(o.objectStart, o.objectEnd)).toBe(e.object);
    expect(TEXT.slice(o.triggerStart, o.triggerEnd)).toBe(e.trigger);
    // The first line is 19 code points but 20 UTF-16 units (🌍 is a surrogate pair), plus the newline.
    expect(o.sentenceStart).toBe('Tin nhanh 🌍 hôm nay\n'.length);
    expect(o.sentenceStart).toBe(21);
    expect([...'Tin nhanh 🌍 hôm nay\n'].length).toBe(20);
    expect(o.subjectStart).toBe(o.sentenceStart);
    expect(o.sentenceEnd - o.sentenceStart).toBe(e.sentence.length);
  });

  it('takes the first occurrence of a mention inside the sentence', () => {
    const o = locateEvidence(TEXT, ev({ subject: 'Tổng thống', object: 'Ilham Aliyev', trigger: 'với' }));
    expect(o.subjectStart).toBe(o.sentenceStart);
    const o2 = locateEvidence(TEXT, ev({ subject: 'Tổng thống Azerbaijan', object: 'Aliyev', trigger: 'hôm' }));
    expect(TEXT.slice(o2.subjectStart, o2.subjectEnd)).toBe('Tổng thống Azerbaijan');
    expect(o2.subjectStart).toBeGreaterThan(o.subjectStart);
  });

  it('locates a sentence that shares a line with another one', () => {
    const e = ev({ sentence: 'Nga nhấn mạnh Armenia là thành viên CSTO.', subject: 'Armenia', object: 'CSTO', trigger: 'thành viên' });
    const o = locateEvidence(TEXT, e);
    expect(TEXT.slice(o.objectStart, o.objectEnd)).toBe('CSTO');
    // The first "CSTO" of the article is the one in this sentence; the other one comes later.
    expect(o.objectStart).toBe(TEXT.indexOf('CSTO'));
  });

  it('throws, naming the article and the quote, when the sentence is missing', () => {
    const missing = ev({ sentence: 'Tổng thống Nga Vladimir Putin điện đàm với Thủ tướng Armenia.' });
    expect(() => locateEvidence(TEXT, missing)).toThrow(/not found in article "test-article"/);
    expect(() => locateEvidence(TEXT, missing)).toThrow(/Thủ tướng Armenia/);
  });

  it('does not normalise: a different quote mark, space or Unicode form is a missing sentence', () => {
    expect(() => locateEvidence(TEXT, ev({ sentence: ev().sentence.replace(' hôm', '  hôm') }))).toThrow(/not found/);
    expect(() => locateEvidence(TEXT, ev({ sentence: ev().sentence.normalize('NFD') }))).toThrow(/not found/);
  });

  it('throws when the sentence occurs more than once', () => {
    const dup = ev({ sentence: 'Một câu lặp lại.', subject: 'Một', object: 'câu', trigger: 'lặp lại' });
    expect(() => locateEvidence(TEXT, dup)).toThrow(/occurs 2 times in article "test-article"/);
    expect(() => locateEvidence(TEXT, dup)).toThrow(/Một câu lặp lại\./);
  });

  it('counts overlapping occurrences as ambiguous', () => {
    expect(() => locateEvidence('abab ab abab', ev({ sentence: 'abab', subject: 'a', object: 'b', trigger: 'ab' }))).toThrow(/occurs 2 times/);
    expect(() => locateEvidence('aaa', ev({ sentence: 'aa', subject: 'a', object: 'a', trigger: 'a' }))).toThrow(/occurs 2 times/);
  });

  it('throws when a mention is in the article but outside the sentence', () => {
    // "Armenia" is in the article (next line), not in this sentence.
    expect(() => locateEvidence(TEXT, ev({ object: 'Armenia' }))).toThrow(/object "Armenia" is not inside the sentence/);
    expect(() => locateEvidence(TEXT, ev({ subject: 'CSTO' }))).toThrow(/subject "CSTO" is not inside the sentence .*article "test-article"/);
  });

  it('throws when the trigger is not inside the sentence', () => {
    expect(() => locateEvidence(TEXT, ev({ trigger: 'gặp' }))).toThrow(/trigger "gặp" is not inside the sentence/);
  });

  it('rejects empty quotes', () => {
    expect(() => locateEvidence(TEXT, ev({ trigger: '' }))).toThrow(/trigger "" is not inside/);
    expect(() => locateEvidence(TEXT, ev({ sentence: '' }))).toThrow(/sentence is empty/);
  });
});
