// Fuzzing from the OpenAPI document: for every GET/POST operation the app documents, fast-check
// builds requests from the parameter and body schemas, mixing valid-ish values with hostile ones
// (random and binary strings, emoji, RTL, NUL, huge and negative numbers, repeated keys for scalars,
// JSON nested 50–300 deep (deeper nesting is in hostile-input.test.ts), wrong types, extra keys). Each goes through supertest to the app with a deadline.
// Asserted: no 5xx except 503 DATABASE_UNAVAILABLE / 408 QUERY_TIMEOUT, no hang, every 4xx in the
// error shape, the commit endpoint never succeeds without a token, and the graph checksum unchanged.
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { startTestServer, type TestServer } from '../setup/app-server';
import { graphChecksum } from '../setup/checksum';
import { isErrorShape, pct } from './helpers';

/** Fixed base seed; operation i uses SEED + i. Reported in RELIABILITY.md. */
export const SEED = 20260807;
const TOTAL_RUNS = Number(process.env.RELIABILITY_FUZZ_RUNS ?? 10_200);

type Schema = {
  type?: string; enum?: unknown[]; minimum?: number; maximum?: number; minLength?: number; maxLength?: number;
  pattern?: string; format?: string; properties?: Record<string, Schema>; required?: string[]; items?: Schema;
  anyOf?: Schema[]; oneOf?: Schema[]; additionalProperties?: unknown; description?: string; $ref?: string;
};
interface Param { in: 'query' | 'path'; name: string; required?: boolean; schema: Schema }
interface Operation { method: 'get' | 'post'; path: string; params: Param[]; body?: Schema }
interface FuzzRequest { method: 'get' | 'post'; url: string; body?: unknown; rawBody?: string; contentType?: string }

let srv: TestServer;
let ops: Operation[] = [];
let before: Awaited<ReturnType<typeof graphChecksum>>;
const POOL = { ids: ['turkey', 'russia', 'vladimir-putin', 'ilham-aliyev', 'csto', 'armenia', 'azerbaijan'], words: [] as string[] };
const statuses = new Map<number, number>();
const timings: Record<string, number> = {};
let sent = 0;

beforeAll(async () => {
  // Rate limiting off: this suite sends >10,000 requests from one address on purpose.
  srv = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0', CYPHER_TIMEOUT_MS: '2000', CYPHER_MAX_ROWS: '200', CYPHER_MAX_CONCURRENT: '16' });
  before = await graphChecksum(srv.db);
  const doc = (await request(srv.url).get('/api/openapi.json').expect(200)).body as { paths: Record<string, Record<string, { parameters?: Param[]; requestBody?: { content: Record<string, { schema: Schema }> } }>> };
  for (const [p, byMethod] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(byMethod)) {
      if (m !== 'get' && m !== 'post') continue;
      ops.push({ method: m, path: p, params: op.parameters ?? [], body: op.requestBody?.content['application/json']?.schema });
    }
  }
  const vocab = (await request(srv.url).get('/api/vocabulary').expect(200)).body as { relationTypes: { type: string }[]; entityTypes: string[] };
  POOL.words = [...vocab.relationTypes.map((r) => r.type), ...vocab.entityTypes, 'asserted', 'planned', 'attributed', 'hypothetical', ...POOL.ids];
});
afterAll(async () => {
  const out = path.join(process.cwd(), 'artifacts', 'reliability');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'fuzz.json'), JSON.stringify({ seed: SEED, operations: ops.length, requests: sent, msPerOperation: timings, statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)) }, null, 2));
  await srv?.close();
});

// ---- value generators -------------------------------------------------------------------------
const HOSTILE_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '😀🔥👩‍👩‍👧‍👦', 'مرحبا بالعالم', 'שלום', '\u202Eevil\u202C', '\uFEFF', 'Thổ Nhĩ Kỳ', '１２３',
  "' OR 1=1 --", '"; MATCH (n) DETACH DELETE n //', '<script>alert(1)</script>', '../../../etc/passwd', '%00', '%', '%%%',
  '${jndi:ldap://x}', '__proto__', 'constructor', '*', '?', '~', '"', '\\', '\r\n', 'x'.repeat(201), 'y'.repeat(6000),
  'null', 'undefined', 'true', '[]', '{}', 'NaN', 'Infinity', '-Infinity', '1e308', '-1', '0', '-0', '1.5', '0x10', '99999999999999999999999',
  '9007199254740993', '2020-02-30', '0000-00-00', '9999-99-99', '2020-13-01',
];
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 64 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 64 }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 300 }), weight: 1 },
);
const hostileNumber: fc.Arbitrary<number | string> = fc.oneof(
  fc.constantFrom<number | string>(-1, 0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 64, 1.5, '1e400', '-5'),
  fc.integer(), fc.double({ noNaN: true }),
);
const isoDate = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function validishString(s: Schema, name: string): fc.Arbitrary<string> {
  if (s.enum) return fc.constantFrom(...(s.enum as string[]));
  if (s.pattern?.startsWith('^\\d{4}')) return isoDate;
  if (s.pattern) return fc.constantFrom(...POOL.ids);
  if (s.format === 'uri') return fc.webUrl();
  if (s.maxLength === 5000) return fc.subarray(POOL.words, { minLength: 1, maxLength: 4 }).map((a) => a.join(','));
  if (name === 'query') {
    return fc.constantFrom('MATCH (n:Entity) RETURN n LIMIT 5', 'RETURN $x AS x', 'MATCH (a)-[r]->(b) RETURN a, r, b LIMIT 3', 'UNWIND range(1, 500) AS x RETURN x',
      "MATCH (n:Entity {id: 'turkey'}) RETURN n", 'CREATE (n:Fuzz) RETURN n', 'MATCH (n) DETACH DELETE n', 'MATCH (n RETURN n');
  }
  if (name === 'text') return fc.constantFrom('Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Azerbaijan Ilham Aliyev.', 'Thổ Nhĩ Kỳ ủng hộ Azerbaijan.', 'x');
  return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) });
}

/** A value for a JSON schema: mostly valid-ish, sometimes hostile or the wrong type. */
function fromSchema(s: Schema, name: string, depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
    fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 50, max: 300 }).map(nested));
  const alts = s.anyOf ?? s.oneOf;
  let good: fc.Arbitrary<unknown>;
  if (alts) good = fc.oneof(...alts.map((a) => fromSchema(a, name, depth + 1)));
  else if (s.type === 'object' && s.properties) {
    const props = s.properties;
    const req = new Set(s.required ?? []);
    good = fc.tuple(
      ...Object.entries(props).map(([k, ps]) => fc.tuple(fc.constant(k), fromSchema(ps, k, depth + 1), fc.double({ min: 0, max: 1, noNaN: true }))),
      fc.option(fc.tuple(hostileString, fc.jsonValue({ maxDepth: 2 })), { freq: 6 }),
    ).map((parts) => {
      const extra = parts.pop() as [string, unknown] | null;
      const o: Record<string, unknown> = {};
      for (const [k, v, r] of parts as [string, unknown, number][]) if (r < (req.has(k) ? 0.93 : 0.5)) o[k] = v;
      if (extra) o[extra[0]] = extra[1];
      return o;
    });
  } else if (s.type === 'object') good = fc.oneof(fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }), fc.integer({ min: 50, max: 300 }).map((n) => ({ x: nested(n) })));
  else if (s.type === 'array' && s.items) good = fc.array(fromSchema(s.items, name, depth + 1), { maxLength: 6 });
  else if (s.type === 'integer' || s.type === 'number') good = fc.integer({ min: s.minimum ?? -1000, max: Math.min(s.maximum ?? 1000, 1e9) });
  else if (s.type === 'string') good = fc.oneof({ arbitrary: validishString(s, name), weight: 3 }, { arbitrary: hostileString, weight: 1 });
  else good = fc.jsonValue({ maxDepth: 3 });
  return depth > 3 ? good : fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: wrong, weight: 1 });
}

function nested(n: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < n; i++) v = [v];
  return v;
}

function paramValue(p: Param): fc.Arbitrary<string> {
  const s = p.schema;
  const good = s.type === 'integer' || s.type === 'number'
    ? fc.integer({ min: s.minimum ?? -10, max: s.maximum ?? 10 }).map(String)
    : validishString(s, p.name);
  return fc.oneof({ arbitrary: good, weight: 3 }, { arbitrary: hostileString, weight: 2 }, { arbitrary: hostileNumber.map(String), weight: 1 });
}

function requestFor(op: Operation): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const pathArb = fc.tuple(...pathParams.map((p) => paramValue(p))).map((vals) => {
    let url = op.path;
    pathParams.forEach((p, i) => { url = url.replace(`{${p.name}}`, vals[i] === '' ? '' : pct(vals[i]!)); });
    return url;
  });
  // Each query parameter: absent, once, or repeated (an array where a scalar is expected).
  const queryArb = fc.tuple(
    ...queryParams.map((p) => fc.tuple(fc.constant(p.name), fc.array(paramValue(p), { minLength: 0, maxLength: 3 }), fc.boolean()).map(([n, vs, keep]) =>
      (p.required || keep ? vs : vs.slice(0, 0)).map((v) => `${pct(n)}=${pct(v)}`).join('&'))),
    fc.option(fc.tuple(hostileString, hostileString).map(([k, v]) => `${pct(k) || 'k'}=${pct(v)}`), { freq: 5 }),
  ).map((parts) => parts.filter((x): x is string => !!x).join('&'));
  const bodyArb: fc.Arbitrary<Pick<FuzzRequest, 'body' | 'rawBody' | 'contentType'>> = op.method === 'post' && op.body
    ? fc.oneof(
      { arbitrary: fromSchema(op.body, '').map((body) => ({ body })), weight: 12 },
      { arbitrary: fc.constantFrom('{"query": ', '{', '[1,2', '{"a":1}}', 'nul', '\u0000', '{"query":"RETURN 1"}'.repeat(2)).map((rawBody) => ({ rawBody, contentType: 'application/json' })), weight: 1 },
      { arbitrary: fc.tuple(hostileString, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x')).map(([rawBody, contentType]) => ({ rawBody, contentType })), weight: 1 },
      { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((body) => ({ body })), weight: 1 },
    )
    : fc.constant({});
  return fc.tuple(pathArb, queryArb, bodyArb).map(([p, q, b]) => ({ method: op.method, url: q ? `${p}?${q}` : p, ...b }));
}

const CONCURRENCY = 8;
async function pool<T>(items: T[], n: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) { const k = next++; await work(items[k]!, k); }
  }));
}

async function send(r: FuzzRequest): Promise<request.Response> {
  let t = request(srv.url)[r.method](r.url).timeout({ response: 15_000, deadline: 20_000 });
  if (r.rawBody !== undefined) t = t.set('Content-Type', r.contentType ?? 'application/json').send(r.rawBody);
  else if (r.body !== undefined) t = t.set('Content-Type', 'application/json').send(JSON.stringify(r.body));
  // Never parse non-JSON downloads into objects; only errors are inspected.
  return t.ok(() => true);
}

function check(op: Operation, r: FuzzRequest, res: request.Response): void {
  sent += 1;
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  const where = `${r.method.toUpperCase()} ${r.url.slice(0, 200)} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
  if (res.status >= 500) {
    const okCodes: Record<number, string> = { 503: 'DATABASE_UNAVAILABLE' };
    if (okCodes[res.status] !== res.body?.error?.code) throw new Error(`server error: ${where}`);
  }
  if (res.status === 408 && res.body?.error?.code !== 'QUERY_TIMEOUT') throw new Error(`408 without QUERY_TIMEOUT: ${where}`);
  if (res.status >= 400 && !isErrorShape(res.body)) throw new Error(`error not in the error shape: ${where}`);
  if (op.path === '/api/articles/commit' && res.status < 400) throw new Error(`commit succeeded without a token: ${where}`);
  if (res.status < 200 || (res.status >= 300 && res.status < 400)) throw new Error(`unexpected status: ${where}`);
}

describe('OpenAPI-driven fuzzing', () => {
  it('documents every GET/POST endpoint it will fuzz', () => {
    expect(ops.length).toBeGreaterThanOrEqual(17);
    expect(ops.map((o) => `${o.method} ${o.path}`)).toEqual(expect.arrayContaining(['post /api/cypher', 'post /api/articles/commit', 'get /api/entities/{id}', 'get /api/subgraph']));
  });

  it(`sends ≥10,000 generated requests (seed ${SEED}): no 5xx, no hang, error shape, nothing written`, async () => {
    const perOp = Math.ceil(TOTAL_RUNS / ops.length);
    const failures: string[] = [];
    for (const [i, op] of ops.entries()) {
      const t0 = performance.now();
      // fc.sample with a fixed seed: the same requests every run; a pool sends them concurrently.
      const reqs = fc.sample(requestFor(op), { numRuns: perOp, seed: SEED + i });
      await pool(reqs, op.path.startsWith('/api/articles') ? 2 : CONCURRENCY, async (r, k) => {
        try { check(op, r, await send(r)); } catch (e) { failures.push(`[op ${i} sample ${k}] ${(e as Error).message} :: ${r.method} ${r.url.slice(0, 100)} ${JSON.stringify(r.body ?? r.rawBody ?? '').slice(0, 300)}`); }
      });
      timings[`${op.method} ${op.path}`] = Math.round(performance.now() - t0);
    }
    expect(failures.slice(0, 20)).toEqual([]);
    // Unknown routes and methods under /api answer 404 in the error shape.
    await fc.assert(fc.asyncProperty(fc.tuple(fc.constantFrom<'get' | 'post'>('get', 'post'), fc.array(hostileString, { minLength: 1, maxLength: 3 })), async ([method, segs]) => {
      const r: FuzzRequest = { method, url: `/api/zz-${segs.map((s) => pct(s) || 'x').join('/')}` };
      const res = await send(r);
      check(ops[0]!, r, res);
      expect(method === 'post' ? [404, 415] : [404]).toContain(res.status);
    }), { numRuns: 200, seed: SEED - 1, endOnFailure: true });
    expect(sent).toBeGreaterThanOrEqual(Math.min(TOTAL_RUNS, 10_000));
  }, 600_000);

  it('left the database byte-for-byte unchanged and the server healthy', async () => {
    expect(await graphChecksum(srv.db)).toEqual(before);
    const h = await request(srv.url).get('/api/health').expect(200);
    expect(h.body.status).toBe('ok');
  });
});
