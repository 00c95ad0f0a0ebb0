// Red team, part two: 77 more Cypher console attempts beyond the 50 in
// tests/integration/cypher-console.test.ts (127 in all), plus resource bombs. Every attempt must be
// refused (4xx QUERY_REFUSED / QUERY_ERROR); every bomb refused or bounded (400, 408 QUERY_TIMEOUT,
// or 200 with at most CYPHER_MAX_ROWS rows); the server stays up and the graph checksum is unchanged.
import request from 'supertest';
import { startTestServer, type TestServer } from '../setup/app-server';
import { graphChecksum } from '../setup/checksum';
import { isErrorShape } from './helpers';

let srv: TestServer;
let before: Awaited<ReturnType<typeof graphChecksum>>;
beforeAll(async () => {
  srv = await startTestServer({ CYPHER_TIMEOUT_MS: '1500', CYPHER_MAX_ROWS: '1000', RATE_LIMIT_PER_MINUTE: '0' });
  before = await graphChecksum(srv.db);
});
afterAll(async () => { await srv.close(); });

const run = (query: string, params: Record<string, unknown> = {}) => request(srv.app).post('/api/cypher').send({ query, params }).timeout({ response: 20_000 });

export const ATTEMPTS: string[] = [
  // Write clauses, every variant and disguise.
  'create (n:Hacked) return n',
  'CrEaTe (n:Hacked)',
  "MATCH (a:Entity {id:'turkey'}) MERGE (a)-[:ALLIED_WITH]->(b:Hacked) RETURN b",
  "MERGE (n:Entity {id:'turkey'}) ON MATCH SET n.hacked = 1 RETURN n",
  "MERGE (n:Hacked {id:'y'}) ON CREATE SET n.x = 1 RETURN n",
  "MATCH (n:Entity {id:'turkey'}) SET n.name = n.name + 'x', n.y = 1",
  "MATCH (n:Entity {id:'turkey'}) SET n:`Hacked`:Other",
  "MATCH (n:Entity {id:'turkey'}) SET n[$k] = 1 RETURN n",
  "MATCH (n:Entity {id:'turkey'}) SET n.aliases = null",
  "MATCH (n:Entity {id:'turkey'}) REMOVE n:Entity:Country",
  "MATCH (n:Entity {id:'turkey'}) NODETACH DELETE n",
  'MATCH ()-[r:CALLED]->() DETACH DELETE r',
  "MATCH (n:Entity {id:'turkey'}) WITH n LIMIT 1 DELETE n RETURN 1",
  "OPTIONAL MATCH (n:Nope) CREATE (m:Hacked) RETURN m",
  "UNWIND range(1, 3) AS i CALL (i) { CREATE (:Hacked {i: i}) } RETURN count(*)",
  "MATCH (n:Entity) WITH collect(n) AS ns FOREACH (x IN ns | SET x.hacked = true)",
  "MATCH (n:Entity {id:'turkey'}) RETURN n UNION CREATE (m:Hacked) RETURN m AS n",
  "CALL { MATCH (n:Entity {id:'turkey'}) SET n.h = 1 RETURN n } RETURN n",
  // LOAD CSV from files and URLs, casing, whitespace and comments.
  "load csv from 'file:///etc/passwd' as l return l",
  "LoAd CsV FROM 'file:///proc/self/environ' AS l RETURN l",
  "LOAD\n\tCSV\n  FROM 'file:///etc/shadow' AS l RETURN l",
  "LOAD /* x */ CSV // y\nFROM 'file:///etc/hostname' AS l RETURN l",
  "LOAD CSV FROM 'https://127.0.0.1/x.csv' AS l RETURN l",
  "LOAD CSV FROM 'ftp://127.0.0.1/x.csv' AS l RETURN l",
  "LOAD CSV WITH HEADERS FROM $url AS l RETURN l",
  "WITH 'file:///etc/' + 'passwd' AS u LOAD CSV FROM u AS l RETURN l",
  "USING PERIODIC COMMIT LOAD CSV FROM 'file:///etc/passwd' AS l CREATE (:Hacked {l: l})",
  "LOAD CSV FROM 'file:///etc/passwd' AS l FIELDTERMINATOR ':' RETURN l",
  // Procedures outside the allow-list.
  'CALL dbms.showCurrentUser()',
  'CALL dbms.listConnections()',
  'CALL dbms.setConfigValue("db.logs.query.enabled", "OFF")',
  'CALL dbms.procedures()',
  'CALL dbms.security.listUsers()',
  'CALL db.createProperty("hacked")',
  'CALL db.createRelationshipType("HACKED")',
  'CALL db.index.fulltext.createNodeIndex("h", ["Entity"], ["name"])',
  'CALL db.stats.clear("QUERIES")',
  'CALL db.checkpoint()',
  'CALL tx.setMetaData({x: 1})',
  'CALL apoc.cypher.runWrite("CREATE (:Hacked)", {})',
  'CALL apoc.load.json("file:///etc/passwd")',
  'RETURN apoc.version()',
  'call `db`.`createLabel`("Hacked")',
  'CALL db.labels() YIELD label CALL db.createLabel(label + "x") RETURN label',
  // Administration, SHOW and transaction commands.
  'SHOW TRANSACTIONS',
  'SHOW SERVERS',
  'SHOW DATABASES',
  'SHOW CURRENT USER',
  'SHOW ROLES',
  'SHOW PRIVILEGES',
  'SHOW ALIASES FOR DATABASE',
  'SHOW SETTINGS YIELD name, value',
  'TERMINATE TRANSACTION "neo4j-transaction-2"',
  'ALTER DATABASE neo4j SET ACCESS READ ONLY',
  'GRANT ROLE admin TO neo4j',
  'CREATE ROLE hacker',
  'DROP DATABASE hacked IF EXISTS',
  'CREATE OR REPLACE DATABASE hacked',
  'START DATABASE neo4j',
  'ROLLBACK',
  // CALL {} IN TRANSACTIONS variants.
  'UNWIND range(1, 2) AS i CALL (i) { RETURN i AS j } IN TRANSACTIONS OF 1 ROW RETURN j',
  'UNWIND range(1, 2) AS i CALL (i) { CREATE (:Hacked) } IN 2 CONCURRENT TRANSACTIONS',
  'UNWIND range(1, 2) AS i CALL (i) { MERGE (:Hacked {i: i}) } IN TRANSACTIONS ON ERROR CONTINUE',
  // Hidden writes: comments, escapes, backticks, multiple statements, other databases.
  "MATCH (n) RETURN n /* ; */ ; CREATE (:Hacked)",
  "// comment only\nCREATE (:Hacked)",
  "RETURN '*/ CREATE (:Hacked) /*' AS s; CREATE (:Hacked)",
  '\\u0043REATE (n:Hacked) RETURN n',
  'MATCH (n) D\\u0045TACH DELETE n',
  'MATCH (n) WITH n `SET` n.x = 1',
  '`CREATE` (n:Hacked)',
  "RETURN 1;\nCALL db.createLabel('Hacked')",
  'USE system SHOW DATABASES',
  'USE system CREATE USER mallory SET PASSWORD "secret1234"',
  'USE neo4j CREATE (:Hacked)',
  'CYPHER runtime=interpreted CREATE (:Hacked)',
  'CYPHER 5 MATCH (n) SET n.x = 1',
  'EXPLAIN MATCH (n) DETACH DELETE n',
];

// Each either refused or bounded; none may write.
export const BOMBS: { name: string; query: string }[] = [
  { name: 'UNWIND range(1, 10^10)', query: 'UNWIND range(1, 10000000000) AS x RETURN x' },
  { name: 'count over range(1, 10^10)', query: 'UNWIND range(1, 10000000000) AS x RETURN count(x)' },
  { name: 'sort over 10^9 rows', query: 'UNWIND range(1, 1000000000) AS x RETURN x ORDER BY x DESC' },
  { name: '5-way cartesian product', query: 'MATCH (a), (b), (c), (d), (e) RETURN count(*)' },
  { name: 'cartesian product with rows', query: 'MATCH (a), (b), (c) RETURN a, b, c' },
  { name: 'unbounded variable-length paths', query: 'MATCH p = ()-[*]-() RETURN count(p)' },
  { name: 'collect a cartesian product', query: 'MATCH (a), (b), (c) RETURN size(collect([a, b, c])) AS n' },
  { name: 'huge param-driven range', query: 'UNWIND range(1, $n) AS x RETURN x', },
];

// Single-expression bombs that exhaust the heap or never reach a point where the timeout can stop
// them run against a Neo4j of their own, under the supervisor: tests/reliability/runaway.test.ts.

describe('red team: more console attempts', () => {
  it(`has ${ATTEMPTS.length} attempts (with the 50 in cypher-console.test.ts: ≥100)`, () => {
    expect(ATTEMPTS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(ATTEMPTS).size).toBe(ATTEMPTS.length);
  });
  it.each(ATTEMPTS.map((q) => [q]))('refuses %s', async (query) => {
    const res = await run(query, { k: 'hacked', url: 'file:///etc/passwd' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(isErrorShape(res.body)).toBe(true);
    expect(['QUERY_REFUSED', 'QUERY_ERROR']).toContain(res.body.error.code);
  });
});

describe('resource bombs', () => {
  it.each(BOMBS.map((b) => [b.name, b.query]))('bounds %s', async (_name, query) => {
    const t0 = Date.now();
    const res = await run(query, { n: 10_000_000_000 });
    const ms = Date.now() - t0;
    // 413: Neo4j's per-transaction memory cap stopped it first (a sort of 10^9 rows on a quiet machine).
    expect([200, 400, 408, 413]).toContain(res.status);
    if (res.status === 200) expect(res.body.rows.length).toBeLessThanOrEqual(1000);
    else {
      expect(isErrorShape(res.body)).toBe(true);
      expect(['QUERY_TIMEOUT', 'QUERY_ERROR', 'QUERY_REFUSED', 'QUERY_MEMORY_LIMIT']).toContain(res.body.error.code);
    }
    if (res.status === 408) expect(res.body.error.code).toBe('QUERY_TIMEOUT');
    if (res.status === 413) expect(res.body.error.code).toBe('QUERY_MEMORY_LIMIT');
    // CYPHER_TIMEOUT_MS is 1.5 s: nothing may run far past it.
    expect(ms).toBeLessThan(15_000);
    // And the server still answers a plain read right after.
    await run('RETURN 1 AS one').expect(200);
  });
});

describe('after the attack', () => {
  it('the server is healthy and the database byte-for-byte unchanged', async () => {
    expect((await request(srv.app).get('/api/health').expect(200)).body.status).toBe('ok');
    const after = await graphChecksum(srv.db);
    expect(after).toEqual(before);
    expect(after.nodes).toBeGreaterThan(100);
  });
});
