// "Add article" end to end: paste an article, preview the extracted relations, reject one, commit
// the rest with the write token, and check through the API what was (and was not) written.
// The e2e database is shared with the files that run after this one: everything written is removed.
import type { Browser, Locator, Page } from 'playwright-core';
import { startTestServer, testDb, type TestServer } from '../setup/app-server';
import type { Db } from '../../server/neo4j/db';
import { closeSessions, hasText, launchBrowser, openSession, saveScreenshot, shoot, type Session } from './helpers';

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

// The deliberate wrong-token commit logs the browser's own "Failed to load resource: 401".
const open = (url = server.url): Promise<Session> => openSession(browser, url, { ignoreConsole: /status of 401/ });

/** Opens "Add article", fills in ARTICLE and presses Extract. */
async function extractArticle(): Promise<{ page: Page; panel: Locator }> {
  const { page } = await open();
  await page.getByRole('tab', { name: 'Add article' }).click();
  const panel = page.locator('.article-panel');
  await panel.getByLabel('Title').fill(ARTICLE.title);
  await panel.getByLabel('Date').fill(ARTICLE.date);
  await panel.getByLabel('Source').fill(ARTICLE.source);
  await panel.locator('textarea').fill(ARTICLE.text);
  await panel.getByRole('button', { name: 'Extract' }).click();
  return { page, panel };
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
  browser = await launchBrowser();
});

afterEach(closeSessions);

afterAll(async () => {
  await browser?.close();
  if (db && server) await cleanup();
  await db?.close();
  await server?.close();
});

test('add an article: extract, reject one relation, commit the rest with the token', async () => {
  const { page, panel } = await extractArticle();

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

  await saveScreenshot(page, 'add-article');

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
  await shoot(page, 'add-article-graph');
});

test('a second look at the same article says it is already ingested', async () => {
  const { page, panel } = await extractArticle();
  await hasText(panel.locator('.notice-inline'), 'already in the database');
  // The token survives in this tab's session only: a new context starts empty.
  expect(await panel.getByLabel('Write token').inputValue()).toBe('');
});
