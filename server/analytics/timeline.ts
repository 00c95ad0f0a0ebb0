// One dyad over time: its events bucketed by day, ISO week (Monday first) or month, so a tie can be
// seen to warm or cool. Static ties (alliance, co-membership …) have no moment; they are listed apart
// as the standing ties, with the date from which they are known, instead of being counted in a bucket.
import { pairKey, totals, type Contribution, type Totals, type TieType } from './dyads';
import { byId, round, type EntityRef } from './types';

export type Bucket = 'day' | 'week' | 'month';

export interface TimelinePoint extends Totals {
  /** First and last day of the bucket (YYYY-MM-DD). */
  start: string;
  end: string;
  cooperation: number;
  conflict: number;
  byType: Partial<Record<TieType, Totals>>;
  relationIds: string[];
  /** Running sum of the event scores up to and including this bucket. */
  cumulative: number;
}

export interface StandingTie { type: TieType; score: number; since: string | null; relationIds: string[]; via: EntityRef | null }

export interface DyadTimeline {
  bucket: Bucket;
  points: TimelinePoint[];
  /** Whether empty buckets between the first and last were filled in (false past `maxBuckets`). */
  filled: boolean;
  standing: StandingTie[];
  /** Events with no date at all: counted in the dyad, placed in no bucket. */
  undated: Totals & { relationIds: string[] };
  /** All events in the window. */
  events: Totals;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);

export function bucketStart(date: string, bucket: Bucket): string {
  const ms = parse(date);
  if (bucket === 'day') return iso(ms);
  if (bucket === 'week') return iso(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY);
  return `${date.slice(0, 7)}-01`;
}

export function nextBucketStart(start: string, bucket: Bucket): string {
  if (bucket === 'day') return iso(parse(start) + DAY);
  if (bucket === 'week') return iso(parse(start) + 7 * DAY);
  const d = new Date(parse(start));
  return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

const bucketEnd = (start: string, bucket: Bucket) => iso(parse(nextBucketStart(start, bucket)) - DAY);

export interface TimelineOptions {
  /** Fill empty buckets over this range too (the query window), not just first → last event. */
  from?: string | null;
  to?: string | null;
  maxBuckets?: number;
}

export function dyadTimeline(ties: readonly Contribution[], a: string, b: string, bucket: Bucket, o: TimelineOptions = {}): DyadTimeline {
  const maxBuckets = o.maxBuckets ?? 1000;
  const key = pairKey(a, b);
  const mine = ties.filter((t) => pairKey(t.a.id, t.b.id) === key);
  const events = mine.filter((t) => t.kind === 'event');

  const groups = new Map<string, Contribution[]>();
  for (const t of events) {
    if (t.at === null) continue;
    const s = bucketStart(t.at, bucket);
    const g = groups.get(s);
    if (g) g.push(t);
    else groups.set(s, [t]);
  }

  const starts = [...groups.keys()].sort(byId);
  let filled = false;
  if (starts.length > 0) {
    const first = [starts[0]!, ...(o.from ? [bucketStart(o.from, bucket)] : [])].sort(byId)[0]!;
    const last = [starts[starts.length - 1]!, ...(o.to ? [bucketStart(o.to, bucket)] : [])].sort(byId).at(-1)!;
    const all: string[] = [];
    for (let s = first; s <= last && all.length <= maxBuckets; s = nextBucketStart(s, bucket)) all.push(s);
    if (all.length <= maxBuckets) { starts.splice(0, starts.length, ...all); filled = true; }
  }

  let cumulative = 0;
  const points = starts.map((start): TimelinePoint => {
    const g = groups.get(start) ?? [];
    const scores = g.map((t) => t.score);
    const byTypeScores = new Map<TieType, number[]>();
    for (const t of g) byTypeScores.set(t.type, [...(byTypeScores.get(t.type) ?? []), t.score]);
    const byType: Partial<Record<TieType, Totals>> = {};
    for (const [type, s] of [...byTypeScores].sort((x, y) => byId(x[0], y[0]))) byType[type] = totals(s);
    const tot = totals(scores);
    cumulative = round(cumulative + tot.sum);
    return {
      start, end: bucketEnd(start, bucket), ...tot,
      cooperation: round(scores.filter((x) => x > 0).reduce((s, x) => s + x, 0)),
      conflict: round(-scores.filter((x) => x < 0).reduce((s, x) => s + x, 0)),
      byType,
      relationIds: [...new Set(g.flatMap((t) => t.relationIds))].sort(byId),
      cumulative,
    };
  });

  const undated = events.filter((t) => t.at === null);
  return {
    bucket, points, filled,
    standing: mine.filter((t) => t.kind === 'static')
      .map((t) => ({ type: t.type, score: t.score, since: t.at, relationIds: t.relationIds, via: t.via ?? null }))
      .sort((x, y) => byId(x.type, y.type) || byId(x.since ?? '', y.since ?? '') || byId(x.relationIds.join(), y.relationIds.join())),
    undated: { ...totals(undated.map((t) => t.score)), relationIds: undated.flatMap((t) => t.relationIds).sort(byId) },
    events: totals(events.map((t) => t.score)),
  };
}
