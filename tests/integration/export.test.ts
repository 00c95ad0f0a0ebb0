// Exports through the API: each format downloads with the right headers and parses back into the
// same graph; the Cypher script recreates the subgraph in an empty database.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { unzipSync, strFromU8 } from 'fflate';
import request from 'supertest';
import { cypherStatements } from '../../server/export/cypher';
import { seed } from '../../server/ingest/seed';
import type { GraphJSON } from '../../server/graph/graph-json';
import { startTestServer, type TestServer } from '../setup/app-server';

let srv: TestServer;
let sub: GraphJSON;
beforeAll(async () => {
  srv = await startTestServer();
  sub = (await request(srv.app).get('/api/subgraph').query({ seeds: 'vladimir-putin', depth: 2 })).body.graph;
});
afterAll(async () => { await srv.close(); });

const binary = (res: request.Response, cb: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
const keys = (xs: { key: string }[]) => xs.map((x) => x.key).sort();

describe('GET /api/export', () => {
  it('GEXF parses back into the same nodes, edges and attributes', async () => {
    const res = await request(srv.app).get('/api/export').query({ format: 'gexf', seeds: 'vladimir-putin', depth: 2 }).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/gexf\+xml/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="newsgraph-vladimir-putin\.gexf"/);
    const g = parseGexf(Graph, res.text);
    expect(g.nodes().sort()).toEqual(keys(sub.nodes));
    expect(g.edges().sort()).toEqual(keys(sub.edges));
    const call = sub.edges.find((e) => e.attributes.relType === 'CALLED')!;
    expect(g.getEdgeAttribute(call.key, 'date')).toBe(call.attributes.date);
    expect(g.getEdgeAttribute(call.key, 'score')).toBe(call.attributes.score);
    expect(JSON.parse(g.getEdgeAttribute(call.key, 'sentenceIds') as string)).toEqual(call.attributes.sentenceIds);
    expect(g.getNodeAttribute('turkey', 'nameVi') ?? g.getNodeAttribute('vladimir-putin', 'nameVi')).toBeTruthy();
  });
  it('GraphML parses back into the same graph', async () => {
    const res = await request(srv.app).get('/api/export').query({ format: 'graphml', seeds: 'vladimir-putin', depth: 2 }).expect(200);
    const g = parseGraphml(Graph, res.text);
    expect(g.order).toBe(sub.nodes.length);
    expect(g.size).toBe(sub.edges.length);
    expect(g.getNodeAttribute('vladimir-putin', 'name')).toBe('Vladimir Putin');
  });
  it('JSON is the graphology serialization', async () => {
    const res = await request(srv.app).get('/api/export').query({ format: 'json', seeds: 'vladimir-putin', depth: 2 }).expect(200);
    const g = Graph.from(JSON.parse(res.text));
    expect(g.order).toBe(sub.nodes.length);
    expect(g.size).toBe(sub.edges.length);
  });
  it('CSV is a zip of nodes and edges', async () => {
    const res = await request(srv.app).get('/api/export').query({ format: 'csv', seeds: 'vladimir-putin', depth: 2 }).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const nodes = strFromU8(files['nodes.csv']!).trim().split(/\r\n/);
    const edges = strFromU8(files['edges.csv']!).trim().split(/\r\n/);
    expect(nodes.length - 1).toBe(sub.nodes.length);
    expect(edges.length - 1).toBe(sub.edges.length);
  });
  it('400 for an unknown format, 404 for unknown seeds', async () => {
    expect((await request(srv.app).get('/api/export').query({ format: 'pdf', seeds: 'turkey' }).expect(400)).body.error.code).toBe('BAD_REQUEST');
    expect((await request(srv.app).get('/api/export').query({ format: 'json', seeds: 'atlantis' }).expect(404)).body.error.code).toBe('NOT_FOUND');
  });
});

describe('POST /api/export', () => {
  it('exports exactly the given nodes and the relations among them', async () => {
    const ids = ['turkey', 'azerbaijan', 'armenia'];
    const res = await request(srv.app).post('/api/export').send({ format: 'json', nodeIds: ids, name: 'Thổ Nhĩ Kỳ bloc' }).expect(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''Th%E1%BB%95%20Nh%C4%A9%20K%E1%BB%B3%20bloc.json");
    const g = Graph.from(JSON.parse(res.text));
    expect(g.nodes().sort()).toEqual([...ids].sort());
    expect(g.size).toBeGreaterThan(0);
    g.forEachEdge((_e, _a, s, t) => { expect(ids).toContain(s); expect(ids).toContain(t); });
  });
  it('exports only the listed relations among the nodes (what a filtered view shows)', async () => {
    const ids = ['turkey', 'azerbaijan', 'armenia'];
    const all = Graph.from(JSON.parse((await request(srv.app).post('/api/export').send({ format: 'json', nodeIds: ids }).expect(200)).text));
    expect(all.size).toBeGreaterThan(1);
    const kept = all.edges().slice(0, 1);
    const res = await request(srv.app).post('/api/export').send({ format: 'gexf', nodeIds: ids, relationIds: [...kept, 'no-such-relation'] }).expect(200);
    const g = parseGexf(Graph, res.text);
    expect(g.order).toBe(3);
    expect(g.size).toBe(1);
    // Nodes keep their place even when no listed relation touches them; an empty list exports none.
    const none = Graph.from(JSON.parse((await request(srv.app).post('/api/export').send({ format: 'json', nodeIds: ids, relationIds: [] }).expect(200)).text));
    expect([none.order, none.size]).toEqual([3, 0]);
  });
  it('exports the graph of a read-only query and refuses a write', async () => {
    const res = await request(srv.app).post('/api/export').send({ format: 'gexf', query: "MATCH (c)-[r:MEMBER_OF]->(o {id:'csto'}) RETURN c, r, o" }).expect(200);
    expect(parseGexf(Graph, res.text).order).toBe(7);
    const refused = await request(srv.app).post('/api/export').send({ format: 'json', query: 'CREATE (n) RETURN n' }).expect(400);
    expect(refused.body.error.code).toBe('QUERY_REFUSED');
  });
});

describe('Cypher script', () => {
  it('recreates an identical subgraph in an empty database', async () => {
    const res = await request(srv.app).get('/api/export').query({ format: 'cypher', seeds: 'vladimir-putin', depth: 2 }).expect(200);
    expect(res.text).toContain('MERGE');
    const statements = cypherStatements(sub);
    const session = srv.db.driver.session({ database: srv.db.database });
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      for (const s of statements) await session.run(s);
      const back = await request(srv.app).post('/api/cypher').send({ query: 'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN n, r', maxRows: 10000 }).expect(200);
      const g = back.body.graph as GraphJSON;
      expect(keys(g.nodes)).toEqual(keys(sub.nodes));
      expect(keys(g.edges)).toEqual(keys(sub.edges));
      const byKey = new Map(g.edges.map((e) => [e.key, e]));
      for (const e of sub.edges) {
        const b = byKey.get(e.key)!;
        expect([b.source, b.target, b.attributes.relType]).toEqual([e.source, e.target, e.attributes.relType]);
        for (const k of ['score', 'cameo', 'modality', 'date', 'sentenceIds']) expect(b.attributes[k]).toEqual(e.attributes[k]);
      }
      for (const n of sub.nodes) {
        const b = g.nodes.find((x) => x.key === n.key)!;
        expect(b.attributes.labels.sort()).toEqual([...n.attributes.labels].sort());
        expect(b.attributes.name).toBe(n.attributes.name);
      }
    } finally {
      // Put the seed graph back for the test files that run after this one.
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      await session.close();
      await seed(srv.db, process.cwd());
    }
  });
});
