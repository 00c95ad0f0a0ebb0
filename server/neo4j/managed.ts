// The managed Neo4j: the real Neo4j Community 5.26 server, run from Maven Central jars through
// neo4j/Launcher.java, with its data under the project's git-ignored data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { resolveClasspath } from './classpath';
import { renderNeo4jConf } from './neo4j-conf';
import { freePort } from './ports';
import { inDataFolder, markLogs, neo4jDiskFullError, prepareDataFolder } from './data-folder';
import { checkPrerequisites } from './prerequisites';

export interface ManagedNeo4jOptions {
  root: string;
  dataDir: string;
  /** Instance name: its folder under <dataDir>/neo4j/ (the app uses "main", tests "test"). */
  name: string;
  host: string;
  preferredPort: number;
  heap: string;
  pagecache: string;
  startTimeoutMs: number;
  progress?: boolean;
  log?: (msg: string) => void;
}

export interface RunInfo { pid: number; ownerPid: number; uri: string; password: string }

export class Neo4jStartError extends Error {}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function tailOf(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
    s.setTimeout(1000, () => { s.destroy(); resolve(false); });
  });
}

export class ManagedNeo4j extends EventEmitter {
  readonly home: string;
  readonly user = 'neo4j';
  uri = '';
  password = '';
  private child: ChildProcess | null = null;
  private stopping = false;
  private port = 0;
  private exitedP: Promise<number | null> = Promise.resolve(null);

  constructor(private readonly o: ManagedNeo4jOptions) {
    super();
    this.home = path.join(o.dataDir, 'neo4j', o.name);
  }

  get pid(): number | undefined { return this.child?.pid; }
  /** Resolves when the current JVM has exited (at once when none runs). */
  get exited(): Promise<number | null> { return this.exitedP; }
  get running(): boolean { return this.child !== null && this.child.exitCode === null && this.child.signalCode === null; }
  get runFile(): string { return path.join(this.home, 'run.json'); }
  get logFile(): string { return path.join(this.home, 'logs', 'neo4j.log'); }

  async start(): Promise<void> {
    const log = this.o.log ?? (() => {});
    // The data folder first (a real write): the commonest start failure, found without Java or Maven.
    prepareDataFolder(this.o.dataDir, this.home);
    checkPrerequisites();
    const classpath = await resolveClasspath({ root: this.o.root, dataDir: this.o.dataDir, progress: this.o.progress });
    // A restart keeps the port: the app's driver holds this URI.
    const want = this.port || this.o.preferredPort;
    const port = await freePort(this.o.host, want);
    if (this.port && port !== this.port) throw new Neo4jStartError(`Cannot restart Neo4j: its Bolt port ${this.port} is taken by another process.`);
    if (want && port !== want) log(`Bolt port ${want} is taken; using ${port}`);
    this.port = port;
    this.stopping = false;
    inDataFolder(this.o.dataDir, () => fs.writeFileSync(path.join(this.home, 'conf', 'neo4j.conf'), renderNeo4jConf({
      dataDir: path.join(this.home, 'data'), logsDir: path.join(this.home, 'logs'),
      host: this.o.host, boltPort: port, pagecache: this.o.pagecache,
    })));

    // The password is written before the first start and set right after it, so no crash in
    // between can lose it (a retry finds the file and finishes the job).
    const pwFile = path.join(this.home, 'password');
    const hasStore = fs.existsSync(path.join(this.home, 'data', 'databases', 'system'));
    if (hasStore && !fs.existsSync(pwFile)) {
      throw new Neo4jStartError(`The Neo4j password file ${pwFile} is missing; delete ${this.home} to start from an empty database.`);
    }
    if (!fs.existsSync(pwFile)) inDataFolder(this.o.dataDir, () => fs.writeFileSync(pwFile, crypto.randomBytes(18).toString('base64url'), { mode: 0o600 }));
    const password = fs.readFileSync(pwFile, 'utf8').trim();

    const args = [
      // No -XX:+ExitOnOutOfMemoryError: without it Neo4j answers a console query that fills the heap
      // with Neo.TransientError.General.OutOfMemoryError and keeps serving (tested in
      // tests/reliability/runaway.test.ts); with it, one such query took the whole server down.
      // ParallelGC was tried as well and left the server unresponsive; G1 recovers.
      `-Xms${this.o.heap}`, `-Xmx${this.o.heap}`, '-XX:+UseG1GC', '-Dfile.encoding=UTF-8',
      '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
      '-cp', classpath, path.join(this.o.root, 'neo4j', 'Launcher.java'),
      `--home-dir=${this.home}`, `--config-dir=${path.join(this.home, 'conf')}`,
    ];
    const t0 = Date.now();
    const logMarks = markLogs([this.logFile, path.join(this.home, 'logs', 'debug.log')]);
    const stderrTail: string[] = [];
    // stdin stays a pipe we never write to: Launcher.java exits when it closes (see there).
    const child = spawn('java', args, { stdio: ['pipe', 'ignore', 'pipe'], cwd: this.home });
    this.child = child;
    child.stderr?.on('data', (b: Buffer) => {
      stderrTail.push(...b.toString('utf8').split('\n').filter(Boolean));
      stderrTail.splice(0, Math.max(0, stderrTail.length - 30));
    });
    this.exitedP = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    let exitCode: number | null | undefined;
    void this.exitedP.then((code) => {
      exitCode = code;
      fs.rmSync(this.runFile, { force: true });
      if (!this.stopping) {
        const msg = `Neo4j exited unexpectedly (code ${code}). Last lines of ${this.logFile}:\n${tailOf(this.logFile, 15)}\n${stderrTail.join('\n')}`;
        this.emit('crash', new Error(msg));
      }
    });

    this.uri = `bolt://${this.o.host}:${port}`;
    const deadline = t0 + this.o.startTimeoutMs;
    while (!(await canConnect(this.o.host, port))) {
      if (exitCode !== undefined) {
        throw neo4jDiskFullError(this.o.dataDir, logMarks, stderrTail.join('\n')) ?? new Neo4jStartError(`Neo4j failed to start (exit ${exitCode}). Last lines of ${this.logFile}:\n${tailOf(this.logFile, 20)}\n${stderrTail.join('\n')}`);
      }
      if (Date.now() > deadline) {
        await this.stop();
        throw new Neo4jStartError(`Neo4j did not open Bolt on ${this.uri} within ${this.o.startTimeoutMs} ms (NEO4J_START_TIMEOUT_MS). See ${this.logFile}.`);
      }
      await sleep(200);
    }
    this.password = password;
    await this.ensurePassword();
    await this.waitForDatabase(deadline);
    const info: RunInfo = { pid: child.pid ?? 0, ownerPid: process.pid, uri: this.uri, password };
    fs.writeFileSync(this.runFile, JSON.stringify(info), { mode: 0o600 });
    log(`Neo4j ${hasStore ? '' : 'created and '}started on ${this.uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  private async ensurePassword(): Promise<void> {
    const ours = neo4j.driver(this.uri, neo4j.auth.basic(this.user, this.password));
    try {
      if (await ours.verifyAuthentication()) return;
    } catch {
      // A new DBMS still has neo4j/neo4j with a forced change: make the change once.
    } finally {
      await ours.close();
    }
    const initial = neo4j.driver(this.uri, neo4j.auth.basic('neo4j', 'neo4j'));
    try {
      await initial.executeQuery('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: 'neo4j', new: this.password }, { database: 'system' });
    } catch (e) {
      throw new Neo4jStartError(`Cannot log in to the managed Neo4j with the password in ${path.join(this.home, 'password')}: ${(e as Error).message}. Delete ${this.home} to start afresh.`);
    } finally {
      await initial.close();
    }
  }

  private async waitForDatabase(deadline: number): Promise<void> {
    const driver = neo4j.driver(this.uri, neo4j.auth.basic(this.user, this.password));
    try {
      for (;;) {
        try {
          await driver.executeQuery('RETURN 1', {}, { database: 'neo4j' });
          return;
        } catch (e) {
          if ((e as { code?: string }).code?.startsWith('Neo.ClientError.Security')) throw new Neo4jStartError(`Neo4j refused our credentials: ${(e as Error).message}`);
          if (Date.now() > deadline) throw new Neo4jStartError(`Neo4j is up but its database did not come online: ${(e as Error).message}`);
          await sleep(250);
        }
      }
    } finally {
      await driver.close();
    }
  }

  /** Stops the JVM cleanly (SIGTERM, then SIGKILL after the grace period). Idempotent. */
  async stop(graceMs = 30_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.stopping = true;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await this.exitedP;
    clearTimeout(timer);
    child.stdin?.destroy();
  }

  /** Simulates a crash (tests and fault drills). */
  kill(signal: NodeJS.Signals = 'SIGKILL'): void {
    this.child?.kill(signal);
  }
}

/** The run file of an instance started by another process, if that instance still answers. */
export async function findRunning(dataDir: string, name: string, host: string): Promise<RunInfo | null> {
  const file = path.join(dataDir, 'neo4j', name, 'run.json');
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as RunInfo;
    process.kill(info.pid, 0);
    const port = Number(new URL(info.uri.replace(/^bolt/, 'http')).port);
    return (await canConnect(host, port)) ? info : null;
  } catch {
    return null;
  }
}
