// Runs a user's Cypher read-only: EXPLAIN first and judge the plan (cypher-guard), then run it in a
// read transaction with a timeout, streaming rows and stopping at the row cap (or failing at the byte cap).
import neo4j, { type Record as NeoRecord, type Session, type Transaction } from 'neo4j-driver';
import type { Db } from '../neo4j/db';
import { isGraphValue, toNeo4jParams, toPlain, type Plain } from '../neo4j/values';
import { judgePlan, type GuardVerdict, type PlanNode } from './cypher-guard';
import { GraphCollector } from './from-neo4j';
import { jsonBytes, jsonBytesBound } from './json-size';
import type { GraphJSON } from './graph-json';

export class QueryRefused extends Error {}
/** The rows streamed so far already serialise to more than maxBytes. */
export class ResultTooLarge extends Error {
  constructor(readonly maxBytes: number, readonly rowsRead: number) { super(`result over ${maxBytes} bytes after ${rowsRead} rows`); }
}

export interface ConsoleOptions { timeoutMs: number; maxRows: number; maxBytes?: number }
export interface ConsoleResult { columns: string[]; rows: Plain[][]; graph: GraphJSON; truncated: boolean; elapsedMs: number }

/** A read transaction (the session is READ, so it routes to readers) that runs its work ONCE.
 *  Not executeRead: that retries transient errors, so a query that exhausted the heap
 *  (Neo.TransientError.General.OutOfMemoryError) would run again, and again after a restart. */
async function readOnce<T>(session: Session, timeoutMs: number, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const tx = session.beginTransaction({ timeout: timeoutMs });
  try {
    const out = await work(tx);
    await tx.commit();
    return out;
  } catch (e) {
    await tx.rollback().catch(() => {});
    throw e;
  }
}

// Verdicts by query text: the plan's query type, operators and procedures do not depend on parameter
// values, so a query judged once need not be EXPLAINed again (it was half of a short query's time).
const VERDICTS = new Map<string, GuardVerdict>();
const MAX_VERDICTS = 1_000;

export async function runConsoleQuery(db: Db, query: string, userParams: Record<string, unknown>, o: ConsoleOptions): Promise<ConsoleResult> {
  const t0 = performance.now();
  const params = toNeo4jParams(userParams) as Record<string, unknown>;
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(o.maxRows + 1, 1000) });
  try {
    let verdict = VERDICTS.get(query);
    if (!verdict) {
      const explained = await readOnce(session, o.timeoutMs, (tx) => tx.run(`EXPLAIN ${query}`, params));
      const s = explained.summary;
      verdict = judgePlan(s.queryType, s.plan ? (s.plan as unknown as PlanNode) : null, s.database.name ?? undefined, db.database);
      if (VERDICTS.size >= MAX_VERDICTS) VERDICTS.delete(VERDICTS.keys().next().value!);
      VERDICTS.set(query, verdict);
    }
    if (!verdict.ok) throw new QueryRefused(verdict.reason ?? 'refused');

    const rows: NeoRecord[] = [];
    const plain: Plain[][] = [];
    let columns: string[] = [];
    let truncated = false;
    // Bytes of the rows so far: a cheap upper bound until it reaches the cap, exact from then on.
    let bound = 0;
    let exact: number | null = null;
    // A node or relationship that comes back in many rows (the `a` of `MATCH (a)--(b) RETURN a, b`)
    // is converted once; the rows share the object.
    const cells = new Map<string, Plain>();
    const cell = (v: unknown): Plain => {
      if (v === null || typeof v !== 'object' || !isGraphValue(v) || !('elementId' in v)) return toPlain(v);
      const key = `${'labels' in v ? 'n' : 'r'}${String(v.elementId)}`;
      let out = cells.get(key);
      if (out === undefined) cells.set(key, (out = toPlain(v)));
      return out;
    };
    await readOnce(session, o.timeoutMs, async (tx) => {
      const result = tx.run(query, params);
      columns = [...(await result.keys())];
      for await (const rec of result) {
        if (rows.length >= o.maxRows) { truncated = true; break; }
        rows.push(rec);
        const row = [...rec.values()].map(cell);
        plain.push(row);
        // Counted as rows arrive, so a huge result stops here instead of being built first; the
        // throw rolls the transaction back, which ends the stream on the server too.
        if (o.maxBytes !== undefined) {
          if (exact === null) {
            bound += jsonBytesBound(row) + 1;
            if (bound > o.maxBytes) exact = plain.reduce<number>((n, r) => n + jsonBytes(r) + 1, 0);
          } else exact += jsonBytes(row) + 1;
          if (exact !== null && exact > o.maxBytes) throw new ResultTooLarge(o.maxBytes, rows.length);
        }
      }
    });

    const collector = new GraphCollector();
    for (const r of rows) for (const v of [...r.values()]) collector.add(v);
    const missing = collector.missingEndpoints();
    if (missing.length > 0) for (const rec of await db.read('nodes-by-element-id', { ids: missing }, { timeoutMs: o.timeoutMs })) collector.add(rec.get('n'));
    return {
      columns,
      rows: plain,
      graph: collector.toJSON({ truncated }),
      truncated,
      elapsedMs: Math.round(performance.now() - t0),
    };
  } finally {
    await session.close();
  }
}
