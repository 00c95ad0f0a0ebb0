// The benchmark's own managed Neo4j: instance "bench" under the data folder, any free port, wiped
// before each size so every size starts from an empty store and a fresh JVM (its VmHWM is then
// the peak of that size alone). It never touches the app's "main" or the tests' instances.
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Config } from '../server/config/env';
import { applySchema } from '../server/ingest/load';
import { Db } from '../server/neo4j/db';
import { ManagedNeo4j } from '../server/neo4j/managed';

export const INSTANCE = 'bench';

export interface BenchDb { managed: ManagedNeo4j; db: Db; pid: number; stop(): Promise<void> }

export async function startFresh(cfg: Config, o: { heap: string; pagecache: string; log: (m: string) => void }): Promise<BenchDb> {
  fs.rmSync(path.join(cfg.dataDir, 'neo4j', INSTANCE), { recursive: true, force: true });
  const managed = new ManagedNeo4j({
    root: cfg.root, dataDir: cfg.dataDir, name: INSTANCE, host: '127.0.0.1', preferredPort: 0,
    heap: o.heap, pagecache: o.pagecache, startTimeoutMs: 180_000, log: o.log,
  });
  await managed.start();
  // The same driver settings as server/neo4j/connection.ts, so "raw driver" means the app's driver minus the app.
  const driver = neo4j.driver(managed.uri, neo4j.auth.basic(managed.user, managed.password), {
    connectionAcquisitionTimeout: 5_000, connectionTimeout: 3_000, maxTransactionRetryTime: 2_000,
  });
  const db = new Db(driver, { root: cfg.root, database: 'neo4j' });
  await applySchema(db);
  return {
    managed, db, pid: managed.pid ?? 0,
    async stop() { await driver.close().catch(() => {}); await managed.stop(); },
  };
}

/** Empties the database but keeps the schema (both loaders then write into the same empty store). */
export async function wipe(db: Db): Promise<void> {
  // IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}
