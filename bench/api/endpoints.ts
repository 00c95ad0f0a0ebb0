// What the API benchmark asks, and the same work done in-process through the driver ("direct"):
// for search and the Cypher console the very same Cypher; for subgraph and paths the same
// function or queries the route runs. API ÷ direct is then HTTP + Express + validation + JSON.
import neo4j from 'neo4j-driver';
import { toLuceneQuery } from '../../server/graph/search-query';
import { subgraph } from '../../server/graph/subgraph';
import type { Db } from '../../server/neo4j/db';
import { toNeo4jParams } from '../../server/neo4j/values';
import type { HttpTarget } from './loadgen';

export interface Seeds { hub: string; ordinary: string; other: string; searchText: string }
export interface Endpoint { name: string; target: HttpTarget; direct: (db: Db) => Promise<unknown> }

/** The hub is the best-connected entity; "ordinary" ones have about ten relations (a typical
 *  entity someone looks up), found by a scan that is cheap even at 1M (degree from the store). */
export async function pickSeeds(db: Db): Promise<Seeds> {
  const q = async (cypher: string) => (await db.driver.executeQuery(cypher, {}, { database: db.database })).records;
  const [hub] = await q('MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC, e.id LIMIT 1');
  const ord = await q('MATCH (e:Entity) WITH e, COUNT { (e)--() } AS d WHERE d >= 6 AND d <= 14 RETURN e.id AS id, e.name AS name ORDER BY e.id LIMIT 2');
  // Tiny graphs (the smoke run) may have no entity of ~10 relations: fall back to any two with relations.
  const rows = ord.length >= 2 ? ord : await q('MATCH (e:Entity) WHERE COUNT { (e)--() } > 0 RETURN e.id AS id, e.name AS name ORDER BY COUNT { (e)--() } LIMIT 2');
  if (!hub || rows.length < 2) throw new Error('the bench database holds too few related entities to benchmark');
  return { hub: String(hub.get('id')), ordinary: String(rows[0]!.get('id')), other: String(rows[1]!.get('id')), searchText: String(rows[0]!.get('name')) };
}

export const CONSOLE_QUERY = 'MATCH (a:Entity {id: $id})-[r]-(b:Entity) RETURN a, r, b LIMIT 100';

const read = (db: Db, cypher: string, params: Record<string, unknown>) =>
  db.driver.executeQuery(cypher, toNeo4jParams(params) as Record<string, unknown>, { database: db.database, routing: neo4j.routing.READ });

export function endpoints(s: Seeds): Endpoint[] {
  const sub = (name: string, seed: string, depth: number): Endpoint => ({
    name, target: { method: 'GET', path: `/api/subgraph?seeds=${encodeURIComponent(seed)}&depth=${depth}` },
    direct: (db) => subgraph(db, { seeds: [seed], depth, limit: 200, polarity: 'all' }),
  });
  return [
    {
      name: 'search', target: { method: 'GET', path: `/api/search?q=${encodeURIComponent(s.searchText)}` },
      direct: (db) => read(db, db.text('search'), { lucene: toLuceneQuery(s.searchText), limit: 10 }),
    },
    sub('subgraph d1 hub', s.hub, 1),
    sub('subgraph d1 ordinary', s.ordinary, 1),
    sub('subgraph d2 hub', s.hub, 2),
    sub('subgraph d2 ordinary', s.ordinary, 2),
    {
      name: 'paths', target: { method: 'GET', path: `/api/paths?from=${encodeURIComponent(s.ordinary)}&to=${encodeURIComponent(s.other)}` },
      direct: async (db) => {
        await read(db, db.text('entities-by-id'), { ids: [s.ordinary, s.other] });
        return read(db, db.text('paths'), { from: s.ordinary, to: s.other, maxLength: 4, limit: 26 });
      },
    },
    {
      name: 'cypher', target: { method: 'POST', path: '/api/cypher', body: JSON.stringify({ query: CONSOLE_QUERY, params: { id: s.hub } }) },
      direct: (db) => read(db, CONSOLE_QUERY, { id: s.hub }),
    },
  ];
}
