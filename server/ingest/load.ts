// Writes rows to Neo4j: schema first, then entities in batches, then one transaction per article
// (article, sentences, relations, evidence together), so an interrupted load never leaves half an article.
import cliProgress from 'cli-progress';
import type { Db } from '../neo4j/db';
import { statements } from '../neo4j/queries';
import type { SeedRows } from './rows';

export const BATCH = 1000;

export async function applySchema(db: Db): Promise<void> {
  for (const stmt of statements(db.text('schema'))) await db.driver.executeQuery(stmt, {}, { database: db.database });
  // Online indexes make the first search after a fresh seed correct, not eventually correct.
  await db.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: db.database });
}

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export interface LoadSummary { entities: number; articles: number; relations: number; sentences: number }

export async function loadRows(db: Db, rows: SeedRows, o: { progress?: boolean } = {}): Promise<LoadSummary> {
  const total = rows.entities.length + rows.articles.reduce((n, a) => n + a.relations.length, 0);
  const bar = o.progress ? new cliProgress.SingleBar({ format: 'Loading [{bar}] {value}/{total} entities+relations', stream: process.stderr, noTTYOutput: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(total, 0);
  let done = 0;
  for (const batch of chunks(rows.entities, BATCH)) {
    await db.writeTx((run) => run('load-entities', { rows: batch }));
    done += batch.length;
    bar?.update(done);
  }
  for (const a of rows.articles) {
    await loadArticleBundle(db, [], a);
    done += a.relations.length;
    bar?.update(done);
  }
  bar?.stop();
  return {
    entities: rows.entities.length,
    articles: rows.articles.length,
    relations: rows.articles.reduce((n, a) => n + a.relations.length, 0),
    sentences: rows.articles.reduce((n, a) => n + a.sentences.length, 0),
  };
}

/** One article with the entities it needs, in ONE transaction: a killed ingest leaves no half article. */
export async function loadArticleBundle(db: Db, entities: SeedRows['entities'], a: SeedRows['articles'][number]): Promise<void> {
  await db.writeTx(async (run) => {
    for (const b of chunks(entities, BATCH)) await run('load-entities', { rows: b });
    await run('load-article', { id: a.article.id, props: a.article.props });
    for (const b of chunks(a.sentences, BATCH)) await run('load-sentences', { rows: b });
    for (const b of chunks(a.relations, BATCH)) await run('load-relations', { rows: b });
    for (const b of chunks(a.evidence, BATCH)) await run('load-evidence', { rows: b });
  });
}
