// A data folder (NEWSGRAPH_DATA_DIR) that cannot be used: `npm start` and `npm run seed`, spawned as
// child processes, must print ONE line naming the folder, the cause and the fix, exit 1 quickly,
// and show no stack trace. Every failure is real, never mocked (the tests run as root, so chmod
// would not stop a write): a file in the path (ENOTDIR, EEXIST), a path under /proc (cannot be
// created; Node's own recursive mkdir loops forever there), sysfs (EPERM/EROFS), a probe file that
// is a symlink to /dev/full (ENOSPC on write), and where mount(8) is allowed a read-only tmpfs
// (EROFS), a full tmpfs (ENOSPC) and a tmpfs too small for Neo4j's transaction logs (Neo4j itself
// fails). Plus the API's answer once Neo4j has panicked on a full disk.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toErrorResponse } from '../../server/api/errors';
import { PROBE_NAME } from '../../server/neo4j/data-folder';

const root = process.cwd();
let work: string;
const mounts: string[] = [];

interface Run { code: number | null; signal: NodeJS.Signals | null; out: string; ms: number }

/** Runs a CLI from a scratch root (cypher/, seeds/, neo4j/ only: nothing is built or written in the tree). */
function cli(name: 'start' | 'seed', dataDir: string, timeoutMs = 30_000, extra: Record<string, string> = {}): Promise<Run> {
  const loader = pathToFileURL(path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', loader, path.join(root, 'server', 'cli', `${name}.ts`)], {
      cwd: work,
      env: {
        PATH: process.env.PATH, HOME: process.env.HOME, NEWSGRAPH_DATA_DIR: dataDir,
        NEO4J_BOLT_PORT: '0', PORT: '0', NEWSGRAPH_AUTO_SEED: 'false', LOG_LEVEL: 'warn', ...extra,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => { out += c.toString(); });
    child.stderr!.on('data', (c: Buffer) => { out += c.toString(); });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code, signal) => { clearTimeout(timer); resolve({ code, signal, out, ms: Date.now() - t0 }); });
  });
}

/** Exit 1, in time, one line `error: Cannot use the data folder <dir> (NEWSGRAPH_DATA_DIR): <cause> … Fix: …`, no stack. */
function expectOneClearLine(r: Run, dir: string, cause: RegExp, maxMs = 20_000): void {
  expect(r.signal).toBeNull();
  expect(r.code).toBe(1);
  expect(r.ms).toBeLessThan(maxMs);
  const lines = r.out.split('\n').filter((l) => l.trim() !== '');
  expect(lines).toHaveLength(1);
  const line = lines[0]!;
  expect(line.startsWith(`error: Cannot use the data folder ${dir} (NEWSGRAPH_DATA_DIR): `)).toBe(true);
  expect(line).toMatch(cause);
  expect(line).toMatch(/Fix: .*NEWSGRAPH_DATA_DIR/);
  expect(r.out).not.toMatch(/^\s+at /m);
  expect(r.out).not.toMatch(/node:internal|\.ts:\d+/);
}

/** mount(8) a tmpfs, or null where that is not allowed (not root, no CAP_SYS_ADMIN). */
function mountTmpfs(options: string): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-tmpfs-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) {
    fs.rmdirSync(dir);
    process.stderr.write(`[data-folder] mount -t tmpfs not allowed here (${(r.stderr || r.error?.message || '').trim()}): skipped\n`);
    return null;
  }
  mounts.push(dir);
  return dir;
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-datadir-'));
  for (const d of ['cypher', 'seeds', 'neo4j']) fs.symlinkSync(path.join(root, d), path.join(work, d));
  fs.writeFileSync(path.join(work, 'a-file'), 'not a folder\n');
});
afterAll(() => {
  for (const m of mounts) { spawnSync('umount', ['-l', m]); fs.rmSync(m, { recursive: true, force: true }); }
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('a data folder that cannot be used: one line, exit 1, no stack trace', () => {
  it('its parent is a regular file (ENOTDIR): npm start and npm run seed', async () => {
    const dir = path.join(work, 'a-file', 'data');
    for (const name of ['start', 'seed'] as const) {
      expectOneClearLine(await cli(name, dir), dir, /part of its path is a file, not a folder \(ENOTDIR on mkdir\)/);
    }
  });
  it('it is itself a regular file (EEXIST)', async () => {
    const dir = path.join(work, 'a-file');
    expectOneClearLine(await cli('start', dir), dir, /it is a file, not a folder \(EEXIST/);
  });
  it('it is under /proc, where nothing can be created (ENOENT; Node\'s recursive mkdir hangs there)', async () => {
    const dir = `/proc/newsgraph-${process.pid}`;
    expectOneClearLine(await cli('seed', dir), dir, /cannot be created there .*\(ENOENT on mkdir/);
  });
  it('it is under /sys (EPERM, or EROFS where sysfs is mounted read-only)', async () => {
    const dir = `/sys/newsgraph-${process.pid}`;
    expectOneClearLine(await cli('seed', dir), dir, /(operation is not permitted \(EPERM|filesystem is read-only \(EROFS) on mkdir/);
  });
  it('the disk is full: the write probe is a symlink to /dev/full (ENOSPC on write)', async () => {
    const dir = path.join(work, 'full');
    const data = path.join(dir, 'neo4j', 'main', 'data');
    fs.mkdirSync(data, { recursive: true });
    fs.symlinkSync('/dev/full', path.join(data, PROBE_NAME));
    const r = await cli('start', dir);
    expectOneClearLine(r, dir, new RegExp(`the disk is full \\(ENOSPC on write at ${data}/${PROBE_NAME.replace('.', '\\.')}\\)\\. Fix: free some space`));
  });
});

describe('real filesystems (tmpfs; skipped where mount is not allowed)', () => {
  it('a read-only filesystem (EROFS)', async () => {
    const m = mountTmpfs('ro,size=1m');
    if (!m) return;
    const dir = path.join(m, 'data');
    expectOneClearLine(await cli('seed', dir), dir, /the filesystem is read-only \(EROFS on mkdir.*Fix: remount it read-write/);
  });
  it('a full disk (ENOSPC): a 1 MiB tmpfs filled to the last byte', async () => {
    const m = mountTmpfs('size=1m');
    if (!m) return;
    // Fill it: write until the filesystem refuses.
    const fd = fs.openSync(path.join(m, 'filler'), 'w');
    try { for (;;) fs.writeSync(fd, Buffer.alloc(64 * 1024)); } catch (e) { expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC'); } finally { fs.closeSync(fd); }
    expectOneClearLine(await cli('start', m), m, /the disk is full \(ENOSPC on (mkdir|write)/);
  });
  it('a disk with too little room for Neo4j (64 MiB): Neo4j itself fails, reported as one line', async () => {
    const m = mountTmpfs('size=64m');
    if (!m) return;
    // The jar list the global setup resolved, so no Maven run is needed on the small disk.
    fs.mkdirSync(path.join(m, 'neo4j'));
    fs.copyFileSync(path.join(root, '.data', 'neo4j', 'classpath.txt'), path.join(m, 'neo4j', 'classpath.txt'));
    const r = await cli('seed', m, 170_000, { NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '32m' });
    expectOneClearLine(r, m, /the disk is too full for Neo4j, \d+ MiB free \(a new database preallocates/, 170_000);
    process.stderr.write(`[data-folder] 64 MiB tmpfs: Neo4j gave up after ${r.ms} ms: ${r.out.trim()}\n`);
  }, 180_000);
});

describe('the API once Neo4j has panicked (observed on a full disk)', () => {
  it('maps the "needs to be restarted" errors to 503 DATABASE_UNAVAILABLE, not 500', () => {
    // The codes and message Neo4j 5.26 returned after its disk filled up under writes (RELIABILITY.md).
    const neo = (code: string, message: string) => Object.assign(new Error(message), { name: 'Neo4jError', code });
    for (const e of [
      neo('Neo.DatabaseError.Transaction.TransactionStartFailed', 'The database has encountered a critical error, and needs to be restarted. Please see database logs for more details.'),
      neo('Neo.DatabaseError.Transaction.TransactionCommitFailed', 'Could not apply the transaction: Transaction #124 … to the store after written to log.'),
    ]) {
      const r = toErrorResponse(e);
      expect(r.status).toBe(503);
      expect(r.body.error.code).toBe('DATABASE_UNAVAILABLE');
      expect(r.body.error.message).toMatch(/needs a restart/);
    }
  });
});
