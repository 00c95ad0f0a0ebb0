// Writes rows to Neo4j: schema first, then entities in batches, then whole articles grouped into
// transactions of ~TX_RELATIONS relations (article, sentences, relations, evidence together), so an
// interrupted load never leaves half an article.
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

/** Relations per write transaction. Articles are grouped whole until a group holds this many: one
 *  commit per article made small articles cost a commit each (0.19× bare UNWIND in BENCHMARKS.md). */
export const TX_RELATIONS = 1000;

/** Groups whole articles so each group holds at least `relations` relations; an article never spans
 *  two. Lazy, so the benchmark can feed it a million generated articles without holding them. */
export function* groupArticles<T extends { relations: unknown[] }>(articles: Iterable<T>, relations = TX_RELATIONS): Generator<T[]> {
  let g: T[] = [];
  let n = 0;
  for (const a of articles) {
    g.push(a);
    n += a.relations.length;
    if (n >= relations) { yield g; g = []; n = 0; }
  }
  if (g.length) yield g;
}

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
  for (const group of groupArticles(rows.articles)) {
    await loadArticleBundles(db, [], group);
    done += group.reduce((n, a) => n + a.relations.length, 0);
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

type Bundle = SeedRows['articles'][number];

/** Rows per statement inside an article transaction: a group of ~TX_RELATIONS goes in one UNWIND
 *  (a 1,000 + 3 split cost a statement for 3 rows); only a giant single article is cut. */
const STATEMENT_ROWS = 5 * TX_RELATIONS;

/** Whole articles with the entities they need, in ONE transaction: a killed load leaves no half article. */
export async function loadArticleBundles(db: Db, entities: SeedRows['entities'], bundles: Bundle[]): Promise<void> {
  await db.writeTx(async (run) => {
    for (const b of chunks(entities, STATEMENT_ROWS)) await run('load-entities', { rows: b });
    for (const b of chunks(bundles.map((x) => ({ id: x.article.id, props: x.article.props })), STATEMENT_ROWS)) await run('load-articles', { rows: b });
    for (const b of chunks(bundles.flatMap((x) => x.sentences), STATEMENT_ROWS)) await run('load-sentences', { rows: b });
    for (const b of chunks(bundles.flatMap((x) => x.relations), STATEMENT_ROWS)) await run('load-relations', { rows: b });
    for (const b of chunks(bundles.flatMap((x) => x.evidence), STATEMENT_ROWS)) await run('load-evidence', { rows: b });
  });
}
