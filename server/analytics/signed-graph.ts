// The signed actor graph: one undirected edge per dyad whose summed score is not zero, weighted by
// that sum (positive = cooperation, negative = conflict). Nodes are added in id order so every
// algorithm run on it is reproducible.
import { UndirectedGraph } from 'graphology';
import type { Dyad } from './dyads';
import { byId, round, type EntityRef } from './types';

export interface SignedNode { name: string; entityType: string }
export interface SignedEdge { weight: number; dyad: Dyad }
export type SignedGraph = UndirectedGraph<SignedNode, SignedEdge>;

export function signedGraph(dyads: readonly Dyad[]): SignedGraph {
  const g: SignedGraph = new UndirectedGraph();
  const actors = new Map<string, EntityRef>();
  for (const d of dyads) { actors.set(d.a.id, d.a); actors.set(d.b.id, d.b); }
  for (const [id, e] of [...actors].sort((x, y) => byId(x[0], y[0]))) g.addNode(id, { name: e.name, entityType: e.entityType });
  for (const d of [...dyads].sort((x, y) => byId(x.a.id, y.a.id) || byId(x.b.id, y.b.id))) {
    if (d.sum !== 0) g.addEdge(d.a.id, d.b.id, { weight: d.sum, dyad: d });
  }
  return g;
}

/** The same nodes with only the cooperative edges: what Louvain sees. */
export function positivePart(g: SignedGraph): SignedGraph {
  const p: SignedGraph = new UndirectedGraph();
  g.forEachNode((n, a) => p.addNode(n, a));
  g.forEachEdge((_e, a, s, t) => { if (a.weight > 0) p.addEdge(s, t, a); });
  return p;
}

export interface Frustration {
  /** |negative weight| inside groups + positive weight between groups. */
  frustration: number;
  negativeWithin: number;
  positiveBetween: number;
  /** Σ |weight| over all edges. */
  total: number;
}

/** How badly a partition fits the signs: the weight of the edges it gets wrong. */
export function frustration(g: SignedGraph, groupOf: (node: string) => string | number): Frustration {
  let negativeWithin = 0;
  let positiveBetween = 0;
  let total = 0;
  g.forEachEdge((_e, a, s, t) => {
    total += Math.abs(a.weight);
    const same = groupOf(s) === groupOf(t);
    if (same && a.weight < 0) negativeWithin -= a.weight;
    if (!same && a.weight > 0) positiveBetween += a.weight;
  });
  return { frustration: round(negativeWithin + positiveBetween), negativeWithin: round(negativeWithin), positiveBetween: round(positiveBetween), total: round(total) };
}
