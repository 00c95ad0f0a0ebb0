// Hostile inputs by hand: malformed JSON, wrong content types, oversized and deeply nested bodies,
// NUL bytes and invalid UTF-8 (sent as raw bytes over TCP, since supertest would encode them), a
// 100 KB URL, and emoji / RTL search text. Nothing may crash the server or answer outside the error
// shape; the graph checksum is unchanged at the end.
import request from 'supertest';
import { startTestServer, type TestServer } from '../setup/app-server';
import { graphChecksum } from '../setup/checksum';
import { isErrorShape, rawRequest } from './helpers';

let srv: TestServer;
let before: Awaited<ReturnType<typeof graphChecksum>>;
beforeAll(async () => {
  srv = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  before = await graphChecksum(srv.db);
});
afterAll(async () => { await srv.close(); });

const json = (s: string) => Buffer.from(s, 'utf8');
const post = (path: string, body: Buffer, type = 'application/json') => rawRequest(srv.url, `POST ${path} HTTP/1.1\r\nContent-Type: ${type}`, body);
const parse = (s: string): unknown => { try { return JSON.parse(s); } catch { return undefined; } };
const nestedText = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

describe('malformed bodies', () => {
  it.each([
    ['{"query": '], ['{query: "RETURN 1"}'], ["{'query': 'RETURN 1'}"], ['{"query": "RETURN 1",}'], ['{"query": "RETURN 1"}}'],
    ['"RETURN 1"'], ['null'], ['[1, 2'], ['{"query": "\\x41"}'], ['{"query": "a\u0000b"}'], ['{"a":1}{"b":2}'], ['{"query": "RETURN 1"} x'],
  ])('POST /api/cypher with %j → 400 in the error shape', async (text) => {
    const res = await post('/api/cypher', json(text));
    expect(res.status).toBe(400);
    expect(isErrorShape(parse(res.body))).toBe(true);
  });
  it.each([['text/plain'], ['application/x-www-form-urlencoded'], ['multipart/form-data; boundary=x'], ['application/xml'], ['application/json-patch+json']])('POST with Content-Type %s → 415', async (type) => {
    const res = await request(srv.app).post('/api/cypher').set('Content-Type', type).send('query=RETURN+1');
    expect(res.status).toBe(415);
    expect(isErrorShape(res.body)).toBe(true);
  });
  it('POST with no Content-Type → 415', async () => {
    const res = await rawRequest(srv.url, 'POST /api/cypher HTTP/1.1', json('{"query":"RETURN 1"}'));
    expect(res.status).toBe(415);
    expect(isErrorShape(parse(res.body))).toBe(true);
  });
  it('JSON with an unsupported charset → 415', async () => {
    const res = await post('/api/cypher', json('{"query":"RETURN 1"}'), 'application/json; charset=ebcdic');
    expect(res.status).toBe(415);
    expect(isErrorShape(parse(res.body))).toBe(true);
  });
  it.each([['/api/cypher'], ['/api/articles'], ['/api/export']])('an oversized body to %s (2 MB, limit 1mb) → 413', async (path) => {
    const res = await post(path, json(`{"query":"RETURN 1","text":"${'x'.repeat(2_000_000)}"}`));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('PAYLOAD_TOO_LARGE');
  });
  it('a Content-Length larger than the body sent is not a hang: the socket is closed by us, the server lives', async () => {
    const res = await rawRequest(srv.url, 'POST /api/cypher HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 5000000', Buffer.alloc(0), 1500).catch(() => null);
    expect(res === null || res.status === 0 || res.status === 413).toBe(true);
    await request(srv.app).get('/api/health').expect(200);
  });
});

describe('deep nesting', () => {
  it('10,000 nested arrays as an /api/articles field → 400 (schema), no crash', async () => {
    const res = await post('/api/articles', json(`{"text":${nestedText(10_000)},"title":"t","date":"2020-01-01","source":"s"}`));
    expect(res.status).toBe(400);
    expect(isErrorShape(parse(res.body))).toBe(true);
  });
  it('params nest up to 32 levels; 1,000 levels are a 400, answered at once', async () => {
    expect((await post('/api/cypher', json(`{"query":"RETURN 1 AS one","params":{"x":${nestedText(31)}}}`))).status).toBe(200);
    const res = await post('/api/cypher', json(`{"query":"RETURN 1 AS one","params":{"x":${nestedText(1000)}}}`));
    expect(res.status).toBe(400);
    expect(isErrorShape(parse(res.body))).toBe(true);
  });
  it('10,000 nested arrays in Cypher params: an answer in the error shape, and the server lives', async () => {
    const res = await post('/api/cypher', json(`{"query":"RETURN 1 AS one","params":{"x":${nestedText(10_000)}}}`));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(isErrorShape(parse(res.body))).toBe(true);
    await request(srv.app).get('/api/health').expect(200);
  });
  // Found by this suite (was 500: call stack exhausted converting params); params now nest ≤ 32 levels.
  it('10,000 nested arrays in Cypher params → 400 or 413', async () => {
    const res = await post('/api/cypher', json(`{"query":"RETURN 1 AS one","params":{"x":${nestedText(10_000)}}}`));
    expect([400, 413]).toContain(res.status);
  });
});

describe('NUL bytes, invalid UTF-8, long URLs', () => {
  it.each([
    ['/api/search?q=%00'], ['/api/search?q=a%00b'], ['/api/search?q=%FF%FE%FD'], ['/api/search?q=%C0%AF'], ['/api/search?q=%ED%A0%80'],
    ['/api/search?q=%E0%A4%A'], ['/api/search?q=%'], ['/api/subgraph?seeds=turkey%00'], ['/api/paths?from=turkey&to=%FF'], ['/api/entities/turkey%00'],
    ['/api/relations/%00/evidence'],
  ])('GET %s → no 5xx, JSON answer', async (path) => {
    const res = await rawRequest(srv.url, `GET ${path} HTTP/1.1`);
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(500);
    const body = parse(res.body);
    if (res.status >= 400) expect(isErrorShape(body)).toBe(true);
    else expect(body).toEqual(expect.any(Object));
  });
  it.each([['/api/search?q=\u0000x'], ['/api/search?q=\xff\xfe'], ['/api/search?q=a b']])('raw bytes in the request line %j → 400 from the HTTP parser, not a crash', async (path) => {
    const res = await rawRequest(srv.url, `GET ${path} HTTP/1.1`);
    expect(res.status === 400 || res.closedWithoutResponse).toBe(true);
    await request(srv.app).get('/api/health').expect(200);
  });
  // Found by this suite (was 500): Express's 400 for a broken %-escape now keeps its status.
  it.each([['/api/entities/%E0%A4%A'], ['/api/entities/%C0%80'], ['/api/relations/%FF/evidence']])('a malformed percent-escape in a path parameter %s → 400', async (path) => {
    const res = await rawRequest(srv.url, `GET ${path} HTTP/1.1`);
    expect(res.status).toBe(400);
  });
  it('a malformed percent-escape in a path parameter answers in the error shape and the server lives', async () => {
    const res = await rawRequest(srv.url, 'GET /api/entities/%E0%A4%A HTTP/1.1');
    expect(isErrorShape(parse(res.body))).toBe(true);
    await request(srv.app).get('/api/health').expect(200);
  });
  it.each([
    ['raw NUL byte inside a JSON string', Buffer.from('{"query":"RETURN 1\u0000"}', 'latin1'), [400]],
    ['invalid UTF-8 inside a JSON string', Buffer.concat([json('{"query":"RETURN \''), Buffer.from([0xff, 0xfe, 0xc0, 0xaf]), json('\' AS s"}')]), [200]],
    ['escaped NUL in a Cypher parameter', json('{"query":"RETURN $s AS s","params":{"s":"a\\u0000b"}}'), [200]],
    ['lone surrogate escape', json('{"query":"RETURN $s AS s","params":{"s":"\\ud800"}}'), [200, 400]],
  ])('POST /api/cypher with %s → no 5xx', async (_name, body, statuses) => {
    const res = await post('/api/cypher', body as Buffer);
    expect(statuses).toContain(res.status);
    if (res.status >= 400) expect(isErrorShape(parse(res.body))).toBe(true);
  });
  it('a 100 KB URL → 414/431/400, never 500', async () => {
    const res = await rawRequest(srv.url, `GET /api/search?q=${'a'.repeat(100_000)} HTTP/1.1`);
    expect([400, 414, 431]).toContain(res.status);
    await request(srv.app).get('/api/health').expect(200);
  });
  it('1,000 repeated query keys → 400, not 500', async () => {
    const res = await request(srv.app).get(`/api/search?${Array.from({ length: 1000 }, () => 'q=a').join('&')}`);
    expect(res.status).toBe(400);
    expect(isErrorShape(res.body)).toBe(true);
  });
});

describe('unicode search', () => {
  it.each([['😀'], ['🇹🇷 Türkiye'], ['مرحبا'], ['שלום עולם'], ['\u202Eyksur'], ['Thổ Nhĩ Kỳ 🔥'], ['👩‍👩‍👧‍👦'], ['ＴＵＲＫＥＹ'], ['\u200B\u200D']])('GET /api/search?q=%s → 200 with a results array', async (q) => {
    const res = await request(srv.app).get('/api/search').query({ q }).expect(200);
    expect(Array.isArray(res.body.results)).toBe(true);
  });
});

it('left the database byte-for-byte unchanged', async () => {
  expect(await graphChecksum(srv.db)).toEqual(before);
});
