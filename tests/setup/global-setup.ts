// Starts ONE managed Neo4j (instance "test", its own data folder and a free port) for the whole run,
// wipes it and loads the seeds, unless only unit tests run (NEWSGRAPH_TEST_NO_NEO4J=1).
// An external server can be used instead with NEWSGRAPH_TEST_NEO4J_URI (+ _USER, _PASSWORD): it is wiped!
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../server/config/env';
import { Db } from '../../server/neo4j/db';
import { ManagedNeo4j } from '../../server/neo4j/managed';
import { seed } from '../../server/ingest/seed';
import { testEnvFile, type TestEnv } from './test-env';

declare global {
  // eslint-disable-next-line no-var
  var __NEWSGRAPH_NEO4J__: ManagedNeo4j | undefined;
}

export default async function globalSetup(): Promise<void> {
  process.env.NEWSGRAPH_TEST_ENV_FILE = testEnvFile();
  fs.rmSync(testEnvFile(), { force: true });
  if (process.env.NEWSGRAPH_TEST_NO_NEO4J === '1') return;
  const root = process.cwd();
  const cfg = loadConfig({ ...process.env, NEO4J_URI: undefined }, root);
  let env: TestEnv;
  if (process.env.NEWSGRAPH_TEST_NEO4J_URI) {
    env = { uri: process.env.NEWSGRAPH_TEST_NEO4J_URI, user: process.env.NEWSGRAPH_TEST_NEO4J_USER ?? 'neo4j', password: process.env.NEWSGRAPH_TEST_NEO4J_PASSWORD ?? '', database: 'neo4j', pid: null };
  } else {
    const managed = new ManagedNeo4j({
      // One folder per run, so two test runs at once never fight over Neo4j's store lock.
      root, dataDir: cfg.dataDir, name: `test-${process.pid}`, host: '127.0.0.1', preferredPort: 0,
      heap: '1g', pagecache: '256m', startTimeoutMs: 180_000, progress: true,
      log: (m) => process.stderr.write(`[test neo4j] ${m}\n`),
    });
    await managed.start();
    globalThis.__NEWSGRAPH_NEO4J__ = managed;
    env = { uri: managed.uri, user: managed.user, password: managed.password, database: 'neo4j', pid: managed.pid ?? null };
  }
  const driver = neo4j.driver(env.uri, neo4j.auth.basic(env.user, env.password));
  const db = new Db(driver, { root, database: env.database });
  try {
    // A clean slate each run; IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    const session = driver.session({ database: env.database });
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS').finally(() => session.close());
    await seed(db, root);
  } finally {
    await driver.close();
  }
  fs.mkdirSync(path.dirname(testEnvFile()), { recursive: true });
  fs.writeFileSync(testEnvFile(), JSON.stringify(env));
}
