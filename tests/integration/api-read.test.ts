// The read endpoints against the real Neo4j with the seed graph loaded.
import request from 'supertest';
import { startTestServer, type TestServer } from '../setup/app-server';

let srv: TestServer;
beforeAll(async () => { srv = await startTestServer(); });
afterAll(async () => { await srv.close(); });

const expectError = (body: unknown, code: string) => {
  expect(body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
};

describe('GET /api/health', () => {
  it('reports Neo4j 5.26 and the seed counts', async () => {
    const res = await request(srv.app).get('/api/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.neo4j.version).toMatch(/^5\.26\./);
    expect(res.body.counts.entities).toBeGreaterThanOrEqual(25);
    expect(res.body.counts.relationships).toBeGreaterThan(50);
  });
  it('sends security headers and no Express banner', async () => {
    const res = await request(srv.app).get('/api/health');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('Server-Timing', () => {
  it('says how long the API held a JSON answer and an error', async () => {
    const ok = await request(srv.app).get('/api/search').query({ q: 'turkey' }).expect(200);
    const bad = await request(srv.app).get('/api/subgraph').expect(400);
    for (const res of [ok, bad]) {
      const m = /^app;dur=(\d+\.\d);desc="in the API"$/.exec(String(res.headers['server-timing']));
      expect(m).not.toBeNull();
      expect(Number(m![1])).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('GET /api/search', () => {
  it.each([['tho nhi ky'], ['Thổ Nhĩ Kỳ'], ['THỔ NHĨ KỲ'], ['turkey'], ['Türkiye']])('finds Turkey first from %s', async (q) => {
    const res = await request(srv.app).get('/api/search').query({ q }).expect(200);
    expect(res.body.results[0]).toMatchObject({ id: 'turkey', name: 'Turkey', entityType: 'Country' });
  });
  it('finds Russia from a Vietnamese alias and Putin from a prefix', async () => {
    expect((await request(srv.app).get('/api/search').query({ q: 'Điện Kremlin' })).body.results[0].id).toBe('russia');
    expect((await request(srv.app).get('/api/search').query({ q: 'puti' })).body.results[0].id).toBe('vladimir-putin');
  });
  it('ranks results and respects limit', async () => {
    const res = await request(srv.app).get('/api/search').query({ q: 'a', limit: 3 }).expect(200);
    expect(res.body.results.length).toBeLessThanOrEqual(3);
    const scores = res.body.results.map((r: { score: number }) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
  it('answers nothing, not an error, for input that holds no words or only Lucene syntax', async () => {
    expect((await request(srv.app).get('/api/search').query({ q: '*?~"' }).expect(200)).body.results).toEqual([]);
    expect((await request(srv.app).get('/api/search').query({ q: 'AND OR NOT' }).expect(200)).body.results).toEqual(expect.any(Array));
  });
  it.each([
    [{}, 'missing q'], [{ q: '' }, 'empty q'], [{ q: 'x', limit: 0 }, 'limit 0'], [{ q: 'x', limit: 51 }, 'huge limit'],
    [{ q: 'x', limit: 'ten' }, 'limit not a number'], [{ q: 'x'.repeat(201) }, 'too long'],
  ])('400 for %j (%s)', async (query, _why) => {
    const res = await request(srv.app).get('/api/search').query(query).expect(400);
    expectError(res.body, 'BAD_REQUEST');
    expect(res.body.error.details.length).toBeGreaterThan(0);
  });
  it('400 for repeated parameters', async () => {
    expectError((await request(srv.app).get('/api/search?q=a&q=b').expect(400)).body, 'BAD_REQUEST');
  });
});

describe('GET /api/entities/:id', () => {
  it('gives Putin with relation counts by type', async () => {
    const res = await request(srv.app).get('/api/entities/vladimir-putin').expect(200);
    expect(res.body.entity).toMatchObject({ id: 'vladimir-putin', name: 'Vladimir Putin', entityType: 'Person' });
    expect(res.body.relations).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'CALLED', direction: 'out', count: 1 })]));
    expect(res.body.degree).toBe(res.body.relations.reduce((n: number, r: { count: number }) => n + r.count, 0));
  });
  it('404 for an unknown id and 400 for a malformed one', async () => {
    expectError((await request(srv.app).get('/api/entities/nobody-here').expect(404)).body, 'NOT_FOUND');
    expectError((await request(srv.app).get('/api/entities/%3Cscript%3E').expect(400)).body, 'BAD_REQUEST');
  });
});

describe('GET /api/subgraph', () => {
  it("gives Putin's neighbourhood with the CALLED edge to Aliyev dated 2020-10-07", async () => {
    const res = await request(srv.app).get('/api/subgraph').query({ seeds: 'vladimir-putin' }).expect(200);
    const g = res.body.graph;
    expect(g.options).toEqual({ type: 'mixed', multi: true, allowSelfLoops: true });
    expect(g.nodes.map((n: { key: string }) => n.key)).toEqual(expect.arrayContaining(['vladimir-putin', 'ilham-aliyev']));
    const call = g.edges.find((e: { source: string; target: string; attributes: { relType: string } }) =>
      e.attributes.relType === 'CALLED' && [e.source, e.target].sort().join() === 'ilham-aliyev,vladimir-putin');
    expect(call).toMatchObject({ undirected: true, attributes: { date: '2020-10-07', cameo: '041', symmetric: true } });
    const ev = await request(srv.app).get(`/api/relations/${call.key}/evidence`).expect(200);
    const texts = ev.body.evidence.map((e: { sentence: { text: string } }) => e.sentence.text);
    expect(texts).toContain('Sau đó, vào ngày 7/10, ông có cuộc điện đàm đầu tiên với tổng thống Azerbaijan.');
  });
  it('filters by type, polarity and date', async () => {
    const onlyCalls = (await request(srv.app).get('/api/subgraph').query({ seeds: 'vladimir-putin', types: 'CALLED' }).expect(200)).body.graph;
    expect(onlyCalls.edges.length).toBeGreaterThan(0);
    expect(onlyCalls.edges.every((e: { attributes: { relType: string } }) => e.attributes.relType === 'CALLED')).toBe(true);
    const conflict = (await request(srv.app).get('/api/subgraph').query({ seeds: 'armenia', polarity: 'conflict' }).expect(200)).body.graph;
    expect(conflict.edges.length).toBeGreaterThan(0);
    expect(conflict.edges.every((e: { attributes: { score: number } }) => e.attributes.score < 0)).toBe(true);
    const before = (await request(srv.app).get('/api/subgraph').query({ seeds: 'vladimir-putin', to: '2020-10-06' }).expect(200)).body.graph;
    expect(before.edges.some((e: { attributes: { relType: string } }) => e.attributes.relType === 'CALLED')).toBe(false);
  });
  it('bounds a hub and says truncated, with how many are hidden', async () => {
    const res = await request(srv.app).get('/api/subgraph').query({ seeds: 'azerbaijan', limit: 2 }).expect(200);
    expect(res.body.graph.edges.length).toBeLessThanOrEqual(2);
    expect(res.body.truncated).toBe(true);
    expect(res.body.hidden.azerbaijan).toBeGreaterThan(0);
  });
  it('grows with depth', async () => {
    const d1 = (await request(srv.app).get('/api/subgraph').query({ seeds: 'turkey', depth: 1 })).body.graph.nodes.length;
    const d2 = (await request(srv.app).get('/api/subgraph').query({ seeds: 'turkey', depth: 2 })).body.graph.nodes.length;
    expect(d2).toBeGreaterThan(d1);
  });
  it.each([
    [{ seeds: 'turkey', depth: 4 }], [{ seeds: 'turkey', depth: 0 }], [{ seeds: 'turkey', limit: 1e9 }], [{ seeds: 'turkey', polarity: 'hostile' }],
    [{ seeds: 'turkey', types: 'LIKES' }], [{ seeds: 'turkey', from: '2020-13-45' }], [{ seeds: '' }], [{}],
  ])('400 for %j', async (query) => {
    expectError((await request(srv.app).get('/api/subgraph').query(query).expect(400)).body, 'BAD_REQUEST');
  });
  it('404 when no seed exists', async () => {
    expectError((await request(srv.app).get('/api/subgraph').query({ seeds: 'atlantis' }).expect(404)).body, 'NOT_FOUND');
  });
});

describe('GET /api/paths', () => {
  it('finds shortest paths from Turkey to Russia', async () => {
    const res = await request(srv.app).get('/api/paths').query({ from: 'turkey', to: 'russia' }).expect(200);
    expect(res.body.paths.length).toBeGreaterThan(0);
    for (const p of res.body.paths) {
      expect(p.nodes[0]).toBe('turkey');
      expect(p.nodes[p.nodes.length - 1]).toBe('russia');
      expect(p.edges.length).toBe(res.body.length);
    }
    const keys = new Set(res.body.graph.nodes.map((n: { key: string }) => n.key));
    expect(res.body.paths.flatMap((p: { nodes: string[] }) => p.nodes).every((k: string) => keys.has(k))).toBe(true);
  });
  it('400 for the same entity twice or a bad length, 404 for an unknown one', async () => {
    expectError((await request(srv.app).get('/api/paths').query({ from: 'turkey', to: 'turkey' }).expect(400)).body, 'BAD_REQUEST');
    expectError((await request(srv.app).get('/api/paths').query({ from: 'turkey', to: 'russia', maxLength: 7 }).expect(400)).body, 'BAD_REQUEST');
    expectError((await request(srv.app).get('/api/paths').query({ from: 'turkey', to: 'atlantis' }).expect(404)).body, 'NOT_FOUND');
  });
});

describe('GET /api/relations/:id/evidence', () => {
  it('gives located mentions and trigger, article title, date and source', async () => {
    const sub = (await request(srv.app).get('/api/subgraph').query({ seeds: 'turkey', types: 'SUPPORTS' })).body.graph;
    const support = sub.edges.find((e: { source: string; target: string }) => e.source === 'turkey' && e.target === 'azerbaijan');
    const res = await request(srv.app).get(`/api/relations/${support.key}/evidence`).expect(200);
    expect(res.body.relation).toMatchObject({ type: 'SUPPORTS', source: { id: 'turkey' }, target: { id: 'azerbaijan' }, provenance: 'curated' });
    for (const ev of res.body.evidence) {
      for (const span of [ev.subject, ev.object, ev.trigger]) expect(ev.sentence.text.slice(span.start, span.end)).toBe(span.text);
      expect(ev.article).toMatchObject({ id: expect.any(String), title: expect.any(String), date: expect.stringMatching(/^2020-10-/), source: expect.any(String) });
      expect(ev.sentence.end - ev.sentence.start).toBe(ev.sentence.text.length);
    }
  });
  it('404 for an unknown relation', async () => {
    expectError((await request(srv.app).get('/api/relations/r999999/evidence').expect(404)).body, 'NOT_FOUND');
  });
});

describe('meta and errors', () => {
  it('serves an OpenAPI 3.1 document with every endpoint', async () => {
    const doc = (await request(srv.app).get('/api/openapi.json').expect(200)).body;
    expect(doc.openapi).toBe('3.1.0');
    for (const p of ['/api/health', '/api/search', '/api/entities/{id}', '/api/subgraph', '/api/paths', '/api/relations/{id}/evidence', '/api/cypher', '/api/export']) {
      expect(doc.paths[p]).toBeDefined();
    }
    expect(doc.paths['/api/search'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['q', 'limit']));
  });
  it('serves the vocabulary and the date range', async () => {
    const v = (await request(srv.app).get('/api/vocabulary').expect(200)).body;
    expect(v.relationTypes).toHaveLength(21);
    const r = (await request(srv.app).get('/api/date-range').expect(200)).body;
    expect(r.min <= '2020-10-07' && r.max >= '2020-10-21').toBe(true);
  });
  it('404 in the error shape for unknown API routes', async () => {
    expectError((await request(srv.app).get('/api/nothing').expect(404)).body, 'NOT_FOUND');
  });
});
