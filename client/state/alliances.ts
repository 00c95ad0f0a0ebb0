// Alliance blocs: Louvain communities over cooperative relations only. Conflict never pulls two
// actors into one bloc; it is reported between blocs instead.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { blocColor } from './style';
import type { StoreGraph } from './types';

export interface Bloc { id: number; color: string; members: string[]; cooperation: number }
export interface Alliances {
  blocOf: Map<string, number>;
  /** Blocs of two or more members, largest first; singletons are "unaligned". */
  blocs: Bloc[];
  unaligned: string[];
  /** Conflict edges (score < 0) whose ends are in different blocs. */
  conflictsBetween: string[];
  modularity: number | null;
}

/** Deterministic PRNG (mulberry32): the same graph always gives the same blocs and colours. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function computeAlliances(g: StoreGraph, visibleNodes: ReadonlySet<string>, visibleEdges: ReadonlySet<string>): Alliances {
  const coop = new Graph({ type: 'undirected', multi: false });
  for (const n of [...visibleNodes].sort()) coop.addNode(n);
  g.forEachEdge((e, a, s, t) => {
    if (!visibleEdges.has(e) || s === t) return;
    const score = typeof a.score === 'number' ? a.score : 0;
    if (score <= 0) return;
    if (coop.hasEdge(s, t)) coop.updateEdgeAttribute(s, t, 'weight', (w: number | undefined) => (w ?? 0) + score);
    else coop.addEdge(s, t, { weight: score });
  });

  const blocOf = new Map<string, number>();
  let modularity: number | null = null;
  if (coop.size > 0) {
    const res = louvain.detailed(coop, { getEdgeWeight: 'weight', rng: seededRandom(42) });
    modularity = res.modularity;
    for (const [n, c] of Object.entries(res.communities)) blocOf.set(n, c);
  }
  // Group, then renumber by size so bloc 0 is the biggest and colours are stable.
  const groups = new Map<number, string[]>();
  coop.forEachNode((n) => {
    const c = coop.degree(n) > 0 ? blocOf.get(n) : undefined;
    if (c === undefined) return;
    const l = groups.get(c) ?? [];
    l.push(n);
    groups.set(c, l);
  });
  const ordered = [...groups.values()].filter((m) => m.length > 1).sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const final = new Map<string, number>();
  const blocs: Bloc[] = ordered.map((members, id) => {
    const set = new Set(members);
    let cooperation = 0;
    coop.forEachEdge((_e, a, s, t) => { if (set.has(s) && set.has(t)) cooperation += a.weight as number; });
    for (const m of members) final.set(m, id);
    const degree = (n: string) => coop.degree(n);
    return { id, color: blocColor(id), members: [...members].sort((a, b) => degree(b) - degree(a) || a.localeCompare(b)), cooperation };
  });
  const unaligned = [...visibleNodes].filter((n) => !final.has(n)).sort();
  const conflictsBetween: string[] = [];
  g.forEachEdge((e, a, s, t) => {
    if (!visibleEdges.has(e) || typeof a.score !== 'number' || a.score >= 0) return;
    const bs = final.get(s);
    const bt = final.get(t);
    if (bs !== bt || bs === undefined) conflictsBetween.push(e);
  });
  return { blocOf: final, blocs, unaligned, conflictsBetween, modularity };
}
