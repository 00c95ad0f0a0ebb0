// Seeds the database from seeds/: schema, curated entities and relations with their evidence.
import type { Db } from '../neo4j/db';
import { toNumber } from '../neo4j/values';
import { applySchema, loadRows, type LoadSummary } from './load';
import { readSeedFiles } from './read-seeds';
import { buildSeedRows } from './rows';

export async function seed(db: Db, root: string, o: { progress?: boolean } = {}): Promise<LoadSummary> {
  const files = readSeedFiles(root);
  const rows = buildSeedRows(files.articles, files.actors, files.relations);
  await applySchema(db);
  const summary = await loadRows(db, rows, o);
  await db.write('prune-curated', { keep: files.relations.map((r) => r.id) });
  return summary;
}

export async function isEmpty(db: Db): Promise<boolean> {
  const [rec] = await db.read('counts');
  return toNumber(rec?.get('entities') ?? 0) === 0;
}
