// The load comparison: the project's loadRows vs bare batched UNWIND (at several batch sizes),
// each into the same emptied database, in rotating order so drift (JIT, page cache, other users
// of this shared machine) hits every variant alike. Only time spent in database calls is counted:
// the generator runs between calls, untimed, so relations/s is the database path alone.
import { groupArticles, loadRows, TX_RELATIONS } from '../../server/ingest/load';
import { RELATION_TYPES } from '../../server/graph/vocabulary';
import type { Db } from '../../server/neo4j/db';
import { toNumber } from '../../server/neo4j/values';
import type { Generated } from '../gen/generate';
import { wipe } from '../neo4j';
import { bareBundles, bareEntities } from './bare';

export type LoadVariant = { kind: 'loader' } | { kind: 'bare'; batch: number };
export const variantName = (v: LoadVariant) => (v.kind === 'loader' ? 'loader' : `bare-${v.batch}`);

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

/** Relationships of the vocabulary types (count store: instant even at 1M). */
export async function relationCount(db: Db): Promise<number> {
  let n = 0;
  for (const t of RELATION_TYPES) {
    const res = await db.driver.executeQuery(`MATCH ()-[r:${t}]->() RETURN count(r) AS n`, {}, { database: db.database });
    n += toNumber(res.records[0]?.get('n') ?? 0);
  }
  return n;
}

export interface LoadRun {
  variant: string; ms: number; relations: number; relPerSec: number; loaded: number; capped: boolean;
  /** Rates over the first and the last fifth of what was loaded: a falling rate means the cost per
   *  relation grows with the database (the signature of a scan per row). */
  startRelPerSec: number; endRelPerSec: number;
}

/** Rate over the first and last fifth of a sequence of timed chunks. */
function trend(chunks: { ms: number; n: number }[]): { start: number; end: number } {
  const k = Math.max(1, Math.floor(chunks.length / 5));
  const rate = (cs: { ms: number; n: number }[]) => cs.reduce((a, c) => a + c.n, 0) / (cs.reduce((a, c) => a + c.ms, 0) / 1000);
  return { start: rate(chunks.slice(0, k)), end: rate(chunks.slice(-k)) };
}

/** capMs: stop the project's loader once it has spent this long (a safety cap from when its cost grew
 *  with the square of the database size, see bare.ts) and report the rate over what it loaded: an upper bound. */
export async function loadOnce(db: Db, g: Generated, v: LoadVariant, o: { progress?: (done: number) => void; capMs?: number } = {}): Promise<LoadRun> {
  const progress = o.progress;
  let capped = false;
  const chunks: { ms: number; n: number }[] = [];
  await wipe(db);
  let ms = 0;
  let done = 0;
  if (v.kind === 'loader') {
    ms += await timed(() => loadRows(db, { entities: g.entities, articles: [] }));
    // The loader takes SeedRows; feeding it ~5,000 relations of bundles at a time keeps 1M out of
    // memory and leaves its own grouping (whole articles, TX_RELATIONS per transaction) unchanged.
    for (const chunk of groupArticles(g.articles(), 5 * TX_RELATIONS)) {
      const t = await timed(() => loadRows(db, { entities: [], articles: chunk }));
      const n = chunk.reduce((x, b) => x + b.relations.length, 0);
      ms += t;
      done += n;
      chunks.push({ ms: t, n });
      if (done % 50_000 < 5 * TX_RELATIONS) progress?.(done);
      if (o.capMs !== undefined && ms > o.capMs && done < g.options.relations) { capped = true; break; }
    }
  } else {
    ms += await timed(() => bareEntities(db.driver, db.database, g.entities, v.batch));
    for (const chunk of groupArticles(g.articles(), v.batch)) {
      const t = await timed(() => bareBundles(db.driver, db.database, chunk));
      const n = chunk.reduce((x, b) => x + b.relations.length, 0);
      ms += t;
      done += n;
      chunks.push({ ms: t, n });
      if (done % 50_000 < v.batch) progress?.(done);
    }
  }
  const loaded = await relationCount(db);
  const tr = trend(chunks);
  return { variant: variantName(v), ms, relations: done, relPerSec: done / (ms / 1000), loaded, capped, startRelPerSec: tr.start, endRelPerSec: tr.end };
}
