// edges-among.cypher reads each relation from its lower-degree side and matches hub pairs one by
// one. Both ways must find the same relations: the seed graph has no entity above HUB_DEGREE, so
// the threshold is moved here to send every entity down each branch in turn.
import { filterParams, HUB_DEGREE, subgraph } from '../../server/graph/subgraph';
import type { Db } from '../../server/neo4j/db';
import { testDb } from '../setup/app-server';

let db: Db;
beforeAll(() => { db = testDb(); });
afterAll(async () => { await db.close(); });

const all = { polarity: 'all' as const };

async function among(ids: string[], hubDegree: number, extra: Record<string, unknown> = {}): Promise<string[]> {
  const recs = await db.read('edges-among', { ...filterParams(all), ids, hubDegree, seen: [], limit: 10_000, ...extra });
  return recs.map((r) => String((r.get('r') as { properties: { id: unknown } }).properties.id)).sort();
}

describe('edges-among', () => {
  let ids: string[];
  let direct: string[];
  beforeAll(async () => {
    // The two sides of the war and everyone one step away: cooperation and conflict among them.
    const g = (await subgraph(db, { seeds: ['armenia', 'azerbaijan'], depth: 1, limit: 200, ...all })).graph;
    ids = g.nodes.map((n) => n.key);
    // The relations among those nodes, straight from the database (the reference).
    const recs = await db.driver.executeQuery('MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN r.id AS id', { ids }, { database: db.database });
    direct = recs.records.map((r) => String(r.get('id'))).sort();
  });

  it('finds every relation among the nodes, whichever side reads it', async () => {
    expect(ids.length).toBeGreaterThan(5);
    expect(direct.length).toBeGreaterThan(10);
    expect(await among(ids, HUB_DEGREE)).toEqual(direct); // no hub: everything expanded
    expect(await among(ids, -1)).toEqual(direct); // all hubs: pair by pair
    // A mix: the best-connected entities become hubs, the rest are expanded.
    const degrees = await db.driver.executeQuery('MATCH (e:Entity) WHERE e.id IN $ids RETURN COUNT { (e)--() } AS d', { ids }, { database: db.database });
    const hubs = degrees.records.filter((r) => Number(r.get('d')) > 3).length;
    expect(hubs).toBeGreaterThan(0);
    expect(hubs).toBeLessThan(ids.length);
    expect(await among(ids, 3)).toEqual(direct);
  });

  it('filters and skips relations already seen', async () => {
    const seen = direct.slice(0, 3);
    const rest = await among(ids, 3, { seen });
    expect(rest).toEqual(direct.filter((id) => !seen.includes(id)));
    const conflict = await among(ids, 3, { polarity: 'conflict' });
    expect(conflict.length).toBeGreaterThan(0);
    expect(conflict.length).toBeLessThan(direct.length);
    expect(await among(ids, -1, { polarity: 'conflict' })).toEqual(conflict);
  });
});
