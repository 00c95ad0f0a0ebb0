// Shape checks of generated rows (the smoke test and `npm run gen` print them): degree tail,
// relation-type shares, and that every evidence offset points at the text it claims.
import type { ArticleBundle } from '../../server/ingest/rows';

export interface GenStats {
  relations: number;
  articles: number;
  sentences: number;
  entitiesUsed: number;
  maxDegree: number;
  medianDegree: number;
  /** The entity with the most relations (the benchmark's "hub"). */
  hub: string;
  typeShares: Record<string, number>;
  /** Evidence rows whose offsets do not give back their sentence, mentions or trigger. */
  badOffsets: number;
}

export function offsetProblems(b: ArticleBundle): string[] {
  const text = b.article.props.text;
  const problems: string[] = [];
  const sentences = new Map(b.sentences.map((s) => [s.id, s]));
  for (const s of b.sentences) if (text.slice(s.props.start, s.props.end) !== s.props.text) problems.push(`${s.id}: sentence text`);
  for (const v of b.evidence) {
    const p = v.props as Record<string, number | string>;
    const s = sentences.get(v.sentenceId);
    if (!s) { problems.push(`${v.id}: no sentence`); continue; }
    for (const k of ['subject', 'object', 'trigger'] as const) {
      const start = p[`${k}Start`] as number;
      const end = p[`${k}End`] as number;
      if (!(start >= s.props.start && end <= s.props.end && start < end) || text.slice(start, end) !== p[`${k}Text`]) problems.push(`${v.id}: ${k}`);
    }
  }
  return problems;
}

export function statsOf(articles: Iterable<ArticleBundle>): GenStats {
  const degree = new Map<string, number>();
  const types: Record<string, number> = {};
  let relations = 0;
  let nArticles = 0;
  let sentences = 0;
  let badOffsets = 0;
  for (const a of articles) {
    nArticles += 1;
    sentences += a.sentences.length;
    badOffsets += offsetProblems(a).length;
    for (const r of a.relations) {
      relations += 1;
      types[r.type] = (types[r.type] ?? 0) + 1;
      degree.set(r.subject, (degree.get(r.subject) ?? 0) + 1);
      degree.set(r.object, (degree.get(r.object) ?? 0) + 1);
    }
  }
  const sorted = [...degree.entries()].sort((x, y) => y[1] - x[1]);
  const values = sorted.map(([, d]) => d);
  const typeShares = Object.fromEntries(Object.entries(types).map(([t, n]) => [t, n / Math.max(1, relations)]));
  return {
    relations, articles: nArticles, sentences, entitiesUsed: degree.size,
    maxDegree: values[0] ?? 0, medianDegree: values[Math.floor(values.length / 2)] ?? 0, hub: sorted[0]?.[0] ?? '',
    typeShares, badOffsets,
  };
}
