// The managed Neo4j as users meet it: started by our CLI, stopped by Ctrl-C, never left behind
// when its parent dies, reported when it crashes, and the API answering 503 while it is away and
// recovering by itself when it is back. Uses its own instance folder, apart from the test database.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import request from 'supertest';
import { createApp } from '../../server/api/app';
import { loadConfig } from '../../server/config/env';
import { Db } from '../../server/neo4j/db';
import { ManagedNeo4j } from '../../server/neo4j/managed';

const root = process.cwd();
const dataDir = path.join(root, '.data', 'lifecycle');

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

async function waitFor<T>(fn: () => T | Promise<T>, ms: number, what: string): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function startCli(): { child: ChildProcess; output: () => string } {
  let out = '';
  const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0' };
  delete env.NEO4J_URI;
  // `node --import tsx` is how package.json runs the CLIs: one process, no wrapper between us and it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/neo4j.ts'], {
    cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (b: Buffer) => { out += b.toString(); });
  child.stderr!.on('data', (b: Buffer) => { out += b.toString(); });
  return { child, output: () => out };
}

const runFile = path.join(dataDir, 'neo4j', 'main', 'run.json');
const jvmPid = () => (fs.existsSync(runFile) ? (JSON.parse(fs.readFileSync(runFile, 'utf8')) as { pid: number }).pid : 0);

describe('managed Neo4j lifecycle', () => {
  beforeAll(() => { fs.rmSync(dataDir, { recursive: true, force: true }); });
  afterAll(() => { fs.rmSync(dataDir, { recursive: true, force: true }); });

  it('Ctrl-C (SIGINT) stops the JVM cleanly', async () => {
    const cli = startCli();
    await waitFor(() => cli.output().includes('Ctrl-C stops it'), 150_000, 'Neo4j to start');
    const pid = jvmPid();
    expect(alive(pid)).toBe(true);
    cli.child.kill('SIGINT');
    await waitFor(() => cli.child.exitCode !== null, 60_000, 'the CLI to exit');
    await waitFor(() => !alive(pid), 30_000, 'the JVM to exit');
    expect(fs.readFileSync(path.join(dataDir, 'neo4j', 'main', 'logs', 'neo4j.log'), 'utf8')).toMatch(/Stopped\.\s*$/);
  });

  it('a parent killed with SIGKILL leaves no orphan JVM', async () => {
    const cli = startCli();
    await waitFor(() => cli.output().includes('Ctrl-C stops it'), 150_000, 'Neo4j to start');
    const pid = jvmPid();
    expect(alive(pid)).toBe(true);
    cli.child.kill('SIGKILL');
    await waitFor(() => !alive(pid), 60_000, 'the orphaned JVM to exit by itself');
  });

  it('reports a crash, answers 503 while Neo4j is away and recovers without a restart', async () => {
    const managed = new ManagedNeo4j({ root, dataDir, name: 'main', host: '127.0.0.1', preferredPort: 0, heap: '512m', pagecache: '64m', startTimeoutMs: 150_000 });
    await managed.start();
    const port = Number(new URL(managed.uri.replace('bolt', 'http')).port);
    const crashes: Error[] = [];
    managed.on('crash', (e: Error) => crashes.push(e));
    const driver = neo4j.driver(managed.uri, neo4j.auth.basic(managed.user, managed.password), { connectionAcquisitionTimeout: 2000, connectionTimeout: 1000, maxTransactionRetryTime: 1000 });
    const db = new Db(driver, { root, database: 'neo4j' });
    const app = createApp({ db, cfg: loadConfig({}, root), neo4jUri: managed.uri, managed: true });
    let restarted: ManagedNeo4j | null = null;
    try {
      await request(app).get('/api/health').expect(200);
      managed.kill('SIGKILL');
      await waitFor(() => crashes.length > 0, 10_000, 'the crash report');
      expect(crashes[0]!.message).toMatch(/Neo4j exited unexpectedly/);
      let t0 = Date.now();
      const down = await request(app).get('/api/search').query({ q: 'putin' });
      expect(down.status).toBe(503);
      expect(down.body.error.code).toBe('DATABASE_UNAVAILABLE');
      expect(Date.now() - t0).toBeLessThan(5000);
      expect((await request(app).get('/api/health')).status).toBe(503);

      restarted = new ManagedNeo4j({ root, dataDir, name: 'main', host: '127.0.0.1', preferredPort: port, heap: '512m', pagecache: '64m', startTimeoutMs: 150_000 });
      await restarted.start();
      expect(restarted.uri).toBe(managed.uri);
      t0 = Date.now();
      const back = await waitFor(async () => (await request(app).get('/api/health')).status === 200, 30_000, 'the API to recover');
      expect(back).toBe(true);
      // Recovery is the driver reconnecting on its own, not a timer of ours: it should be quick.
      expect(Date.now() - t0).toBeLessThan(15_000);
    } finally {
      await driver.close();
      await restarted?.stop();
      await managed.stop();
    }
  });
});
