// A small closed-loop load generator on node:http with keep-alive agents (no autocannon: the
// project installs nothing for benchmarks). `connections` loops each send a request, read the whole
// body, record the latency and go again, so concurrency is exact. The same driver (`closedLoop`)
// runs the in-process raw-driver calls, so both sides of a ratio are measured the same way.
import http from 'node:http';

export interface Window { warmupMs: number; durationMs: number; minRequests: number; maxMs: number }
export interface LoopResult { latencies: number[]; errors: number; statuses: Record<string, number>; elapsedMs: number }

/** Runs `call` from `connections` loops: untimed warm-up, then a window of at least durationMs and
 * minRequests (but never beyond maxMs). Latencies in ms of the window only. */
export async function closedLoop(connections: number, w: Window, call: () => Promise<string>): Promise<LoopResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let phase: 'warm' | 'measure' | 'stop' = 'warm';
  let t0 = 0;
  let lastEnd = 0;
  const warmEnd = performance.now() + w.warmupMs;
  const loop = async () => {
    while (phase !== 'stop') {
      const start = performance.now();
      let status: string;
      try { status = await call(); } catch (e) { status = `error:${(e as Error).message.slice(0, 40)}`; }
      const end = performance.now();
      if (phase === 'warm' && end >= warmEnd) { phase = 'measure'; t0 = end; continue; }
      if (phase !== 'measure' || start < t0) continue;
      latencies.push(end - start);
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
  return { latencies, errors, statuses, elapsedMs: Math.max(1, lastEnd - t0) };
}

export interface HttpTarget { method: 'GET' | 'POST'; path: string; body?: string }

/** One request through a keep-alive agent; resolves with the status code once the body is read. */
export function httpCaller(base: string, t: HttpTarget, agent: http.Agent): () => Promise<string> {
  const url = new URL(t.path, base);
  const body = t.body === undefined ? undefined : Buffer.from(t.body);
  return () => new Promise<string>((resolve, reject) => {
    const req = http.request(url, {
      method: t.method, agent,
      headers: body ? { 'content-type': 'application/json', 'content-length': body.length } : undefined,
    }, (res) => {
      // A failure keeps its error code ("413 QUERY_MEMORY_LIMIT"), so the report says which limit answered.
      const failed = (res.statusCode ?? 0) >= 400;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => { if (failed) chunks.push(c); });
      res.on('end', () => {
        if (!failed) { resolve(String(res.statusCode)); return; }
        let code = '';
        try { code = String((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { error?: { code?: unknown } }).error?.code ?? ''); } catch { /* not our JSON */ }
        resolve(code ? `${res.statusCode} ${code}` : String(res.statusCode));
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
