// Keeps the managed Neo4j serving: restarts it when it exits, when it stops answering, and when a
// transaction runs past every timeout (a runaway expression such as reduce() over a huge range is
// never stopped by Neo4j's own transaction timeout; it burns a core until the JVM goes). The rules
// are in supervision.ts; this file only runs the timers and the process.
import neo4j, { type Driver } from 'neo4j-driver';
import { withDeadline } from './deadline';
import type { ManagedNeo4j } from './managed';
import { query } from './queries';
import { decide, DEFAULT_POLICY, type SupervisionPolicy, type SupervisionState } from './supervision';
import { toNumber } from './values';

export interface SupervisorOptions {
  root: string;
  database: string;
  intervalMs?: number;
  policy?: Partial<SupervisionPolicy>;
  log?: (level: 'info' | 'warn' | 'error', msg: string) => void;
}

export interface Supervisor {
  readonly restarts: number;
  stop(): Promise<void>;
}

export function supervise(managed: ManagedNeo4j, o: SupervisorOptions): Supervisor {
  const policy = { ...DEFAULT_POLICY, ...o.policy };
  const intervalMs = o.intervalMs ?? 5_000;
  const log = o.log ?? (() => {});
  const state: SupervisionState = { lastAliveAt: Date.now(), longestTxMs: 0, running: managed.running, failedRestarts: 0, lastFailureAt: 0 };
  let restarts = 0;
  let busy = false;
  let stopped = false;
  // Its own small driver: a probe must not queue behind the app's busy connection pool.
  let driver: Driver | null = null;
  const probeDriver = () => (driver ??= neo4j.driver(managed.uri, neo4j.auth.basic(managed.user, managed.password), {
    maxConnectionPoolSize: 2, connectionAcquisitionTimeout: 3_000, connectionTimeout: 3_000,
  }));

  async function probe(): Promise<void> {
    const timeout = Math.max(1_000, Math.min(intervalMs, 5_000));
    const d = probeDriver();
    try {
      // The server-side timeout cannot fire in a JVM stalled by garbage collection, and the driver
      // would wait for its answer forever; without this deadline the supervisor stopped checking.
      const res = await withDeadline(d.executeQuery(query(o.root, 'runaway-transactions'), { olderThanMs: neo4j.int(Math.floor(policy.runawayMs / 2)) },
        { database: o.database, transactionConfig: { timeout } }), timeout + 3_000);
      state.lastAliveAt = Date.now();
      state.longestTxMs = Math.max(0, ...res.records.map((r) => toNumber(r.get('ms'))));
    } catch {
      state.longestTxMs = 0; // unknown; the unresponsive rule takes over
      // A hung connection stays in the pool; start the next probe on a fresh driver.
      if (driver === d) driver = null;
      void d.close().catch(() => {});
    }
  }

  async function tick(): Promise<void> {
    if (busy || stopped) return;
    busy = true;
    try {
      state.running = managed.running;
      if (state.running) await probe();
      const d = decide(state, Date.now(), policy);
      if (d.action === 'kill') {
        log('error', `Restarting Neo4j: ${d.reason}.`);
        managed.kill('SIGKILL');
        await managed.exited;
        state.running = false;
      }
      if (d.action === 'restart' || d.action === 'kill') await restart(d.reason);
    } finally {
      busy = false;
    }
  }

  async function restart(reason: string): Promise<void> {
    if (stopped) return;
    const d = decide({ ...state, running: false }, Date.now(), policy);
    if (d.action === 'wait') return;
    try {
      log('warn', `Starting Neo4j again (${reason})…`);
      await managed.start();
      restarts += 1;
      state.failedRestarts = 0;
      state.lastAliveAt = Date.now();
      state.longestTxMs = 0;
      state.running = true;
      log('info', `Neo4j is back on ${managed.uri}.`);
    } catch (e) {
      state.failedRestarts += 1;
      state.lastFailureAt = Date.now();
      log('error', `Neo4j did not start again: ${(e as Error).message}`);
    }
  }

  const onCrash = () => { state.running = false; setImmediate(() => void tick()); };
  managed.on('crash', onCrash);
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();

  return {
    get restarts() { return restarts; },
    async stop() {
      stopped = true;
      clearInterval(timer);
      managed.off('crash', onCrash);
      await driver?.close().catch(() => {});
    },
  };
}
