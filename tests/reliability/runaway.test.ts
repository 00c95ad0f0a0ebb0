// Single-expression Cypher bombs: a list or string that fills the heap, or a reduce() whose work is
// quadratic and never reaches a point where Neo4j's transaction timeout can stop it. They run
// against a Neo4j of their own (they would stall the shared one) with the supervisor `npm start`
// uses, through the real API. Each bomb must end in a clear error, the API must serve again with no
// manual restart, and the graph must be unchanged at the end.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { createApp } from '../../server/api/app';
import { loadConfig } from '../../server/config/env';
import { seed } from '../../server/ingest/seed';
import { Db } from '../../server/neo4j/db';
import { ManagedNeo4j } from '../../server/neo4j/managed';
import { supervise, type Supervisor } from '../../server/neo4j/supervisor';
import { graphChecksum } from '../setup/checksum';
import { isErrorShape } from './helpers';

const root = process.cwd();
const dataDir = path.join(root, '.data');
const name = `runaway-${process.pid}`;
const RUNAWAY_MS = 8_000;

const BOMBS = [
  { name: 'huge list comprehension', query: 'RETURN size([x IN range(1, 100000000) | x * 2]) AS n' },
  { name: 'nested list comprehension', query: 'RETURN size([x IN range(1, 20000) | [y IN range(1, 20000) | y]]) AS n' },
  { name: 'string doubling by reduce', query: "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n" },
  { name: 'quadratic string growth over range (runaway)', query: "RETURN size(reduce(s = '', i IN range(1, 10000000) | s + 'abcdefgh')) AS n" },
];

let managed: ManagedNeo4j;
let sup: Supervisor;
let db: Db;
let server: http.Server;
let url = '';
let before: Awaited<ReturnType<typeof graphChecksum>>;
const log: string[] = [];
const results: { bomb: string; status: number; code?: string; ms: number; backAfterMs: number; restarts: number }[] = [];

beforeAll(async () => {
  managed = new ManagedNeo4j({ root, dataDir, name, host: '127.0.0.1', preferredPort: 0, heap: '512m', pagecache: '64m', startTimeoutMs: 170_000 });
  await managed.start();
  const driver = neo4j.driver(managed.uri, neo4j.auth.basic(managed.user, managed.password), { connectionAcquisitionTimeout: 5_000, connectionTimeout: 3_000 });
  db = new Db(driver, { root, database: 'neo4j' });
  await seed(db, root);
  before = await graphChecksum(db);
  sup = supervise(managed, { root, database: 'neo4j', intervalMs: 1_000, policy: { runawayMs: RUNAWAY_MS, unresponsiveMs: 30_000 }, log: (_l, m) => log.push(m) });
  const cfg = loadConfig({ CYPHER_TIMEOUT_MS: '2000', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'silent' }, root);
  server = http.createServer(createApp({ db, cfg, neo4jUri: managed.uri, managed: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 400_000);

afterAll(async () => {
  await sup?.stop();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await db?.close();
  await managed?.stop();
  fs.rmSync(managed.home, { recursive: true, force: true });
  fs.mkdirSync(path.join(root, 'artifacts', 'reliability'), { recursive: true });
  fs.writeFileSync(path.join(root, 'artifacts', 'reliability', 'runaway.json'), JSON.stringify({ results, supervisorLog: log }, null, 2));
}, 120_000);

async function cypher(query: string, timeoutMs: number): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/api/cypher`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: res.status, body: await res.json() };
}

/** Polls `RETURN 1` through the API until it answers 200; returns how long that took. */
async function backWithin(limitMs: number): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    try {
      if ((await cypher('RETURN 1 AS one', 5_000)).status === 200) return Date.now() - t0;
    } catch { /* the request itself timed out: keep polling */ }
    if (Date.now() - t0 > limitMs) throw new Error(`the API did not serve again within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function restartedWithin(restartsBefore: number, limitMs: number): Promise<void> {
  const t0 = Date.now();
  while (sup.restarts <= restartsBefore) {
    if (Date.now() - t0 > limitMs) throw new Error(`the supervisor did not restart Neo4j within ${limitMs} ms; its log: ${log.join(' | ')}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('single-expression bombs under the supervisor', () => {
  it.each(BOMBS.map((b) => [b.name, b.query]))('%s ends in a clear error and the API serves again by itself', async (bomb, query) => {
    const restartsBefore = sup.restarts;
    const t0 = Date.now();
    let status = 0;
    let code: string | undefined;
    try {
      const res = await cypher(query, 240_000);
      status = res.status;
      expect(isErrorShape(res.body)).toBe(true);
      code = (res.body as { error: { code: string } }).error.code;
    } catch (e) {
      throw new Error(`no answer to the bomb within 240 s: ${(e as Error).message}`);
    }
    // 413: Neo4j reported the heap exhausted for this query; 503: the connection died with a restart;
    // 408: it was stopped as timed out.
    expect([408, 413, 503]).toContain(status);
    if (status === 413) expect(code).toBe('QUERY_MEMORY_LIMIT');
    const ms = Date.now() - t0;
    // A runaway is only over when the supervisor has restarted Neo4j: the API may answer before that
    // (the bomb's connection can drop while the expression still burns a core).
    if (bomb.includes('runaway')) await restartedWithin(restartsBefore, 200_000);
    const backAfterMs = await backWithin(180_000);
    results.push({ bomb, status, code, ms, backAfterMs, restarts: sup.restarts - restartsBefore });
    if (bomb.includes('runaway')) expect(sup.restarts).toBeGreaterThan(restartsBefore);
  }, 480_000);

  it('lost nothing: the graph is byte-for-byte the seeded one', async () => {
    const after = await graphChecksum(db);
    expect(after).toEqual(before);
    expect(after.relationships).toBeGreaterThan(100);
  }, 60_000);
});
