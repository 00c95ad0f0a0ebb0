// A small closed-loop load generator on node:http with keep-alive agents (no autocannon: the
// project installs nothing for benchmarks). `connections` loops each send a request, read the whole
// body, record the latency and go again, so concurrency is exact. The same driver (`closedLoop`)
// runs the in-process raw-driver calls, so both sides of a ratio are measured the same way.
import http from 'node:http';
import { appDurationMs } from '../../server/api/timing';

export interface Window { warmupMs: number; durationMs: number; minRequests: number; maxMs: number }
export interface LoopResult {
  latencies: number[];
  /** The server's own time per response (its Server-Timing header), where it sent one. */
  serverMs: number[];
  errors: number;
  statuses: Record<string, number>;
  elapsedMs: number;
}
/** A call's outcome: its status, and the server's own time when it reported one. */
export type Outcome = string | { status: string; serverMs?: number };

/** Runs `call` from `connections` loops: untimed warm-up, then a window of at least durationMs and
 * minRequests (but never beyond maxMs). Latencies in ms of the window only. */
export async function closedLoop(connections: number, w: Window, call: () => Promise<Outcome>): Promise<LoopResult> {
  const latencies: number[] = [];
  const serverMs: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let phase: 'warm' | 'measure' | 'stop' = 'warm';
  let t0 = 0;
  let lastEnd = 0;
  const warmEnd = performance.now() + w.warmupMs;
  const loop = async () => {
    while (phase !== 'stop') {
      const start = performance.now();
      let out: Outcome;
      try { out = await call(); } catch (e) { out = `error:${(e as Error).message.slice(0, 40)}`; }
      const status = typeof out === 'string' ? out : out.status;
      const end = performance.now();
      if (phase === 'warm' && end >= warmEnd) { phase = 'measure'; t0 = end; continue; }
      if (phase !== 'measure' || start < t0) continue;
      latencies.push(end - start);
      if (typeof out !== 'string' && out.serverMs !== undefined) serverMs.push(out.serverMs);
      lastEnd = end;
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (!status.startsWith('2') && status !== 'ok') errors += 1;
      const el = end - t0;
      if ((el >= w.durationMs && latencies.length >= w.minRequests) || el >= w.maxMs) phase = 'stop';
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  // Throughput over the window up to the last recorded response (in-flight requests finishing after
  // the stop are neither counted nor timed).
  return { latencies, serverMs, errors, statuses, elapsedMs: Math.max(1, lastEnd - t0) };
}

export interface HttpTarget { method: 'GET' | 'POST'; path: string; body?: string }

/** One request through a keep-alive agent; resolves with the status code (and the server's own
 *  time from Server-Timing) once the body is read. */
export function httpCaller(base: string, t: HttpTarget, agent: http.Agent): () => Promise<Outcome> {
  const url = new URL(t.path, base);
  const body = t.body === undefined ? undefined : Buffer.from(t.body);
  return () => new Promise<Outcome>((resolve, reject) => {
    const req = http.request(url, {
      method: t.method, agent,
      headers: body ? { 'content-type': 'application/json', 'content-length': body.length } : undefined,
    }, (res) => {
      // A failure keeps its error code ("413 QUERY_MEMORY_LIMIT"), so the report says which limit answered.
      const failed = (res.statusCode ?? 0) >= 400;
      const serverMs = appDurationMs(res.headers['server-timing']);
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => { if (failed) chunks.push(c); });
      res.on('end', () => {
        if (!failed) { resolve({ status: String(res.statusCode), serverMs }); return; }
        let code = '';
        try { code = String((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { error?: { code?: unknown } }).error?.code ?? ''); } catch { /* not our JSON */ }
        resolve({ status: code ? `${res.statusCode} ${code}` : String(res.statusCode), serverMs });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function agentFor(connections: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
}
