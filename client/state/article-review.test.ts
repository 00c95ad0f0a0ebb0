import { acceptedIds, commitErrorMessage, acceptedSubjects, articleBody, commitBody, EMPTY_FORM, formProblems, initialReview, sentenceSpans, setAccepted, setAll } from './article-review';

const form = { title: ' Tin ', date: '2020-10-21', source: ' VnExpress ', url: '', text: ' Thổ Nhĩ Kỳ ủng hộ Azerbaijan. ' };

describe('article review', () => {
  test('a preview starts fully accepted; toggles and accept/reject all', () => {
    const r0 = initialReview(['a', 'b', 'c']);
    expect(acceptedIds(r0, ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    const r1 = setAccepted(r0, 'b', false);
    expect(acceptedIds(r1, ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(r0.b).toBe(true); // not mutated
    expect(setAccepted(r1, 'b', false)).toBe(r1);
    expect(setAccepted(r1, 'zzz', true)).toBe(r1); // unknown ids are ignored
    expect(acceptedIds(setAll(r1, false), ['a', 'b', 'c'])).toEqual([]);
    expect(acceptedIds(setAll(setAll(r1, false), true), ['c', 'a', 'b'])).toEqual(['c', 'a', 'b']);
  });

  test('commit body: trimmed fields, the text verbatim, url only when given, accepted ids in order', () => {
    const review = setAccepted(initialReview(['x', 'y']), 'x', false);
    expect(commitBody(form, review, ['x', 'y'])).toEqual({ text: form.text, title: 'Tin', date: '2020-10-21', source: 'VnExpress', accept: ['y'] });
    expect(articleBody({ ...form, url: ' https://e.vn/a ' })).toEqual({ text: form.text, title: 'Tin', date: '2020-10-21', source: 'VnExpress', url: 'https://e.vn/a' });
    expect(commitBody(form, setAll(review, false), ['x', 'y']).accept).toEqual([]);
  });

  test('form problems', () => {
    expect(formProblems(form)).toEqual([]);
    expect(formProblems(EMPTY_FORM)).toEqual(['a title', 'a date (YYYY-MM-DD)', 'a source', 'the article text']);
    expect(formProblems({ ...form, date: '21/10/2020' })).toEqual(['a date (YYYY-MM-DD)']);
    expect(formProblems({ ...form, url: 'javascript:alert(1)' })).toEqual(['a valid http(s) URL (or none)']);
  });

  test('spans move from article offsets into the sentence', () => {
    const r = { sentence: { start: 30, end: 80 }, subjectMention: { start: 32, end: 40 }, objectMention: { start: 60, end: 70 }, trigger: { start: 45, end: 50 } };
    expect(sentenceSpans(r)).toEqual({ subject: { start: 2, end: 10 }, object: { start: 30, end: 40 }, trigger: { start: 15, end: 20 } });
  });

  test('accepted subjects are distinct and skip rejected relations', () => {
    const rels = [{ id: '1', subject: { id: 'tr' } }, { id: '2', subject: { id: 'am' } }, { id: '3', subject: { id: 'tr' } }];
    expect(acceptedSubjects(rels, initialReview(['1', '2', '3']))).toEqual(['tr', 'am']);
    expect(acceptedSubjects(rels, setAccepted(initialReview(['1', '2', '3']), '2', false))).toEqual(['tr']);
  });

  test('commit errors in plain words', () => {
    expect(commitErrorMessage(401, 'Unauthorized')).toMatch(/write token was not accepted/);
    expect(commitErrorMessage(403, 'x')).toBe('This server has writes disabled — set NEWSGRAPH_WRITE_TOKEN.');
    expect(commitErrorMessage(400, 'preview again')).toBe('The server refused the article: preview again');
    expect(commitErrorMessage(0, 'The server cannot be reached.')).toBe('The server cannot be reached.');
  });
});
