// "Add article" end to end: paste an article, preview the extracted relations, reject one, commit
// the rest with the write token, and check through the API what was (and was not) written.
// The e2e database is shared with the files that run after this one: everything written is removed.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startTestServer, testDb, type TestServer } from '../setup/app-server';
import type { Db } from '../../server/neo4j/db';

const ARTIFACTS = path.join(process.cwd(), 'artifacts', 'e2e');
const TOKEN = 'e2e-write-token-0123456789';
const ARTICLE = {
  title: 'E2E: Thổ Nhĩ Kỳ và Karabakh',
  date: '2020-10-21',
  source: 'e2e-test',
  text: 'Ngày 20/10, Thổ Nhĩ Kỳ tuyên bố ủng hộ Azerbaijan. Armenia cáo buộc Thổ Nhĩ Kỳ đưa lính đánh thuê tới Karabakh.',
};
const CLEANUP = `MATCH (a:Article {id: $id}) OPTIONAL MATCH (s:Sentence)-[:IN_ARTICLE]->(a) OPTIONAL MATCH (v:Evidence)-[:IN_SENTENCE]->(s)
  WITH a, collect(DISTINCT s) AS ss, collect(DISTINCT v) AS vs, collect(DISTINCT v.relationId) AS rids
  MATCH ()-[r]->() WHERE r.id IN rids DELETE r
  WITH a, ss, vs FOREACH (x IN vs | DETACH DELETE x) FOREACH (x IN ss | DETACH DELETE x) DETACH DELETE a`;

let server: TestServer;
let browser: Browser;
let db: Db;

interface Session { context: BrowserContext; page: Page; errors: string[]; dialogs: string[] }
const sessions: Session[] = [];

async function open(url = server.url): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  const s: Session = { context, page, errors: [], dialogs: [] };
  page.on('console', (m) => {
    // The deliberate wrong-token commit logs the browser's own "Failed to load resource: 401".
    if (m.type() === 'error' && !/status of 401/.test(m.text())) s.errors.push(m.text());
  });
  page.on('pageerror', (e) => s.errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { s.dialogs.push(d.message()); void d.dismiss(); });
  sessions.push(s);
  await page.goto(url);
  await page.waitForFunction(() => window.__newsgraph?.ready === true, null, { timeout: 30_000 });
  return s;
}

/** Waits (up to 10 s) for a locator's text, then asserts it: jest's expect has no locator matchers. */
async function hasText(locator: Locator, expected: string): Promise<void> {
  let text = '';
  for (let i = 0; i < 50; i += 1) {
    text = (await locator.first().textContent({ timeout: 10_000 }).catch(() => '')) ?? '';
    if (text.includes(expected)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(text).toContain(expected);
}

async function articleId(): Promise<string> {
  const res = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ARTICLE) });
  return ((await res.json()) as { articleId: string }).articleId;
}

async function cleanup(): Promise<void> {
  await db.driver.executeQuery(CLEANUP, { id: await articleId() }, { database: db.o.database });
}

beforeAll(async () => {
  server = await startTestServer({ NEWSGRAPH_WRITE_TOKEN: TOKEN });
  db = testDb();
  await cleanup(); // a previous run that died half way must not make this one "already ingested"
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    // No GPU here: WebGL runs on SwiftShader, which Chromium only allows with these flags.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-gl=swiftshader', '--enable-unsafe-swiftshader'],
  });
});

afterEach(async () => {
  const errors = sessions.flatMap((s) => s.errors);
  const dialogs = sessions.flatMap((s) => s.dialogs);
  for (const s of sessions.splice(0)) await s.context.close();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  if (db && server) await cleanup();
  await db?.close();
  await server?.close();
});

test('add an article: extract, reject one relation, commit the rest with the token', async () => {
  const { page } = await open();
  await page.getByRole('tab', { name: 'Add article' }).click();
  const panel = page.locator('.article-panel');
  await panel.getByLabel('Title').fill(ARTICLE.title);
  await panel.getByLabel('Date').fill(ARTICLE.date);
  await panel.getByLabel('Source').fill(ARTICLE.source);
  await panel.locator('textarea').fill(ARTICLE.text);
  await panel.getByRole('button', { name: 'Extract' }).click();

  const cards = panel.locator('.review-card');
  await cards.first().waitFor({ timeout: 30_000 });
  const n = await cards.count();
  expect(n).toBeGreaterThanOrEqual(2);
  // The sentence is highlighted with <mark>s built from the offsets.
  await hasText(cards.first().locator('mark.m-trigger'), 'ủng hộ');
  await hasText(cards.first().locator('mark.m-subject'), 'Thổ Nhĩ Kỳ');
  await hasText(cards.first().locator('mark.m-object'), 'Azerbaijan');
  await hasText(panel.getByRole('button', { name: /^Commit/ }), `Commit ${n} relations`);

  // Reject the last card; keep the first.
  const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-relation-id')!));
  const keep = ids[0]!;
  const drop = ids[ids.length - 1]!;
  await cards.last().getByRole('radio', { name: 'Reject' }).click();
  await hasText(panel.getByRole('button', { name: /^Commit/ }), `Commit ${n - 1} relation`);
  expect(await cards.last().getAttribute('class')).toContain('rejected');

  // A wrong token is refused in plain words and writes nothing.
  const tokenInput = panel.getByLabel('Write token');
  expect(await tokenInput.getAttribute('type')).toBe('password');
  await tokenInput.fill('not-the-token');
  await panel.getByRole('button', { name: /^Commit/ }).click();
  await hasText(panel.locator('[role=alert]'), 'write token was not accepted');

  await tokenInput.fill(TOKEN);
  expect(await page.evaluate(() => sessionStorage.getItem('newsgraph.writeToken'))).toBe(TOKEN);
  expect(await page.evaluate(() => localStorage.getItem('newsgraph.writeToken'))).toBeNull();
  await panel.getByRole('button', { name: /^Commit/ }).click();
  await hasText(panel.locator('.commit-result'), `Committed: article saved with ${n - 1} relation`);

  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'add-article.png') });

  // Through the API: the accepted relation has its evidence, the rejected one does not exist.
  const kept = await fetch(`${server.url}/api/relations/${encodeURIComponent(keep)}/evidence`);
  expect(kept.status).toBe(200);
  const body = (await kept.json()) as { evidence: { sentence: { text: string } }[] };
  expect(body.evidence.some((e) => e.sentence.text.includes('ủng hộ Azerbaijan'))).toBe(true);
  expect((await fetch(`${server.url}/api/relations/${encodeURIComponent(drop)}/evidence`)).status).toBe(404);

  // "Show in graph" loads the committed subjects' neighbourhoods through the Explorer.
  await panel.getByRole('button', { name: 'Show in graph' }).click();
  await page.waitForFunction(() => window.__newsgraph!.busy === null && window.__newsgraph!.nodes().length > 1, null, { timeout: 30_000 });
  const subject = await page.evaluate(() => window.__newsgraph!.selection()?.id);
  expect(subject).toBeTruthy();
  expect(await page.evaluate(() => window.__newsgraph!.seeds())).toContain(subject);
  await page.waitForTimeout(700);
  await page.screenshot({ path: path.join(ARTIFACTS, 'add-article-graph.png') });
});

test('a second look at the same article says it is already ingested', async () => {
  const { page } = await open();
  await page.getByRole('tab', { name: 'Add article' }).click();
  const panel = page.locator('.article-panel');
  await panel.getByLabel('Title').fill(ARTICLE.title);
  await panel.getByLabel('Date').fill(ARTICLE.date);
  await panel.getByLabel('Source').fill(ARTICLE.source);
  await panel.locator('textarea').fill(ARTICLE.text);
  await panel.getByRole('button', { name: 'Extract' }).click();
  await hasText(panel.locator('.notice-inline'), 'already in the database');
  // The token survives in this tab's session only: a new context starts empty.
  expect(await panel.getByLabel('Write token').inputValue()).toBe('');
});
