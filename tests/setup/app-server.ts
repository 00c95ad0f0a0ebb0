// Starts the real Express app on a free loopback port against the test Neo4j (integration and e2e).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { createApp } from '../../server/api/app';
import { loadConfig, type Config } from '../../server/config/env';
import { Db } from '../../server/neo4j/db';
import { readTestEnv } from './test-env';

export interface TestServer { url: string; db: Db; cfg: Config; app: ReturnType<typeof createApp>; close(): Promise<void> }

export function testDb(): Db {
  const env = readTestEnv();
  const driver = neo4j.driver(env.uri, neo4j.auth.basic(env.user, env.password), { connectionAcquisitionTimeout: 5000, connectionTimeout: 3000 });
  return new Db(driver, { root: process.cwd(), database: env.database });
}

export async function startTestServer(overrides: Record<string, string> = {}): Promise<TestServer> {
  const env = readTestEnv();
  const cfg = loadConfig({ NODE_ENV: 'test', ...overrides }, process.cwd());
  const db = testDb();
  const app = createApp({ db, cfg, neo4jUri: env.uri, managed: env.pid !== null });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`, db, cfg, app,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
