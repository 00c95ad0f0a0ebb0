// Ingest against the real Neo4j: new articles are extracted and loaded with provenance; re-running
// changes nothing; killing the ingest at 20 points and re-running ends in exactly the graph of an
// uninterrupted run, with never half an article in between; the write API needs the token.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { loadLexicon } from '../../server/ingest/extract/lexicon-load';
import { previewArticle } from '../../server/ingest/ingest';
import { seed } from '../../server/ingest/seed';
import { startTestServer, type TestServer } from '../setup/app-server';
import { graphChecksum } from '../setup/checksum';
import { readTestEnv } from '../setup/test-env';

const root = process.cwd();
const dir = path.join(root, '.tmp', 'ingest-test');
const TOKEN = 'test-write-token-0123456789';
let srv: TestServer;

/** Six distinct articles made of seed sentences in different orders (deterministic). */
function syntheticArticles(): { file: string; text: string }[] {
  const src = fs.readFileSync(path.join(root, 'seeds', 'articles', 'article-2020-10-08-putin-ra-don-truoc.txt'), 'utf8').split('\n').filter((l) => l.trim());
  return Array.from({ length: 6 }, (_, i) => {
    const lines = src.filter((_l, j) => (j + i) % 3 !== 0);
    return { file: path.join(dir, `synthetic-${i}.txt`), text: `Bài tổng hợp số ${i + 1}\n${lines.join('\n')}\n` };
  });
}

async function wipeAndSeed(): Promise<void> {
  const s = srv.db.driver.session({ database: srv.db.database });
  try { await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'); } finally { await s.close(); }
  await seed(srv.db, root);
}

/** Runs the ingest CLI; with killAfterMs, SIGKILLs it that long after it starts writing (the clock
 *  starts at its "Ingesting N articles" line, so machine load before that does not move the kill point). */
function runIngest(files: string[], killAfterMs?: number): Promise<{ code: number | null; workMs: number }> {
  const env = readTestEnv();
  return new Promise((resolve) => {
    let started = 0;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/ingest.ts', ...files, '--date', '2020-10-08', '--source', 'test'], {
      cwd: root, stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NEO4J_URI: env.uri, NEO4J_USER: env.user, NEO4J_PASSWORD: env.password },
    });
    let timer: NodeJS.Timeout | null = null;
    child.stderr!.on('data', (b: Buffer) => {
      if (!started && b.toString().includes('Ingesting')) {
        started = performance.now();
        if (killAfterMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.on('exit', (code) => { if (timer) clearTimeout(timer); resolve({ code, workMs: started ? performance.now() - started : 0 }); });
  });
}

beforeAll(async () => {
  srv = await startTestServer({ NEWSGRAPH_WRITE_TOKEN: TOKEN });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const a of syntheticArticles()) fs.writeFileSync(a.file, a.text);
});
afterAll(async () => {
  await wipeAndSeed();
  await srv.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ingest', () => {
  const articles = syntheticArticles();
  const lexicon = loadLexicon();
  const expected = new Map(articles.map((a) => {
    const p = previewArticle({ text: a.text, title: 't', date: '2020-10-08', source: 'test' }, lexicon);
    return [p.articleId, p.relations.length];
  }));

  async function articleRelationCounts(): Promise<Map<string, number>> {
    const res = await srv.db.driver.executeQuery(
      "MATCH (a:Article) WHERE a.id STARTS WITH 'a-' OPTIONAL MATCH (v:Evidence {articleId: a.id}) RETURN a.id AS id, count(DISTINCT v.relationId) AS n",
      {}, { database: srv.db.database });
    return new Map(res.records.map((r) => [String(r.get('id')), Number(r.get('n'))]));
  }

  it('survives 20 kills: no half article ever, and the same graph as an uninterrupted run', async () => {
    await wipeAndSeed();
    const files = articles.map((a) => a.file);
    // The uninterrupted run is the reference, and its duration spreads the kill points over the work.
    const full = await runIngest(files);
    expect(full.code).toBe(0);
    const reference = await graphChecksum(srv.db);
    expect(reference.relationships).toBeGreaterThan(200);

    await wipeAndSeed();
    const progress: number[] = [];
    for (let k = 0; k < 20; k += 1) {
      // Each run skips what an earlier one finished, so later kills land further into the work.
      await runIngest(files, (full.workMs * k) / 20);
      const counts = await articleRelationCounts();
      for (const [id, n] of counts) expect([id, n]).toEqual([id, expected.get(id)]);
      progress.push(counts.size);
    }
    // The kills really interrupted the work part-way (not all before it started or after it ended).
    expect(progress.some((n) => n > 0 && n < articles.length)).toBe(true);
    expect((await runIngest(files)).code).toBe(0);
    expect(await graphChecksum(srv.db)).toEqual(reference);
    // Once more: idempotent.
    expect((await runIngest(files)).code).toBe(0);
    expect(await graphChecksum(srv.db)).toEqual(reference);
  });
});

describe('POST /api/articles', () => {
  const text = 'Ngày 20/10, Ngoại trưởng Nga Sergey Lavrov đã điện đàm với người đồng cấp Thổ Nhĩ Kỳ. Thổ Nhĩ Kỳ ủng hộ Azerbaijan.';
  const input = { text, title: 'Thử nghiệm', date: '2020-10-21', source: 'test' };

  it('previews relations with evidence and writes nothing', async () => {
    const before = await graphChecksum(srv.db);
    const res = await request(srv.app).post('/api/articles').send(input).expect(200);
    expect(res.body.relations.length).toBeGreaterThan(0);
    const support = res.body.relations.find((r: { type: string }) => r.type === 'SUPPORTS');
    expect(support).toMatchObject({ subject: { id: 'turkey' }, object: { id: 'azerbaijan' } });
    expect(text.slice(support.trigger.start, support.trigger.end)).toBe(support.trigger.text);
    expect(await graphChecksum(srv.db)).toEqual(before);
  });
  it('commits only accepted relations, with the token', async () => {
    const preview = (await request(srv.app).post('/api/articles').send(input)).body;
    const support = preview.relations.find((r: { type: string }) => r.type === 'SUPPORTS');
    const body = { ...input, accept: [support.id] };
    expect((await request(srv.app).post('/api/articles/commit').send(body).expect(401)).body.error.code).toBe('UNAUTHORIZED');
    expect((await request(srv.app).post('/api/articles/commit').set('Authorization', 'Bearer wrong').send(body).expect(401)).body.error.code).toBe('UNAUTHORIZED');
    const ok = await request(srv.app).post('/api/articles/commit').set('Authorization', `Bearer ${TOKEN}`).send(body).expect(200);
    expect(ok.body).toMatchObject({ relations: 1, alreadyIngested: false });
    const ev = await request(srv.app).get(`/api/relations/${support.id}/evidence`).expect(200);
    expect(ev.body.relation.provenance).toBe('extracted');
    expect(ev.body.evidence[0].article.title).toBe('Thử nghiệm');
    const again = await request(srv.app).post('/api/articles/commit').set('Authorization', `Bearer ${TOKEN}`).send(body).expect(200);
    expect(again.body.alreadyIngested).toBe(true);
  });
  it('refuses writes when no token is configured, and bad input', async () => {
    const open = await startTestServer();
    try {
      expect((await request(open.app).post('/api/articles/commit').set('Authorization', 'Bearer x').send({ ...input, accept: [] }).expect(403)).body.error.code).toBe('WRITES_DISABLED');
    } finally { await open.close(); }
    expect((await request(srv.app).post('/api/articles').send({ ...input, date: '21/10/2020' }).expect(400)).body.error.code).toBe('BAD_REQUEST');
    expect((await request(srv.app).post('/api/articles').send({ ...input, extra: 1 }).expect(400)).body.error.code).toBe('BAD_REQUEST');
  });
});
