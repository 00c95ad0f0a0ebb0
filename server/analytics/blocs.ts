// Blocs: a partition of the actors such that cooperation falls inside blocs and conflict between them.
//
// Why two steps. The natural objective is signed modularity (or correlation clustering), but
// graphology has no signed community detection, and its Louvain only understands non-negative
// weights: feeding it conflict would either crash the modularity maths or, with |weight|, pull two
// enemies together exactly like two friends. So:
//   1. Louvain (graphology-communities-louvain) on the cooperative edges only. Conflict never pulls
//      nodes together; this finds the dense cooperative clusters. Seeded RNG: same graph, same blocs.
//   2. A signed refinement pass that finally lets conflict speak: visit the actors in id order and
//      move one to the neighbouring bloc (or to a new bloc of its own) that lowers the frustration
//      the most — frustration being the negative weight inside blocs plus the positive weight between
//      blocs, i.e. the weight of the ties the partition gets wrong. Repeat until no move helps. This
//      splits a Louvain cluster that holds two enemies and places an actor whose only ties are hostile
//      on its own. Then (unless merge=false) merge blocs that have net cooperation between them, most
//      first, and go again, until nothing lowers the frustration: modularity happily splits a group that
//      cooperates throughout into two communities, which is a finer grain than "who sides with whom".
//      Every step strictly lowers the frustration, so it ends.
// Quality = 1 − frustration / Σ|weight|: 1 when every cooperative tie is inside a bloc and every
// conflictual one between blocs.
import louvain from 'graphology-communities-louvain';
import type { Dyad } from './dyads';
import { seededRandom } from './rng';
import { frustration, positivePart, signedGraph, type SignedGraph } from './signed-graph';
import { byId, round, type EntityRef } from './types';

export interface BlocOptions {
  /** Louvain RNG seed. */
  seed?: number;
  /** Louvain resolution (higher → smaller blocs). */
  resolution?: number;
  /** Also merge whole blocs when that lowers the frustration (default true); false keeps Louvain's granularity. */
  merge?: boolean;
  /** Upper bound on refinement steps (a sweep over every actor, or a merge pass). */
  maxSweeps?: number;
}

export interface Bloc {
  id: string;
  /** Name of the member with the strongest cooperation inside the bloc. */
  label: string;
  members: EntityRef[];
  /** Σ positive dyad sums inside the bloc. */
  cooperationWithin: number;
  /** Σ |negative dyad sums| inside the bloc. */
  conflictWithin: number;
}

export interface BlocResult {
  blocs: Bloc[];
  memberOf: Record<string, string>;
  between: { a: string; b: string; cooperation: number; conflict: number }[];
  /** 1 − frustration / totalWeight; null when there is no signed tie at all. */
  quality: number | null;
  frustration: number;
  totalWeight: number;
  /** Louvain's modularity on the cooperative graph (null when it has no edge). */
  louvainModularity: number | null;
  /** Single-actor moves and bloc merges made by the signed refinement. */
  refinementMoves: number;
  refinementMerges: number;
  method: string;
}

const EPS = 1e-9;

/** One sweep of greedy single-actor moves; mutates `assign`, returns the number of moves. */
function moveSweep(g: SignedGraph, assign: Map<string, number>, nodes: readonly string[], size: Map<number, number>, fresh: () => number): number {
  let moves = 0;
  for (const v of nodes) {
    const own = assign.get(v)!;
    // net(C) = cooperative − conflictual weight from v to bloc C. With v in C its share of the
    // frustration is const − net(C); a new bloc of its own has net 0.
    const net = new Map<number, number>();
    g.forEachEdge(v, (_e, a, s, t) => {
      const c = assign.get(s === v ? t : s)!;
      net.set(c, (net.get(c) ?? 0) + a.weight);
    });
    let best = own;
    let bestNet = net.get(own) ?? 0;
    for (const [c, w] of [...net].sort((x, y) => x[0] - y[0])) {
      if (w > bestNet + EPS) { best = c; bestNet = w; }
    }
    // Every bloc in reach costs more than standing alone (v cannot be alone already: then net(own) = 0).
    if (bestNet < -EPS) best = fresh();
    if (best === own) continue;
    assign.set(v, best);
    size.set(own, size.get(own)! - 1);
    size.set(best, (size.get(best) ?? 0) + 1);
    moves++;
  }
  return moves;
}

/**
 * Merges pairs of blocs with net cooperation between them, most first; pairs share no bloc, so each
 * merge lowers the frustration by its own net weight. Returns the number of merges.
 */
function mergePass(g: SignedGraph, assign: Map<string, number>, size: Map<number, number>): number {
  const net = new Map<string, { x: number; y: number; w: number }>();
  g.forEachEdge((_e, a, s, t) => {
    const cs = assign.get(s)!;
    const ct = assign.get(t)!;
    if (cs === ct) return;
    const [x, y] = cs < ct ? [cs, ct] : [ct, cs];
    const k = `${x}|${y}`;
    const cur = net.get(k) ?? { x, y, w: 0 };
    cur.w += a.weight;
    net.set(k, cur);
  });
  const candidates = [...net.values()].filter((c) => c.w > EPS).sort((p, q) => q.w - p.w || p.x - q.x || p.y - q.y);
  const used = new Set<number>();
  const into = new Map<number, number>();
  for (const c of candidates) {
    if (used.has(c.x) || used.has(c.y)) continue;
    used.add(c.x);
    used.add(c.y);
    into.set(c.y, c.x);
  }
  if (into.size === 0) return 0;
  for (const [n, c] of assign) {
    const target = into.get(c);
    if (target !== undefined) assign.set(n, target);
  }
  for (const [y, x] of into) {
    size.set(x, size.get(x)! + size.get(y)!);
    size.delete(y);
  }
  return into.size;
}

/**
 * Greedy descent on the frustration from a starting partition (mutates `assign`): sweeps of
 * single-actor moves, then, with `merge`, merges of blocs with net cooperation between them (most
 * first), and again, until neither lowers the frustration. Every step strictly lowers it, so it
 * ends. Merges are needed because modularity may split a group that cooperates and has no quarrel:
 * an actor tied to both halves (Russia to the Minsk co-chairs and to its CSTO partners) cannot cross
 * alone without cutting as much cooperation as it joins, but the two halves together can.
 */
export function refineSigned(g: SignedGraph, assign: Map<string, number>, o: { merge?: boolean; maxSweeps?: number } = {}): { moves: number; merges: number } {
  const merge = o.merge ?? true;
  const maxSweeps = o.maxSweeps ?? 1000;
  let next = [...assign.values()].reduce((m, c) => Math.max(m, c), -1) + 1;
  const fresh = () => next++;
  const size = new Map<number, number>();
  for (const c of assign.values()) size.set(c, (size.get(c) ?? 0) + 1);
  const nodes = [...g.nodes()].sort(byId);
  let moves = 0;
  let merges = 0;
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    const m = moveSweep(g, assign, nodes, size, fresh);
    moves += m;
    if (m > 0) continue;
    const merged = merge ? mergePass(g, assign, size) : 0;
    if (merged === 0) break;
    merges += merged;
  }
  return { moves, merges };
}

export function findBlocs(dyads: readonly Dyad[], o: BlocOptions = {}): BlocResult {
  const seed = o.seed ?? 42;
  const resolution = o.resolution ?? 1;
  const g = signedGraph(dyads);
  const coop = positivePart(g);

  const assign = new Map<string, number>();
  let louvainModularity: number | null = null;
  if (coop.size > 0) {
    const res = louvain.detailed(coop, { getEdgeWeight: 'weight', resolution, rng: seededRandom(seed) });
    louvainModularity = round(res.modularity);
    for (const n of coop.nodes()) assign.set(n, res.communities[n]!);
  } else {
    coop.nodes().forEach((n, i) => assign.set(n, i));
  }
  const merge = o.merge ?? true;
  const { moves: refinementMoves, merges: refinementMerges } = refineSigned(g, assign, { merge, maxSweeps: o.maxSweeps });

  // Group, then number: biggest bloc first, then the one with the smallest member id.
  const groups = new Map<number, string[]>();
  for (const n of [...g.nodes()].sort(byId)) {
    const c = assign.get(n)!;
    const l = groups.get(c);
    if (l) l.push(n);
    else groups.set(c, [n]);
  }
  const ordered = [...groups.values()].sort((x, y) => y.length - x.length || byId(x[0]!, y[0]!));
  const memberOf: Record<string, string> = {};
  ordered.forEach((members, i) => { for (const m of members) memberOf[m] = `bloc-${i + 1}`; });

  const within = new Map<string, { coop: number; conflict: number }>();
  const strength = new Map<string, number>();
  const between = new Map<string, { a: string; b: string; cooperation: number; conflict: number }>();
  const blocIndex = (id: string) => Number(id.slice('bloc-'.length));
  g.forEachEdge((_e, a, s, t) => {
    const bs = memberOf[s]!;
    const bt = memberOf[t]!;
    if (bs === bt) {
      const w = within.get(bs) ?? { coop: 0, conflict: 0 };
      if (a.weight > 0) {
        w.coop += a.weight;
        strength.set(s, (strength.get(s) ?? 0) + a.weight);
        strength.set(t, (strength.get(t) ?? 0) + a.weight);
      } else w.conflict -= a.weight;
      within.set(bs, w);
      return;
    }
    const [x, y] = blocIndex(bs) < blocIndex(bt) ? [bs, bt] : [bt, bs];
    const k = `${x}|${y}`;
    const b = between.get(k) ?? { a: x, b: y, cooperation: 0, conflict: 0 };
    if (a.weight > 0) b.cooperation += a.weight;
    else b.conflict -= a.weight;
    between.set(k, b);
  });

  const blocs: Bloc[] = ordered.map((members, i) => {
    const id = `bloc-${i + 1}`;
    const anchor = [...members].sort((x, y) => (strength.get(y) ?? 0) - (strength.get(x) ?? 0) || byId(x, y))[0]!;
    const w = within.get(id) ?? { coop: 0, conflict: 0 };
    return {
      id,
      label: g.getNodeAttribute(anchor, 'name'),
      members: members.map((m) => ({ id: m, name: g.getNodeAttribute(m, 'name'), entityType: g.getNodeAttribute(m, 'entityType') })),
      cooperationWithin: round(w.coop),
      conflictWithin: round(w.conflict),
    };
  });
  const f = frustration(g, (n) => memberOf[n]!);
  return {
    blocs,
    memberOf,
    between: [...between.values()]
      .sort((x, y) => blocIndex(x.a) - blocIndex(y.a) || blocIndex(x.b) - blocIndex(y.b))
      .map((b) => ({ ...b, cooperation: round(b.cooperation), conflict: round(b.conflict) })),
    quality: f.total > 0 ? round(1 - f.frustration / f.total) : null,
    frustration: f.frustration,
    totalWeight: f.total,
    louvainModularity,
    refinementMoves,
    refinementMerges,
    method: `Louvain on cooperative ties only (resolution ${resolution}, seed ${seed}), then greedy single-actor moves${merge ? ' and bloc merges' : ''} that lower the frustration (conflict inside blocs + cooperation between them)`,
  };
}
