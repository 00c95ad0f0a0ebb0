import { contributions } from './dyads';
import { actorRelations, row } from './test-fixture';
import { bucketStart, dyadTimeline, nextBucketStart } from './timeline';

describe('buckets', () => {
  it('starts weeks on Monday and months on the 1st', () => {
    expect(bucketStart('2020-10-08', 'week')).toBe('2020-10-05');
    expect(bucketStart('2020-10-11', 'week')).toBe('2020-10-05');
    expect(bucketStart('2020-10-12', 'week')).toBe('2020-10-12');
    expect(bucketStart('2021-01-01', 'week')).toBe('2020-12-28');
    expect(bucketStart('2020-10-08', 'month')).toBe('2020-10-01');
    expect(bucketStart('2020-10-08', 'day')).toBe('2020-10-08');
    expect(nextBucketStart('2020-12-01', 'month')).toBe('2021-01-01');
    expect(nextBucketStart('2020-02-28', 'day')).toBe('2020-02-29');
  });
});

describe('dyadTimeline', () => {
  // A tie that warms, then turns to conflict.
  const ties = contributions(actorRelations([
    row('MET', 'a', 'b', { id: 'met', date: '2020-09-02' }),
    row('AGREED_WITH', 'b', 'a', { id: 'deal', date: '2020-09-15' }),
    row('ACCUSES', 'a', 'b', { id: 'acc', date: '2020-10-05' }),
    row('FIGHTS', 'a', 'b', { id: 'war', knownFrom: '2020-10-20' }),
    row('CRITICIZES', 'b', 'a', { id: 'undated' }),
    row('ALLIED_WITH', 'a', 'b', { id: 'pact', knownFrom: '2019-01-01' }),
    row('FIGHTS', 'a', 'c', { id: 'other', date: '2020-09-20' }),
  ]));

  it('shows a tie turning from cooperation to conflict, month by month', () => {
    const t = dyadTimeline(ties, 'b', 'a', 'month');
    expect(t.points.map((p) => [p.start, p.end, p.count, p.sum, p.cumulative])).toEqual([
      ['2020-09-01', '2020-09-30', 2, 10.8, 10.8],
      ['2020-10-01', '2020-10-31', 2, -12, -1.2],
    ]);
    expect(t.points[0]).toMatchObject({ cooperation: 10.8, conflict: 0, byType: { AGREED_WITH: { count: 1, sum: 8 }, MET: { count: 1, sum: 2.8 } }, relationIds: ['deal', 'met'] });
    expect(t.points[1]).toMatchObject({ mean: -6, conflict: 12, relationIds: ['acc', 'war'] });
    expect(t.standing).toEqual([{ type: 'ALLIED_WITH', score: 5, since: '2019-01-01', relationIds: ['pact'], via: null }]);
    expect(t.undated).toEqual({ count: 1, sum: -2, mean: -2, relationIds: ['undated'] });
    expect(t.events).toMatchObject({ count: 5, sum: -3.2 });
  });

  it('fills empty weeks so the series is continuous, over the window when given', () => {
    const t = dyadTimeline(ties, 'a', 'b', 'week');
    expect(t.filled).toBe(true);
    expect(t.points.map((p) => p.start)).toEqual(['2020-08-31', '2020-09-07', '2020-09-14', '2020-09-21', '2020-09-28', '2020-10-05', '2020-10-12', '2020-10-19']);
    expect(t.points[1]).toMatchObject({ count: 0, sum: 0, mean: 0, cumulative: 2.8 });
    const windowed = dyadTimeline(ties, 'a', 'b', 'month', { from: '2020-08-15', to: '2020-11-30' });
    expect(windowed.points.map((p) => p.start)).toEqual(['2020-08-01', '2020-09-01', '2020-10-01', '2020-11-01']);
    const capped = dyadTimeline(ties, 'a', 'b', 'day', { maxBuckets: 10 });
    expect(capped.filled).toBe(false);
    expect(capped.points.map((p) => p.start)).toEqual(['2020-09-02', '2020-09-15', '2020-10-05', '2020-10-20']);
  });

  it('is empty for a pair with no ties', () => {
    expect(dyadTimeline(ties, 'b', 'c', 'day')).toMatchObject({ points: [], standing: [], events: { count: 0, sum: 0 } });
  });
});
