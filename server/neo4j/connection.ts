// Chooses the Neo4j to talk to: NEO4J_URI when set (Desktop, Docker, Aura, a cluster), else an
// instance another process of ours already runs on the same data folder, else a managed one we start.
import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import type { Config } from '../config/env';
import { Db } from './db';
import { findRunning, ManagedNeo4j } from './managed';

export interface Connection {
  db: Db;
  uri: string;
  managed: ManagedNeo4j | null;
  /** Closes the driver and stops the managed Neo4j if we started it. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  instance?: string;
  log?: (msg: string) => void;
  progress?: boolean;
  /** Reuse an instance another process of ours is running (CLI commands); the server owns its own. */
  reuseRunning?: boolean;
}

export async function connect(cfg: Config, o: ConnectOptions = {}): Promise<Connection> {
  const name = o.instance ?? 'main';
  let uri: string;
  let user = cfg.NEO4J_USER;
  let password = cfg.NEO4J_PASSWORD ?? '';
  let managed: ManagedNeo4j | null = null;
  if (cfg.NEO4J_URI) {
    uri = cfg.NEO4J_URI;
  } else {
    const running = o.reuseRunning ? await findRunning(cfg.dataDir, name, cfg.HOST) : null;
    if (running) {
      uri = running.uri;
      password = running.password;
      user = 'neo4j';
      o.log?.(`Using the Neo4j already running on ${uri}`);
    } else {
      managed = new ManagedNeo4j({
        root: cfg.root, dataDir: cfg.dataDir, name, host: cfg.HOST, preferredPort: cfg.NEO4J_BOLT_PORT,
        heap: cfg.NEO4J_HEAP, pagecache: cfg.NEO4J_PAGECACHE, startTimeoutMs: cfg.NEO4J_START_TIMEOUT_MS,
        progress: o.progress, log: o.log,
      });
      await managed.start();
      uri = managed.uri;
      user = managed.user;
      password = managed.password;
    }
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    // Fail fast when Neo4j is gone so the API can answer 503 within a second or two.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 2_000,
    disableLosslessIntegers: false,
  });
  const db = new Db(driver, { root: cfg.root, database: cfg.NEO4J_DATABASE });
  return {
    db, uri, managed,
    async close() {
      await driver.close().catch(() => {});
      await managed?.stop();
    },
  };
}

export function ensureDir(dir: string): void { fs.mkdirSync(dir, { recursive: true }); }
