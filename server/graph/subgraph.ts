// Bounded neighbourhood of seed entities: breadth-first, one named query per hop, never more than
// `limit` relations in all. Hubs keep their strongest, then most recent, relations and the result
// says `truncated`; `hidden` tells per seed how many relations were left out ("N more").
import { isNode, type Node } from 'neo4j-driver';
import type { Db } from '../neo4j/db';
import { toNumber } from '../neo4j/values';
import { GraphCollector, nodeKey } from './from-neo4j';
import type { GraphJSON } from './graph-json';

export interface SubgraphFilter {
  types?: string[];
  entityTypes?: string[];
  from?: string;
  to?: string;
  polarity: 'cooperation' | 'conflict' | 'all';
}

export interface SubgraphRequest extends SubgraphFilter { seeds: string[]; depth: number; limit: number }
export interface SubgraphResult { graph: GraphJSON; truncated: boolean; hidden: Record<string, number>; missingSeeds: string[] }

/** Above this many relations an entity counts as a hub for edges-among.cypher: never expanded there. */
export const HUB_DEGREE = 1000;

export function filterParams(f: SubgraphFilter) {
  return { types: f.types ?? null, entityTypes: f.entityTypes ?? null, from: f.from ?? null, to: f.to ?? null, polarity: f.polarity };
}

export async function subgraph(db: Db, req: SubgraphRequest, opts: { timeoutMs?: number } = {}): Promise<SubgraphResult> {
  const filters = filterParams(req);
  const collector = new GraphCollector();
  const seedRecords = await db.read('entities-by-id', { ids: req.seeds }, opts);
  const found = new Set<string>();
  for (const rec of seedRecords) {
    const n = rec.get('e') as Node;
    collector.add(n);
    found.add(nodeKey(n));
  }
  const missingSeeds = req.seeds.filter((s) => !found.has(s));
  const seen = new Set<string>();
  const nodes = new Set(found);
  let frontier = [...found];
  let budget = req.limit;
  let truncated = false;

  for (let hop = 0; hop < req.depth && frontier.length > 0 && budget > 0; hop += 1) {
    const recs = await db.read('expand', { ...filters, frontier, seen: [...seen], limit: budget + 1 }, opts);
    if (recs.length > budget) truncated = true;
    const next = new Set<string>();
    for (const rec of recs.slice(0, budget)) {
      collector.add(rec.get('s'));
      collector.add(rec.get('r'));
      collector.add(rec.get('t'));
      seen.add(String((rec.get('r') as { properties: { id: unknown } }).properties.id));
      for (const end of [rec.get('s'), rec.get('t')]) {
        if (isNode(end)) {
          const k = nodeKey(end);
          if (!nodes.has(k)) { nodes.add(k); next.add(k); }
        }
      }
    }
    budget -= Math.min(recs.length, budget);
    frontier = [...next];
  }
  // Relations among the nodes found (an ego network shows how the neighbours relate, too).
  if (nodes.size > 1) {
    const all = [...nodes];
    const recs = await db.read('edges-among', { ...filters, ids: all, hubDegree: HUB_DEGREE, seen: [...seen], limit: budget + 1 }, opts);
    if (recs.length > budget) truncated = true;
    for (const rec of recs.slice(0, budget)) collector.add(rec.get('r'));
  }

  const graph = collector.toJSON();
  const hidden: Record<string, number> = {};
  if (graph.nodes.length > 0) {
    const counts = await db.read('neighbourhood-counts', { ...filters, ids: [...found] }, opts);
    const shown = new Map<string, number>();
    for (const e of graph.edges) for (const k of [e.source, e.target]) shown.set(k, (shown.get(k) ?? 0) + 1);
    for (const rec of counts) {
      const id = String(rec.get('id'));
      const more = toNumber(rec.get('total')) - (shown.get(id) ?? 0);
      if (more > 0) hidden[id] = more;
    }
  }
  graph.attributes = { truncated, seeds: [...found], depth: req.depth, limit: req.limit };
  return { graph, truncated, hidden, missingSeeds };
}

/** Exactly the given entities and the relations among them (export of what is on screen). */
export async function inducedSubgraph(db: Db, ids: string[], limit: number, opts: { timeoutMs?: number } = {}): Promise<GraphJSON> {
  const collector = new GraphCollector();
  for (const rec of await db.read('entities-by-id', { ids }, opts)) collector.add(rec.get('e'));
  const recs = await db.read('induced', { ids, limit: limit + 1 }, opts);
  for (const rec of recs.slice(0, limit)) collector.add(rec.get('r'));
  return collector.toJSON({ truncated: recs.length > limit });
}
