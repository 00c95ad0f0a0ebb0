// Pure scoring of extracted relations against the curated gold.
//   exact      (subject, type, object) — unordered for symmetric types;
//   pair-only  {subject, object} unordered, type ignored;
//   per type   exact P/R/F1 for each relation type;
//   breakdown  of the gold: correct (exact match), miscoded (the pair is there with another type
//              or direction), uncoded (the pair is not there at all); and of the predictions:
//              extra (the pair is not in the gold at all).
// Articles are scored one by one and the counts summed (micro average), so a relation stated in
// one article and extracted from another does not count.
import { VOCABULARY, RELATION_TYPES, type RelationType } from '../../graph/vocabulary';

export interface Triple {
  subject: string;
  type: RelationType;
  object: string;
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScoreInput {
  article: string;
  gold: Triple[];
  predicted: Triple[];
}

export interface Score {
  exact: PRF;
  pairOnly: PRF;
  perType: Partial<Record<RelationType, PRF>>;
  /** Shares of the gold relations, summing to 1. */
  gold: { total: number; correct: number; miscoded: number; uncoded: number };
  /** Shares of the predicted relations, summing to 1. */
  predicted: { total: number; correct: number; miscoded: number; extra: number };
  misses: (Triple & { article: string; kind: 'miscoded' | 'uncoded' })[];
  extras: (Triple & { article: string; kind: 'miscoded' | 'extra' })[];
}

export function tripleKey(t: Triple): string {
  if (VOCABULARY[t.type].symmetric && t.object < t.subject) return `${t.object}|${t.type}|${t.subject}`;
  return `${t.subject}|${t.type}|${t.object}`;
}

export function pairKey(t: { subject: string; object: string }): string {
  return t.subject < t.object ? `${t.subject}|${t.object}` : `${t.object}|${t.subject}`;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const x of xs) if (!m.has(key(x))) m.set(key(x), x);
  return m;
}

export function score(articles: ArticleScoreInput[]): Score {
  let tp = 0, fp = 0, fn = 0, ptp = 0, pfp = 0, pfn = 0;
  const perType = new Map<RelationType, { tp: number; fp: number; fn: number }>();
  const bump = (t: RelationType, k: 'tp' | 'fp' | 'fn') => {
    const c = perType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    perType.set(t, c);
  };
  const g = { total: 0, correct: 0, miscoded: 0, uncoded: 0 };
  const p = { total: 0, correct: 0, miscoded: 0, extra: 0 };
  const misses: Score['misses'] = [];
  const extras: Score['extras'] = [];
  for (const a of articles) {
    const gold = uniqueBy(a.gold, tripleKey);
    const pred = uniqueBy(a.predicted, tripleKey);
    const goldPairs = new Set([...gold.values()].map(pairKey));
    const predPairs = new Set([...pred.values()].map(pairKey));
    for (const [k, t] of gold) {
      g.total++;
      if (pred.has(k)) { tp++; g.correct++; bump(t.type, 'tp'); continue; }
      fn++; bump(t.type, 'fn');
      const kind = predPairs.has(pairKey(t)) ? 'miscoded' : 'uncoded';
      g[kind]++;
      misses.push({ ...t, article: a.article, kind });
    }
    for (const [k, t] of pred) {
      p.total++;
      if (gold.has(k)) { p.correct++; continue; }
      fp++; bump(t.type, 'fp');
      const kind = goldPairs.has(pairKey(t)) ? 'miscoded' : 'extra';
      p[kind]++;
      extras.push({ ...t, article: a.article, kind });
    }
    for (const k of goldPairs) { if (predPairs.has(k)) ptp++; else pfn++; }
    for (const k of predPairs) if (!goldPairs.has(k)) pfp++;
  }
  const types: Partial<Record<RelationType, PRF>> = {};
  for (const t of RELATION_TYPES) {
    const c = perType.get(t);
    if (c) types[t] = prf(c.tp, c.fp, c.fn);
  }
  const share = (n: number, d: number) => (d === 0 ? 0 : n / d);
  return {
    exact: prf(tp, fp, fn),
    pairOnly: prf(ptp, pfp, pfn),
    perType: types,
    gold: { total: g.total, correct: share(g.correct, g.total), miscoded: share(g.miscoded, g.total), uncoded: share(g.uncoded, g.total) },
    predicted: { total: p.total, correct: share(p.correct, p.total), miscoded: share(p.miscoded, p.total), extra: share(p.extra, p.total) },
    misses,
    extras,
  };
}
