// The read-only Cypher console: results as table + graph, bounds, and a corpus of write and escape
// attempts that must all be refused while the database stays byte-for-byte the same.
import request from 'supertest';
import { startTestServer, type TestServer } from '../setup/app-server';
import { graphChecksum } from '../setup/checksum';

let srv: TestServer;
beforeAll(async () => { srv = await startTestServer({ CYPHER_TIMEOUT_MS: '1500', CYPHER_MAX_ROWS: '1000' }); });
afterAll(async () => { await srv.close(); });

const run = (query: string, params: Record<string, unknown> = {}) => request(srv.app).post('/api/cypher').send({ query, params });

describe('reads', () => {
  it('returns a table and the graph found in it', async () => {
    const res = await run("MATCH (c)-[r:MEMBER_OF]->(o:Organization {id: 'csto'}) RETURN c.name AS name, c, r, o").expect(200);
    expect(res.body.columns).toEqual(['name', 'c', 'r', 'o']);
    const names = res.body.rows.map((r: unknown[]) => r[0]);
    expect(names).toEqual(expect.arrayContaining(['Armenia', 'Russia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan']));
    expect(names).not.toContain('Azerbaijan');
    expect(res.body.graph.nodes.map((n: { key: string }) => n.key)).toContain('csto');
    expect(res.body.graph.edges.every((e: { target: string; attributes: { relType: string } }) => e.target === 'csto' && e.attributes.relType === 'MEMBER_OF')).toBe(true);
    expect(res.body.truncated).toBe(false);
  });
  it('finds the graph in paths and nested lists, and fetches endpoints it was not given', async () => {
    const paths = await run("MATCH p = shortestPath((:Entity {id:'turkey'})-[*..4]-(:Entity {id:'russia'})) RETURN [p] AS ps").expect(200);
    expect(paths.body.graph.nodes.map((n: { key: string }) => n.key)).toEqual(expect.arrayContaining(['turkey', 'russia']));
    const relsOnly = await run('MATCH ()-[r:CALLED]->() RETURN r').expect(200);
    expect(relsOnly.body.graph.edges.length).toBe(relsOnly.body.rows.length);
    expect(relsOnly.body.graph.nodes.length).toBeGreaterThanOrEqual(2);
  });
  it('converts integers, dates, points and maps safely', async () => {
    const res = await run('RETURN 9007199254740993 AS big, 42 AS small, date("2020-10-07") AS d, point({x: 1, y: 2}) AS p, {a: [1, 2.5]} AS m, $x AS x', { x: 7 }).expect(200);
    expect(res.body.rows[0]).toEqual(['9007199254740993', 42, '2020-10-07', { srid: 7203, x: 1, y: 2 }, { a: [1, 2.5] }, 7]);
  });
  it('accepts allowed procedures and passes parameters', async () => {
    const res = await run('CALL db.index.fulltext.queryNodes("entity_search", $q) YIELD node RETURN node.id AS id LIMIT 1', { q: 'tho nhi ky' }).expect(200);
    expect(res.body.rows[0][0]).toBe('turkey');
  });
  it('stops at the row cap and says truncated', async () => {
    const res = await run('UNWIND range(1, 5000) AS x RETURN x').expect(200);
    expect(res.body.rows).toHaveLength(1000);
    expect(res.body.truncated).toBe(true);
  });
  it('honours a smaller maxRows from the client', async () => {
    const res = await request(srv.app).post('/api/cypher').send({ query: 'UNWIND range(1, 50) AS x RETURN x', maxRows: 5 }).expect(200);
    expect(res.body.rows).toHaveLength(5);
  });
  it('stops a cartesian product at the timeout and says so', async () => {
    const res = await run('MATCH (a), (b), (c), (d) WHERE a.id + b.id + c.id <> d.id RETURN count(*)').expect(408);
    expect(res.body.error.code).toBe('QUERY_TIMEOUT');
  });
  it('reports syntax errors as 400 with Neo4j\'s message', async () => {
    const res = await run('MATCH (n RETURN n').expect(400);
    expect(res.body.error.code).toBe('QUERY_ERROR');
    expect(res.body.error.message).toMatch(/Invalid input|expected/i);
  });
});

// Each must be refused (4xx); none may change the database.
const ATTEMPTS: string[] = [
  'CREATE (n:Hacked) RETURN n',
  "MERGE (n:Hacked {id: 'x'}) RETURN n",
  "MATCH (n:Entity {id: 'turkey'}) SET n.name = 'Hacked' RETURN n",
  "MATCH (n:Entity {id: 'turkey'}) SET n:Hacked RETURN n",
  "MATCH (n:Entity {id: 'turkey'}) REMOVE n.name RETURN n",
  "MATCH (n:Entity {id: 'turkey'}) REMOVE n:Country RETURN n",
  "MATCH (n:Entity {id: 'turkey'}) DELETE n",
  'MATCH (n) DETACH DELETE n',
  'MATCH ()-[r]->() DELETE r',
  "MATCH (a:Entity {id:'turkey'}), (b:Entity {id:'russia'}) CREATE (a)-[:ALLIED_WITH]->(b)",
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "LOAD CSV WITH HEADERS FROM 'file:///etc/hosts' AS line RETURN line",
  "LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS line RETURN line",
  'CALL dbms.listConfig() YIELD name RETURN name',
  'CALL dbms.security.createUser("eve", "secret123", false)',
  'CALL db.createLabel("Hacked")',
  'CALL db.clearQueryCaches()',
  'CALL dbms.killQueries(["query-1"])',
  'CALL db.index.fulltext.drop("entity_search")',
  'CREATE INDEX hacked FOR (n:Entity) ON (n.hacked)',
  'CREATE CONSTRAINT hacked FOR (n:Hacked) REQUIRE n.id IS UNIQUE',
  'DROP INDEX entity_name',
  'DROP CONSTRAINT entity_id',
  'USE system SHOW USERS',
  'SHOW USERS',
  "CREATE USER eve SET PASSWORD 'secret123'",
  'SHOW SETTINGS',
  'CREATE DATABASE hacked',
  'STOP DATABASE neo4j',
  'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
  'MATCH (n) CALL (n) { SET n.hacked = true } IN TRANSACTIONS RETURN count(*)',
  "CALL { CREATE (n:Hacked) RETURN n } RETURN n",
  "MATCH (n) // harmless?\nCREATE (m:Hacked) RETURN m",
  "/* MATCH */ CREATE (n:Hacked) RETURN n",
  'MATCH (n) RETURN n; CREATE (m:Hacked)',
  'MATCH (n) RETURN n LIMIT 1; MATCH (m) DETACH DELETE m',
  'CR\\u0045ATE (n:Hacked) RETURN n',
  'MATCH (n) \\u0053ET n.hacked = 1 RETURN n',
  "MATCH (n) WHERE n.name = 'x\\u0027 CREATE (m:Hacked) //' RETURN n",
  'MATCH (`n`) SET `n`.`hacked` = 1 RETURN `n`',
  'FOREACH (i IN range(1, 3) | CREATE (:Hacked {i: i}))',
  "UNWIND [1, 2] AS i MERGE (:Hacked {i: i})",
  'PROFILE CREATE (n:Hacked) RETURN n',
  'EXPLAIN CREATE (n:Hacked) RETURN n',
  "MATCH (n:Entity {id:'turkey'}) SET n += {name: 'Hacked'}",
  "MATCH (n:Entity {id:'turkey'}) SET n = {}",
  "WITH 1 AS x CALL (x) { CREATE (:Hacked) } RETURN x",
  "BEGIN",
  "COMMIT",
  "CALL db.awaitIndexes(1)",
];

describe('refusals', () => {
  let before: Awaited<ReturnType<typeof graphChecksum>>;
  beforeAll(async () => { before = await graphChecksum(srv.db); });

  it(`has a corpus of at least 30 attempts (${ATTEMPTS.length})`, () => {
    expect(ATTEMPTS.length).toBeGreaterThanOrEqual(30);
  });
  it.each(ATTEMPTS.map((q) => [q]))('refuses %s', async (query) => {
    const res = await run(query);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(['QUERY_REFUSED', 'QUERY_ERROR']).toContain(res.body.error.code);
  });
  it('left the database byte-for-byte unchanged', async () => {
    const after = await graphChecksum(srv.db);
    expect(after).toEqual(before);
    expect(after.nodes).toBeGreaterThan(100);
  });
});

describe('bad input', () => {
  it('400 for malformed JSON, 415 for another content type, 413 for an oversized body', async () => {
    const bad = await request(srv.app).post('/api/cypher').set('Content-Type', 'application/json').send('{"query": ').expect(400);
    expect(bad.body.error.code).toBe('MALFORMED_JSON');
    const text = await request(srv.app).post('/api/cypher').set('Content-Type', 'text/plain').send('MATCH (n) RETURN n').expect(415);
    expect(text.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = await request(srv.app).post('/api/cypher').send({ query: 'RETURN 1', params: { x: 'y'.repeat(2_000_000) } }).expect(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
  it('400 for missing or extra fields and wrong types', async () => {
    for (const body of [{}, { query: '' }, { query: 42 }, { query: 'RETURN 1', extra: true }, { query: 'RETURN 1', params: [1] }, { query: 'RETURN 1', maxRows: 0 }]) {
      const res = await request(srv.app).post('/api/cypher').send(body).expect(400);
      expect(res.body.error.code).toBe('BAD_REQUEST');
    }
  });
});
