// The managed Neo4j's data folder (NEWSGRAPH_DATA_DIR): created and probed with a real write before
// anything else starts, so a folder that cannot be used fails at once with one sentence naming the
// folder, the cause and the fix, instead of a stack trace or a JVM that dies half-started.
import fs from 'node:fs';
import path from 'node:path';

export class DataFolderError extends Error {}

/** Fixed name, so an operator (or a test) can see and reason about the probe. */
export const PROBE_NAME = '.newsgraph-write-probe';
/** More than one filesystem block, so a disk with only a few bytes left fails here too. */
const PROBE_BYTES = 64 * 1024;

const CAUSES: Record<string, string> = {
  ENOTDIR: 'part of its path is a file, not a folder',
  EEXIST: 'it is a file, not a folder',
  ENOENT: 'it cannot be created there (a missing or virtual parent such as /proc)',
  EROFS: 'the filesystem is read-only',
  EACCES: 'permission is denied',
  EPERM: 'the operation is not permitted',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ELOOP: 'its path has a symbolic-link loop',
  ENAMETOOLONG: 'its path is too long',
  EIO: 'the disk reports an input/output error',
};
const FIXES: Record<string, string> = {
  ENOSPC: 'free some space on that disk or set NEWSGRAPH_DATA_DIR to a folder on another one',
  EDQUOT: 'free some space (or raise the quota) or set NEWSGRAPH_DATA_DIR to a folder elsewhere',
  EACCES: 'fix its permissions or set NEWSGRAPH_DATA_DIR to a folder you can write',
  EPERM: 'fix its permissions or set NEWSGRAPH_DATA_DIR to a folder you can write',
  EROFS: 'remount it read-write or set NEWSGRAPH_DATA_DIR to a folder on a writable disk',
  EIO: 'check the disk, or set NEWSGRAPH_DATA_DIR to a folder on another one',
};

/**
 * The one-line error for a filesystem failure inside the data folder, or null when `err` is not an
 * errno error (then the caller's own error is the better message).
 */
export function dataFolderError(err: unknown, dataDir: string): DataFolderError | null {
  const e = err as NodeJS.ErrnoException;
  if (!e || typeof e.code !== 'string' || !/^E[A-Z]+$/.test(e.code)) return null;
  const cause = CAUSES[e.code] ?? `the system said ${e.message.split('\n')[0]}`;
  const fix = FIXES[e.code] ?? 'set NEWSGRAPH_DATA_DIR to a writable folder on a disk with free space';
  const where = e.path && path.resolve(e.path) !== path.resolve(dataDir) ? ` at ${e.path}` : '';
  return new DataFolderError(`Cannot use the data folder ${dataDir} (NEWSGRAPH_DATA_DIR): ${cause} (${e.code}${e.syscall ? ` on ${e.syscall}` : ''}${where}). Fix: ${fix}.`);
}

/** Runs fs work on the data folder, turning errno failures into a DataFolderError. */
export function inDataFolder<T>(dataDir: string, work: () => T): T {
  try {
    return work();
  } catch (e) {
    throw dataFolderError(e, dataDir) ?? e;
  }
}

/**
 * mkdir -p, one level at a time from the deepest existing ancestor. Node 20's own recursive
 * mkdirSync loops forever where mkdir(2) answers ENOENT under an existing parent (e.g. in /proc).
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !fs.existsSync(d); d = path.dirname(d)) {
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      fs.mkdirSync(d);
    } catch (e) {
      // Someone else made it first: fine if it is a folder.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(d).isDirectory()) throw e;
    }
  }
}

/**
 * Creates <home>/{conf,data,logs} and writes, syncs and removes a probe file in <home>/data.
 * A real write, not access(2): root passes permission checks, and only a write shows a full disk.
 */
export function prepareDataFolder(dataDir: string, home: string): void {
  inDataFolder(dataDir, () => {
    if (fs.existsSync(dataDir) && !fs.statSync(dataDir).isDirectory()) {
      throw Object.assign(new Error('file exists'), { code: 'EEXIST', syscall: 'mkdir', path: dataDir });
    }
    for (const d of ['conf', 'data', 'logs']) makeDirs(path.join(home, d));
    const probe = path.join(home, 'data', PROBE_NAME);
    try {
      const fd = fs.openSync(probe, 'w');
      try {
        fs.writeSync(fd, Buffer.alloc(PROBE_BYTES));
        // Some filesystems (NFS, quotas) report a full disk only when the data reaches it.
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    } catch (e) {
      // Errors on a file descriptor carry no path; name the probe.
      throw Object.assign(e as NodeJS.ErrnoException, { path: (e as NodeJS.ErrnoException).path ?? probe });
    } finally {
      // Never let the clean-up hide the write's own error.
      try { fs.rmSync(probe, { force: true }); } catch { /* reported by the write, or harmless */ }
    }
  });
}

/** Neo4j's own words for a full disk: preallocating a transaction log, or a store write. */
const NEO4J_DISK_FULL = /running out of disk space|handleOutOfDiskSpaceError|No space left on device|Disk quota exceeded/i;

export interface LogMarks { files: string[]; sizes: number[] }

/** Where each log ends now, so a later check reads only what this start wrote (old incidents stay old). */
export function markLogs(files: string[]): LogMarks {
  return { files, sizes: files.map((f) => { try { return fs.statSync(f).size; } catch { return 0; } }) };
}

function readFrom(file: string, offset: number, max = 1024 * 1024): string {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const start = Math.max(offset > size ? 0 : offset, size - max);
      const buf = Buffer.alloc(size - start);
      fs.readSync(fd, buf, 0, buf.length, start);
      return buf.toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

/**
 * The one-line error when Neo4j stopped because the disk is full (it then prints a long, misleading
 * stack trace: 5.26 fails to mark the system database read-only), or null for any other failure.
 */
export function neo4jDiskFullError(dataDir: string, marks: LogMarks, stderr = ''): DataFolderError | null {
  const text = marks.files.map((f, i) => readFrom(f, marks.sizes[i] ?? 0)).join('\n') + stderr;
  if (!NEO4J_DISK_FULL.test(text)) return null;
  let free = '';
  try {
    const s = fs.statfsSync(dataDir);
    free = `, ${Math.floor((s.bavail * s.bsize) / 1024 ** 2)} MiB free`;
  } catch { /* the size is a nicety */ }
  return new DataFolderError(`Cannot use the data folder ${dataDir} (NEWSGRAPH_DATA_DIR): the disk is too full for Neo4j${free} (a new database preallocates 256 MiB of transaction log per database, about 512 MiB in all). Fix: free some space on that disk or set NEWSGRAPH_DATA_DIR to a folder on another one.`);
}
