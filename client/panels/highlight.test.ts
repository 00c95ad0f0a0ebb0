import { segmentSentence } from './highlight';

describe('segmentSentence', () => {
  const text = 'Cuộc điện đàm giữa Tổng thống Nga Vladimir Putin và Tổng thống Azerbaijan Ilham Aliyev hôm 7/10.';
  it('marks subject, trigger and object and keeps all the text', () => {
    const sub = { start: text.indexOf('Tổng thống Nga'), end: text.indexOf(' và') };
    const obj = { start: text.indexOf('Tổng thống Azerbaijan'), end: text.indexOf(' hôm') };
    const trig = { start: 5, end: 13 };
    const segs = segmentSentence(text, { subject: sub, object: obj, trigger: trig });
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.find((s) => s.roles.includes('trigger'))!.text).toBe('điện đàm');
    expect(segs.find((s) => s.roles.includes('subject'))!.text).toBe('Tổng thống Nga Vladimir Putin');
    expect(segs.find((s) => s.roles.includes('object'))!.text).toBe('Tổng thống Azerbaijan Ilham Aliyev');
  });
  it('handles overlaps, bad and out-of-range spans', () => {
    const segs = segmentSentence('abcdef', { subject: { start: 0, end: 4 }, trigger: { start: 2, end: 99 }, object: { start: 5, end: 3 } });
    expect(segs).toEqual([
      { text: 'ab', roles: ['subject'] },
      { text: 'cd', roles: ['subject', 'trigger'] },
      { text: 'ef', roles: ['trigger'] },
    ]);
    expect(segmentSentence('<img src=x>', {})).toEqual([{ text: '<img src=x>', roles: [] }]);
  });
});
