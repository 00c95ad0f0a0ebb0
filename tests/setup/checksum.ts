// A checksum of every node and relationship with all labels/types and properties, to prove that
// refused queries changed nothing and that re-runs leave the same graph.
import crypto from 'node:crypto';
import type { Db } from '../../server/neo4j/db';
import { toPlain } from '../../server/neo4j/values';

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)]));
  return v;
}

export async function graphChecksum(db: Db): Promise<{ hash: string; nodes: number; relationships: number }> {
  const nodes = await db.driver.executeQuery('MATCH (n) RETURN labels(n) AS l, properties(n) AS p', {}, { database: db.database });
  const rels = await db.driver.executeQuery('MATCH (a)-[r]->(b) RETURN type(r) AS t, properties(r) AS p, properties(a) AS a, properties(b) AS b', {}, { database: db.database });
  const n = nodes.records.map((r) => JSON.stringify(canonical([[...(r.get('l') as string[])].sort(), toPlain(r.get('p'))]))).sort();
  const e = rels.records.map((r) => JSON.stringify(canonical([r.get('t'), toPlain(r.get('p')), toPlain(r.get('a')), toPlain(r.get('b'))]))).sort();
  const hash = crypto.createHash('sha256').update(n.join('\n')).update('\u0000').update(e.join('\n')).digest('hex');
  return { hash, nodes: n.length, relationships: e.length };
}
