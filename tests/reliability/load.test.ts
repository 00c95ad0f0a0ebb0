// Load: 64 concurrent keep-alive clients on a mixed read workload (search, entity, subgraph depth 1–2,
// paths, evidence, a Cypher read) against a listening server for RELIABILITY_LOAD_SECONDS (default
// 60). Asserted: zero errors (any non-200 or socket error). Latency percentiles go to
// artifacts/reliability/load.json. RELIABILITY_SOAK=1 adds a 10-minute soak recording server and JVM
// RSS over time (artifacts/reliability/soak.json) and asserts neither grows by more than half.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startTestServer, type TestServer } from '../setup/app-server';
import { readTestEnv } from '../setup/test-env';
import { percentile } from './helpers';

const CLIENTS = 64;
const SECONDS = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 60);
const SOAK = process.env.RELIABILITY_SOAK === '1';
const OUT = path.join(process.cwd(), 'artifacts', 'reliability');
// The load run measures the read path, not the guards: the per-address rate limit would stop 64
// clients on one address by design, and 64 clients need more than the default 4 Cypher slots.
const SETTINGS = { RATE_LIMIT_PER_MINUTE: '0', CYPHER_MAX_CONCURRENT: '64', LOG_LEVEL: 'silent' };

let srv: TestServer;
let agent: http.Agent;
let evidenceIds: string[] = [];
beforeAll(async () => {
  srv = await startTestServer(SETTINGS);
  agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const recs = await srv.db.driver.executeQuery('MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN DISTINCT r.id AS id LIMIT 200', {}, { database: srv.db.database });
  const candidates = recs.records.map((r) => String(r.get('id')));
  for (const id of candidates) {
    if ((await get(`/api/relations/${encodeURIComponent(id)}/evidence`)).status === 200) evidenceIds.push(id);
    if (evidenceIds.length >= 20) break;
  }
});
afterAll(async () => { agent?.destroy(); await srv?.close(); });

function get(p: string, body?: unknown): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const u = new URL(srv.url);
    const req = http.request({ host: u.hostname, port: u.port, path: p, method: data ? 'POST' : 'GET', agent, headers: data ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } : {} }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
      res.on('error', () => resolve({ status: -1, ms: performance.now() - t0 }));
    });
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: -1, ms: performance.now() - t0 }));
    req.end(data);
  });
}

const IDS = ['turkey', 'russia', 'vladimir-putin', 'ilham-aliyev', 'armenia', 'azerbaijan', 'csto'];
const Q = ['turkey', 'Thổ Nhĩ Kỳ', 'puti', 'Điện Kremlin', 'nga', 'armenia', 'a'];
const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
type Kind = 'search' | 'entity' | 'subgraph1' | 'subgraph2' | 'paths' | 'evidence' | 'cypher';
const KINDS: Kind[] = ['search', 'search', 'entity', 'entity', 'subgraph1', 'subgraph2', 'paths', 'evidence', 'cypher'];
function next(kind: Kind): [string, unknown?] {
  switch (kind) {
    case 'search': return [`/api/search?q=${encodeURIComponent(pick(Q))}&limit=10`];
    case 'entity': return [`/api/entities/${pick(IDS)}`];
    case 'subgraph1': return [`/api/subgraph?seeds=${pick(IDS)}&depth=1`];
    case 'subgraph2': return [`/api/subgraph?seeds=${pick(IDS)}&depth=2&limit=200`];
    case 'paths': { const a = pick(IDS); let b = pick(IDS); while (b === a) b = pick(IDS); return [`/api/paths?from=${a}&to=${b}`]; }
    case 'evidence': return [`/api/relations/${encodeURIComponent(pick(evidenceIds))}/evidence`];
    case 'cypher': return ['/api/cypher', { query: 'MATCH (n:Entity)-[r]->(m:Entity) WHERE n.id = $id RETURN n.id, type(r), m.id LIMIT 25', params: { id: pick(IDS) } }];
  }
}

async function drive(seconds: number) {
  const lat: number[] = [];
  const byKind: Record<string, number[]> = {};
  const errors: Record<string, number> = {};
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    while (Date.now() < deadline) {
      const kind = pick(KINDS);
      const [p, body] = next(kind);
      const r = await get(p, body);
      lat.push(r.ms);
      (byKind[kind] ??= []).push(r.ms);
      if (r.status !== 200) errors[`${kind} ${r.status}`] = (errors[`${kind} ${r.status}`] ?? 0) + 1;
    }
  }));
  const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return { n: s.length, p50: +percentile(s, 50).toFixed(1), p95: +percentile(s, 95).toFixed(1), p99: +percentile(s, 99).toFixed(1), max: +(s.at(-1) ?? 0).toFixed(1) }; };
  return { requests: lat.length, rps: +(lat.length / seconds).toFixed(1), errors, all: stats(lat), byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, stats(v)])) };
}

function jvmRssKb(): number | null {
  const pid = readTestEnv().pid;
  if (!pid) return null;
  try { return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN); } catch { return null; }
}

it(`${CLIENTS} keep-alive clients, mixed workload, ${SECONDS} s: zero errors`, async () => {
  expect(evidenceIds.length).toBeGreaterThan(0);
  const r = await drive(SECONDS);
  fs.mkdirSync(OUT, { recursive: true });
  const report = { at: new Date().toISOString(), clients: CLIENTS, seconds: SECONDS, settings: SETTINGS, cpus: (await import('node:os')).cpus().length, note: 'client and server share one Node process (jest worker); latency in ms', ...r };
  fs.writeFileSync(path.join(OUT, 'load.json'), JSON.stringify(report, null, 2));
  process.stderr.write(`[load] ${JSON.stringify({ requests: r.requests, rps: r.rps, all: r.all, errors: r.errors })}\n`);
  expect(r.errors).toEqual({});
  expect(r.requests).toBeGreaterThan(CLIENTS);
}, (SECONDS + 120) * 1000);

(SOAK ? it : it.skip)('soak (RELIABILITY_SOAK=1): 10 minutes, server and JVM RSS flat', async () => {
  const samples: { t: number; serverRssMb: number; jvmRssMb: number | null; requests: number; errors: number }[] = [];
  for (let minute = 0; minute < 10; minute++) {
    const r = await drive(60);
    samples.push({ t: minute + 1, serverRssMb: Math.round(process.memoryUsage().rss / 1e6), jvmRssMb: jvmRssKb() === null ? null : Math.round(jvmRssKb()! / 1024), requests: r.requests, errors: Object.values(r.errors).reduce((a, b) => a + b, 0) });
  }
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'soak.json'), JSON.stringify({ at: new Date().toISOString(), clients: CLIENTS, settings: SETTINGS, samples }, null, 2));
  expect(samples.every((s) => s.errors === 0)).toBe(true);
  // Flat: the last sample within 1.5× of the second (the first minute is warm-up).
  expect(samples[9]!.serverRssMb).toBeLessThan(samples[1]!.serverRssMb * 1.5);
  if (samples[1]!.jvmRssMb) expect(samples[9]!.jvmRssMb!).toBeLessThan(samples[1]!.jvmRssMb * 1.5);
}, 15 * 60_000);
