import { dedupe, relationKey } from './dedupe';
import type { ExtractedRelation } from './types';

const rel = (s: string, type: ExtractedRelation['type'], o: string, extra: Partial<ExtractedRelation> = {}): ExtractedRelation => ({
  type, cameo: null, score: 0,
  subject: { id: s, name: s, nameVi: s, type: 'Country' }, object: { id: o, name: o, nameVi: o, type: 'Country' },
  sentence: { index: 0, text: 'x', start: 0, end: 1 },
  subjectMention: { start: 0, end: 1, text: 'x' }, objectMention: { start: 0, end: 1, text: 'x' }, trigger: { start: 0, end: 1, text: 'x' },
  modality: 'asserted', attribution: null, date: null, patternId: 'p', confidence: 0.5, inferred: false, role: null, ...extra,
});

describe('dedupe', () => {
  it('treats symmetric types as unordered and directed ones as ordered', () => {
    expect(relationKey('FIGHTS', 'armenia', 'azerbaijan')).toBe(relationKey('FIGHTS', 'azerbaijan', 'armenia'));
    expect(relationKey('ACCUSES', 'armenia', 'azerbaijan')).not.toBe(relationKey('ACCUSES', 'azerbaijan', 'armenia'));
  });

  it('keeps the most confident occurrence and borrows a date from another', () => {
    const out = dedupe([
      rel('a', 'FIGHTS', 'b', { confidence: 0.5, date: '2020-10-01' }),
      rel('b', 'FIGHTS', 'a', { confidence: 0.9 }),
      rel('a', 'ACCUSES', 'b'),
      rel('b', 'ACCUSES', 'a'),
    ]);
    expect(out).toHaveLength(3);
    const fight = out.find((r) => r.type === 'FIGHTS')!;
    expect(fight.confidence).toBe(0.9);
    expect(fight.date).toBe('2020-10-01');
  });
});
