import { prf, score, type Triple } from './score';
import { formatScore } from './report';

const t = (subject: string, type: Triple['type'], object: string): Triple => ({ subject, type, object });

describe('score', () => {
  it('compares symmetric types unordered and directed types ordered', () => {
    const s = score([{ article: 'a', gold: [t('x', 'FIGHTS', 'y'), t('x', 'ACCUSES', 'y')], predicted: [t('y', 'FIGHTS', 'x'), t('y', 'ACCUSES', 'x')] }]);
    expect(s.exact).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.misses).toEqual([{ ...t('x', 'ACCUSES', 'y'), article: 'a', kind: 'miscoded' }]);
    expect(s.pairOnly).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores per article, per type, and breaks the gold and the predictions down', () => {
    const s = score([
      { article: 'a', gold: [t('x', 'MET', 'y'), t('x', 'MEMBER_OF', 'o')], predicted: [t('x', 'MET', 'y'), t('x', 'CALLED', 'z')] },
      { article: 'b', gold: [t('x', 'CALLED', 'z')], predicted: [] },
    ]);
    expect(s.exact).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(s.perType.MET).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(s.perType.CALLED).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.gold).toEqual({ total: 3, correct: 1 / 3, miscoded: 0, uncoded: 2 / 3 });
    expect(s.predicted).toEqual({ total: 2, correct: 0.5, miscoded: 0, extra: 0.5 });
    expect(formatScore(s)).toContain('exact (s, type, o)');
  });

  it('computes precision, recall and F1 with empty-set conventions', () => {
    expect(prf(1, 1, 1)).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1 });
    expect(prf(0, 0, 2)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('ignores duplicate predictions', () => {
    const s = score([{ article: 'a', gold: [t('x', 'MET', 'y')], predicted: [t('x', 'MET', 'y'), t('y', 'MET', 'x')] }]);
    expect(s.exact).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});
