// Limits with small settings: query timeout → 408 QUERY_TIMEOUT, row cap → truncated, one Cypher
// query at a time → 429, 10kb bodies → 413, and the per-address rate limit → 429 with Retry-After
// after the burst, while /api/health (not rate limited) keeps answering. The rate limit gets its own
// server so the other checks do not spend its 5-request burst.
import request from 'supertest';
import { rateLimit } from '../../server/api/rate-limit';
import { startTestServer, type TestServer } from '../setup/app-server';
import { isErrorShape } from './helpers';

const SMALL = { CYPHER_TIMEOUT_MS: '500', CYPHER_MAX_ROWS: '10', CYPHER_MAX_CONCURRENT: '1', BODY_LIMIT: '10kb' };
const SLOW = 'MATCH (a), (b), (c), (d) WHERE a.id + b.id + c.id <> d.id RETURN count(*)';

describe('query, row, concurrency and body limits', () => {
  let srv: TestServer;
  beforeAll(async () => { srv = await startTestServer({ ...SMALL, RATE_LIMIT_PER_MINUTE: '0' }); });
  afterAll(async () => { await srv.close(); });
  const cypher = (query: string) => request(srv.url).post('/api/cypher').send({ query });

  it('a query past CYPHER_TIMEOUT_MS=500 → 408 QUERY_TIMEOUT, well before 10 s', async () => {
    const t0 = Date.now();
    const res = await cypher(SLOW).expect(408);
    expect(res.body.error.code).toBe('QUERY_TIMEOUT');
    expect(isErrorShape(res.body)).toBe(true);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
  it('CYPHER_MAX_ROWS=10 → 10 rows and truncated', async () => {
    const res = await cypher('UNWIND range(1, 1000) AS x RETURN x').expect(200);
    expect(res.body.rows).toHaveLength(10);
    expect(res.body.truncated).toBe(true);
    const asked = await request(srv.url).post('/api/cypher').send({ query: 'UNWIND range(1, 1000) AS x RETURN x', maxRows: 5000 }).expect(200);
    expect(asked.body.rows).toHaveLength(10);
  });
  it('CYPHER_MAX_CONCURRENT=1 → a second query while one runs gets 429, the first completes', async () => {
    const first = cypher(SLOW).then((r) => r);
    await new Promise((r) => setTimeout(r, 150));
    const second = await cypher('RETURN 1').expect(429);
    expect(second.body.error.code).toBe('TOO_MANY_REQUESTS');
    const done = await first;
    expect([200, 408]).toContain(done.status);
    await cypher('RETURN 1').expect(200);
  });
  it('BODY_LIMIT=10kb → 413 PAYLOAD_TOO_LARGE at 11 KB, 200 at 9 KB', async () => {
    const big = await request(srv.url).post('/api/cypher').send({ query: 'RETURN $s AS s', params: { s: 'x'.repeat(11 * 1024) } }).expect(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    await request(srv.url).post('/api/cypher').send({ query: 'RETURN size($s) AS s', params: { s: 'x'.repeat(9 * 1024) } }).expect(200);
  });
});

describe('rate limit (RATE_LIMIT_PER_MINUTE=30, RATE_LIMIT_BURST=5)', () => {
  let srv: TestServer;
  beforeAll(async () => { srv = await startTestServer({ RATE_LIMIT_PER_MINUTE: '30', RATE_LIMIT_BURST: '5' }); });
  afterAll(async () => { await srv.close(); });

  it('of 6 at once 5 pass and 1 gets 429 RATE_LIMITED with Retry-After; all five endpoints share the bucket; health and search unaffected; a token returns', async () => {
    // Six at once. The bucket is charged on arrival, before the body is read or validated, so
    // cheap invalid bodies (400) spend it too and no Cypher concurrency slot is involved.
    const burst = await Promise.all(Array.from({ length: 6 }, () => request(srv.url).post('/api/cypher').send({})));
    const limitedAt = Date.now();
    expect(burst.map((r) => r.status).sort()).toEqual([400, 400, 400, 400, 400, 429]);
    const limited = burst.find((r) => r.status === 429)!;
    expect(isErrorShape(limited.body)).toBe(true);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    const retry = Number(limited.headers['retry-after']);
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(2);
    // Every expensive endpoint shares the bucket.
    for (const path of ['/api/export?seeds=turkey&format=json', '/api/paths?from=turkey&to=russia', '/api/subgraph?seeds=turkey']) {
      await request(srv.url).get(path).expect(429);
    }
    await request(srv.url).post('/api/articles').send({}).expect(429);
    await request(srv.url).post('/api/articles/commit').send({}).expect(429);
    // Endpoints without a limit are unaffected.
    for (let i = 0; i < 5; i++) await request(srv.url).get('/api/health').expect(200);
    await request(srv.url).get('/api/search').query({ q: 'turkey' }).expect(200);
    // 30/min = one token per 2 s: after Retry-After one request passes, the next is refused again.
    await new Promise((r) => setTimeout(r, Math.max(0, limitedAt + retry * 1000 + 100 - Date.now())));
    await request(srv.url).post('/api/cypher').send({ query: 'RETURN 1' }).expect(200);
    await request(srv.url).post('/api/cypher').send({ query: 'RETURN 1' }).expect(429);
  }, 30_000);
});

describe('rate limiter unit (injected clock)', () => {
  const fire = (mw: ReturnType<typeof rateLimit>, ip: string) => {
    let err: unknown = 'none';
    const headers: Record<string, string> = {};
    mw({ ip, socket: {} } as never, { setHeader: (k: string, v: string) => { headers[k] = v; } } as never, ((e?: unknown) => { err = e; }) as never);
    return { err, headers };
  };
  it('is a token bucket per address: burst, refill at the rate, separate addresses, disabled at 0', () => {
    let t = 0;
    const mw = rateLimit({ perMinute: 60, burst: 3, now: () => t });
    for (let i = 0; i < 3; i++) expect(fire(mw, 'a').err).toBeUndefined();
    const r = fire(mw, 'a');
    expect(r.err).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(r.headers['Retry-After']).toBe('1');
    expect(fire(mw, 'b').err).toBeUndefined();
    t += 1000;
    expect(fire(mw, 'a').err).toBeUndefined();
    expect(fire(mw, 'a').err).toMatchObject({ status: 429 });
    t += 60_000;
    for (let i = 0; i < 3; i++) expect(fire(mw, 'a').err).toBeUndefined();
    const off = rateLimit({ perMinute: 0, burst: 1 });
    for (let i = 0; i < 100; i++) expect(fire(off, 'a').err).toBeUndefined();
  });
  it('admits 1,000 distinct addresses with maxBuckets 100 (idle buckets are swept)', () => {
    let t = 0;
    const mw = rateLimit({ perMinute: 600, burst: 2, now: () => t, maxBuckets: 100 });
    for (let i = 0; i < 1000; i++) { t += 1000; expect(fire(mw, `10.0.${i >> 8}.${i & 255}`).err).toBeUndefined(); }
  });
});
