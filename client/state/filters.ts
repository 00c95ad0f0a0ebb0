// What the renderer hides. Filtering never deletes from the store: the reducers consult the sets
// computed here, so widening a filter brings everything back where it was.
import type { EdgeAttrs, NodeAttrs, Polarity, StoreGraph } from './types';

export interface Filters {
  /** Relation types shown; null = all. */
  relTypes: string[] | null;
  /** Entity types shown; null = all. */
  entityTypes: string[] | null;
  polarity: Polarity;
  /** Inclusive ISO dates (YYYY-MM-DD); null = open. */
  from: string | null;
  to: string | null;
}

export const DEFAULT_FILTERS: Filters = { relTypes: null, entityTypes: null, polarity: 'all', from: null, to: null };

/** When a relation happened (or, undated, when it was first reported). */
export function edgeTime(a: Pick<EdgeAttrs, 'date' | 'knownFrom'>): string | null {
  const t = a.date ?? a.knownFrom ?? null;
  return typeof t === 'string' && t.length >= 10 ? t.slice(0, 10) : null;
}

/**
 * Date window test. Events count at their time (date ?? knownFrom); an undated static tie
 * (membership, office) holds from when it was known, so it only needs knownFrom ≤ the window's end.
 */
export function passesDate(a: Pick<EdgeAttrs, 'date' | 'knownFrom' | 'relType'>, from: string | null, to: string | null, staticTypes: ReadonlySet<string>): boolean {
  if (!from && !to) return true;
  const t = edgeTime(a);
  if (t === null) return true;
  const isDated = typeof a.date === 'string' && a.date.length >= 10;
  if (to && t > to) return false;
  if (!isDated && staticTypes.has(a.relType)) return true;
  if (from && t < from) return false;
  return true;
}

export function passesPolarity(score: number | null | undefined, p: Polarity): boolean {
  if (p === 'all') return true;
  if (typeof score !== 'number') return false;
  return p === 'cooperation' ? score > 0 : score < 0;
}

export function edgePasses(a: EdgeAttrs, f: Filters, staticTypes: ReadonlySet<string>): boolean {
  if (f.relTypes && !f.relTypes.includes(a.relType)) return false;
  if (!passesPolarity(a.score, f.polarity)) return false;
  return passesDate(a, f.from, f.to, staticTypes);
}

export function nodePasses(a: NodeAttrs, f: Filters): boolean {
  return !f.entityTypes || f.entityTypes.includes(a.entityType);
}

export interface Visibility { nodes: Set<string>; edges: Set<string> }

/**
 * Visible nodes and edges. A node whose every relation is filtered away disappears too (that is
 * what makes the date slider replay the story), except the seeds and nodes that never had any.
 */
export function computeVisibility(g: StoreGraph, f: Filters, keep: ReadonlySet<string>, staticTypes: ReadonlySet<string>): Visibility {
  const typeOk = new Set<string>();
  g.forEachNode((n, a) => { if (nodePasses(a, f)) typeOk.add(n); });
  const edges = new Set<string>();
  const touched = new Set<string>();
  g.forEachEdge((e, a, s, t) => {
    if (!typeOk.has(s) || !typeOk.has(t)) return;
    if (!edgePasses(a, f, staticTypes)) return;
    edges.add(e);
    touched.add(s);
    touched.add(t);
  });
  const nodes = new Set<string>();
  for (const n of typeOk) {
    if (touched.has(n) || keep.has(n) || g.degree(n) === 0) nodes.add(n);
  }
  return { nodes, edges };
}

/** Relation types in the store with their counts (all, and visible under the other filters). */
export function relationTypeCounts(g: StoreGraph, f: Filters, staticTypes: ReadonlySet<string>): Map<string, { total: number; visible: number }> {
  const counts = new Map<string, { total: number; visible: number }>();
  const others: Filters = { ...f, relTypes: null };
  g.forEachEdge((_e, a, s, t, sa, ta) => {
    const c = counts.get(a.relType) ?? { total: 0, visible: 0 };
    c.total += 1;
    if (nodePasses(sa, f) && nodePasses(ta, f) && edgePasses(a, others, staticTypes)) c.visible += 1;
    counts.set(a.relType, c);
    void s; void t;
  });
  return counts;
}

/** Earliest and latest relation times in the store (the slider's domain when the API has none). */
export function timeDomain(g: StoreGraph): { min: string | null; max: string | null } {
  let min: string | null = null;
  let max: string | null = null;
  g.forEachEdge((_e, a) => {
    const t = edgeTime(a);
    if (!t) return;
    if (min === null || t < min) min = t;
    if (max === null || t > max) max = t;
  });
  return { min, max };
}

export function isDefaultFilters(f: Filters): boolean {
  return !f.relTypes && !f.entityTypes && f.polarity === 'all' && !f.from && !f.to;
}
