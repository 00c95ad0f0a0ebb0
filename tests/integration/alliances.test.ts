// The alliance analytics against the real Neo4j with the seed graph loaded.
import request from 'supertest';
import { startTestServer, type TestServer } from '../setup/app-server';

let srv: TestServer;
beforeAll(async () => { srv = await startTestServer(); });
afterAll(async () => { await srv.close(); });

interface Actor { id: string; name: string; entityType: string }
interface Dyad { a: Actor; b: Actor; count: number; sum: number; mean: number; polarity: string; byType: Record<string, { count: number; sum: number }>; relationIds: string[] }

const get = (path: string, query: Record<string, string | number> = {}) => request(srv.app).get(path).query(query);
const dyadOf = (dyads: Dyad[], x: string, y: string) => dyads.find((d) => (d.a.id === x && d.b.id === y) || (d.a.id === y && d.b.id === x));
const expectError = (body: unknown, code: string) => {
  expect(body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
};

describe('GET /api/alliances/dyads', () => {
  let dyads: Dyad[];
  let body: Record<string, unknown> & { rollup: { people: { person: Actor; actor: Actor; role: string | null; source: string; from: string | null; to: string | null }[]; unresolved: Actor[] }; skipped: Record<string, number> };
  beforeAll(async () => {
    const res = await get('/api/alliances/dyads').expect(200);
    body = res.body;
    dyads = res.body.dyads;
  });

  it('scores Armenia–Azerbaijan as conflict and Turkey–Azerbaijan as cooperation', () => {
    const aa = dyadOf(dyads, 'armenia', 'azerbaijan')!;
    expect(aa.sum).toBeLessThan(0);
    expect(aa.polarity).toBe('conflict');
    expect(aa.byType.FIGHTS).toEqual({ count: 1, sum: -10, mean: -10 });
    expect(aa.byType.ACCUSES!.count).toBe(2);
    const ta = dyadOf(dyads, 'turkey', 'azerbaijan')!;
    expect(ta.sum).toBeGreaterThan(0);
    expect(ta.polarity).toBe('cooperation');
    expect(ta.byType.PROVIDES_MILITARY_AID!.count).toBe(2);
    expect(ta.mean).toBeCloseTo(ta.sum / ta.count, 5);
  });

  it('rolls people up to their state: Putin called Aliyev is Russia–Azerbaijan', () => {
    const ra = dyadOf(dyads, 'russia', 'azerbaijan')!;
    expect(ra.relationIds).toEqual(expect.arrayContaining(['r014', 'r016', 'r017', 'r024']));
    expect(ra.byType.CALLED!.count).toBe(2);
    expect(body.rollup.people).toEqual(expect.arrayContaining([expect.objectContaining({ person: expect.objectContaining({ id: 'vladimir-putin' }), actor: expect.objectContaining({ id: 'russia' }), source: 'text' })]));
    expect(body.rollup.people.filter((p) => p.source === 'text').map((p) => p.person.id).sort())
      .toEqual(['ilham-aliyev', 'jeyhun-bayramov', 'mike-pompeo', 'vladimir-putin', 'zohrab-mnatsakanyan']);
    expect(dyads.some((d) => d.a.entityType === 'Person' || d.b.entityType === 'Person')).toBe(false);
    expect(dyads.some((d) => d.a.entityType === 'Place' || d.b.entityType === 'Place')).toBe(false);
  });

  it('rolls up Pashinyan and Macron through the lexicon (no sentence states their office), and says so', () => {
    const viaLexicon = body.rollup.people.filter((p) => p.source === 'lexicon').map((p) => [p.person.id, p.actor.id, p.role, p.from, p.to]);
    expect(viaLexicon).toEqual([
      ['emmanuel-macron', 'france', 'President', '2017-05-14', null],
      ['nikol-pashinyan', 'armenia', 'Prime Minister', '2018-05-08', null],
    ]);
    expect(body.rollup.unresolved).toEqual([]);
    expect(body.skipped.unresolvedPerson).toBe(0);
    // Their relations now count: Putin–Pashinyan talks and Pashinyan's accusation, the Putin–Macron conversation.
    expect(dyadOf(dyads, 'russia', 'armenia')!.relationIds).toContain('r023');
    expect(dyadOf(dyads, 'armenia', 'turkey')!.relationIds).toContain('r026');
    expect(dyadOf(dyads, 'russia', 'france')!.relationIds).toEqual(expect.arrayContaining(['r002', 'r033', 'r034', 'r041', 'r042']));
  });

  it('counts co-membership and alliance as cooperation, never HOLDS_OFFICE or LOCATED_IN', () => {
    expect(dyadOf(dyads, 'armenia', 'belarus')).toMatchObject({ sum: 3, byType: { CO_MEMBERSHIP: { count: 1, sum: 3 } }, relationIds: ['r020', 'r048'] });
    expect(dyadOf(dyads, 'russia', 'armenia')!.byType).toMatchObject({ ALLIED_WITH: { count: 1, sum: 5 }, CO_MEMBERSHIP: { count: 1 } });
    for (const d of dyads) expect(Object.keys(d.byType)).not.toEqual(expect.arrayContaining(['HOLDS_OFFICE']));
    for (const d of dyads) expect(Object.keys(d.byType)).not.toEqual(expect.arrayContaining(['LOCATED_IN']));
  });

  it('gives relation ids that resolve to their evidence', async () => {
    const id = dyadOf(dyads, 'armenia', 'azerbaijan')!.relationIds[0]!;
    const ev = await get(`/api/relations/${id}/evidence`).expect(200);
    expect(ev.body.evidence.length).toBeGreaterThan(0);
  });

  it('keeps people as actors with rollup=false', async () => {
    const res = await get('/api/alliances/dyads', { rollup: 'false' }).expect(200);
    expect(dyadOf(res.body.dyads, 'vladimir-putin', 'ilham-aliyev')).toMatchObject({ byType: { CALLED: { count: 1 }, PRAISES: { count: 1 } } });
    expect(res.body.rollup).toEqual({ enabled: false, people: [], unresolved: [] });
  });

  it('filters by actor (a person counts as their state) and by type', async () => {
    const byActor = (await get('/api/alliances/dyads', { actors: 'vladimir-putin' }).expect(200)).body.dyads as Dyad[];
    expect(byActor.length).toBeGreaterThan(0);
    for (const d of byActor) expect([d.a.id, d.b.id]).toContain('russia');
    const fights = (await get('/api/alliances/dyads', { types: 'FIGHTS' }).expect(200)).body.dyads as Dyad[];
    expect(fights.map((d) => [d.a.id, d.b.id])).toEqual([['armenia', 'azerbaijan'], ['azerbaijan', 'nagorno-karabakh-republic']]);
  });

  it('counts events inside the window and static ties from their date on', async () => {
    const early = (await get('/api/alliances/dyads', { to: '2020-10-07' }).expect(200)).body.dyads as Dyad[];
    expect(early.flatMap((d) => d.relationIds).sort()).toEqual(['r014', 'r016', 'r017', 'r024', 'r030']);
    const late = (await get('/api/alliances/dyads', { from: '2020-10-22' }).expect(200)).body.dyads as Dyad[];
    expect(dyadOf(late, 'armenia', 'azerbaijan')).toBeUndefined();
    expect(dyadOf(late, 'armenia', 'united-states')!.byType.MET!.count).toBe(1);
    expect(dyadOf(late, 'russia', 'armenia')!.byType.ALLIED_WITH!.count).toBe(1);
  });
});

describe('GET /api/alliances/blocs', () => {
  it('puts Armenia and Azerbaijan in different blocs, Turkey with Azerbaijan, Russia with Armenia', async () => {
    const res = await get('/api/alliances/blocs').expect(200);
    const { memberOf, blocs, between, quality, method } = res.body;
    expect(memberOf.armenia).not.toBe(memberOf.azerbaijan);
    expect(memberOf.turkey).toBe(memberOf.azerbaijan);
    expect(memberOf.russia).toBe(memberOf.armenia);
    expect(quality).toBeGreaterThan(0);
    expect(quality).toBeLessThanOrEqual(1);
    expect(method).toMatch(/Louvain/);
    // memberOf and the member lists agree; every actor in exactly one bloc.
    const listed = blocs.flatMap((b: { id: string; members: Actor[] }) => b.members.map((m) => [m.id, b.id]));
    expect(Object.fromEntries(listed)).toEqual(memberOf);
    expect(new Set(listed.map(([m]: string[]) => m)).size).toBe(listed.length);
    // The Armenian and Azerbaijani blocs are at odds.
    const [x, y] = [memberOf.armenia, memberOf.azerbaijan].sort();
    expect(between.find((p: { a: string; b: string }) => [p.a, p.b].sort().join() === [x, y].join()).conflict).toBeGreaterThan(0);
  });

  it('is deterministic', async () => {
    const [one, two] = await Promise.all([get('/api/alliances/blocs'), get('/api/alliances/blocs')]);
    expect(one.body).toEqual(two.body);
  });

  it('honours the window and merge=false', async () => {
    const res = await get('/api/alliances/blocs', { to: '2020-10-07', merge: 'false' }).expect(200);
    expect(Object.keys(res.body.memberOf).sort()).toEqual(['armenia', 'azerbaijan', 'russia', 'turkey']);
    expect(res.body.method).not.toMatch(/merges/);
  });
});

describe('GET /api/alliances/balance', () => {
  it('gives the share of balanced triangles and the triads Russia leaves unbalanced', async () => {
    const res = await get('/api/alliances/balance').expect(200);
    expect(res.body.share).toBeGreaterThanOrEqual(0);
    expect(res.body.share).toBeLessThanOrEqual(1);
    expect(res.body.triangles).toBe(res.body.balanced + res.body.unbalanced);
    const russia = res.body.unbalancedTriads.find((t: { pivot: string }) => t.pivot === 'russia');
    expect(russia).toMatchObject({
      kind: 'friend-of-both-sides',
      sentence: 'Russia cooperates with Armenia and with Azerbaijan, which fight each other',
    });
    expect(russia.relationIds).toEqual(expect.arrayContaining(['r018', 'r019', 'r014']));
    expect(russia.actors.map((a: Actor) => a.id).sort()).toEqual(['armenia', 'azerbaijan', 'russia']);
  });

  it('bounds the list with limit', async () => {
    const res = await get('/api/alliances/balance', { limit: 1 }).expect(200);
    expect(res.body.unbalancedTriads).toHaveLength(1);
    expect(res.body.truncated).toBe(res.body.unbalanced > 1);
  });
});

describe('GET /api/alliances/timeline', () => {
  it('shows the Armenia–Azerbaijan dyad in negative buckets', async () => {
    const res = await get('/api/alliances/timeline', { a: 'armenia', b: 'azerbaijan', bucket: 'week' }).expect(200);
    expect(res.body.a.id).toBe('armenia');
    const points = res.body.points as { start: string; sum: number; count: number; byType: Record<string, unknown> }[];
    expect(points.some((p) => p.sum < 0)).toBe(true);
    expect(points[0]).toMatchObject({ start: '2020-10-05', sum: -10, byType: { FIGHTS: { count: 1 } } });
    expect(points.at(-1)).toMatchObject({ start: '2020-10-19', sum: -4 });
    expect(res.body.dyad.sum).toBeLessThan(0);
  });

  it('rolls a person up through the lexicon when no sentence states the office', async () => {
    const res = await get('/api/alliances/timeline', { a: 'nikol-pashinyan', b: 'turkey', bucket: 'month' }).expect(200);
    expect(res.body.a).toMatchObject({ id: 'armenia', name: 'Armenia' });
    expect(res.body.dyad.relationIds).toContain('r026');
  });

  it('rolls people up and lists the standing ties apart', async () => {
    const res = await get('/api/alliances/timeline', { a: 'vladimir-putin', b: 'armenia', bucket: 'month' }).expect(200);
    expect(res.body.a).toMatchObject({ id: 'russia', name: 'Russia' });
    expect(res.body.standing.map((s: { type: string }) => s.type)).toEqual(['ALLIED_WITH', 'CO_MEMBERSHIP']);
    expect(res.body.standing[1].via).toMatchObject({ id: 'csto' });
  });

  it('404 for an unknown entity', async () => {
    expectError((await get('/api/alliances/timeline', { a: 'armenia', b: 'atlantis' }).expect(404)).body, 'NOT_FOUND');
  });

  it.each([
    [{ b: 'azerbaijan' }, 'missing a'],
    [{ a: 'armenia', b: 'armenia' }, 'same entity'],
    [{ a: 'armenia', b: 'azerbaijan', bucket: 'year' }, 'unknown bucket'],
    [{ a: 'armenia', b: 'azerbaijan', from: '2020-10-32' }, 'impossible date'],
    [{ a: 'armenia', b: 'azerbaijan', from: '08/10/2020' }, 'not YYYY-MM-DD'],
    [{ a: 'armenia', b: 'azerbaijan', from: '2020-10-21', to: '2020-10-08' }, 'from after to'],
    [{ a: 'armenia', b: 'geneva' }, 'a place'],
    [{ a: 'vladimir-putin', b: 'russia' }, 'the same actor after rollup'],
    [{ a: 'nikol-pashinyan', b: 'turkey', to: '2018-01-01' }, 'a person with no office in the window, rolled up'],
    [{ a: 'nikol-pashinyan', b: 'armenia' }, 'the same actor after rollup through the lexicon'],
  ] as [Record<string, string>, string][])('400 for %j (%s)', async (query, _why) => {
    expectError((await get('/api/alliances/timeline', query).expect(400)).body, 'BAD_REQUEST');
  });
});

describe('bad input to the alliance endpoints', () => {
  it.each([
    ['/api/alliances/dyads', { types: 'HOLDS_OFFICE' }],
    ['/api/alliances/dyads', { types: 'FIGHTS,NOPE' }],
    ['/api/alliances/dyads', { rollup: 'maybe' }],
    ['/api/alliances/dyads', { modalities: 'rumoured' }],
    ['/api/alliances/dyads', { actors: 'bad id!' }],
    ['/api/alliances/blocs', { from: '2020-13-01' }],
    ['/api/alliances/blocs', { merge: 'yes please' }],
    ['/api/alliances/balance', { limit: 0 }],
    ['/api/alliances/balance', { to: 'tomorrow' }],
  ])('400 for %s %j', async (path, query) => {
    const res = await get(path, query).expect(400);
    expectError(res.body, 'BAD_REQUEST');
    expect(res.body.error.details.length).toBeGreaterThan(0);
  });

  it('400 for repeated parameters, 404 for an unknown actor', async () => {
    expectError((await request(srv.app).get('/api/alliances/blocs?from=2020-10-01&from=2020-10-02').expect(400)).body, 'BAD_REQUEST');
    expectError((await get('/api/alliances/dyads', { actors: 'armenia,atlantis' }).expect(404)).body, 'NOT_FOUND');
    // Pashinyan's office (from the lexicon) began on 2018-05-08: before that he rolls up to nothing.
    expectError((await get('/api/alliances/dyads', { actors: 'nikol-pashinyan', to: '2018-01-01' }).expect(400)).body, 'BAD_REQUEST');
    const asArmenia = (await get('/api/alliances/dyads', { actors: 'nikol-pashinyan' }).expect(200)).body.dyads as Dyad[];
    expect(asArmenia.length).toBeGreaterThan(0);
    for (const d of asArmenia) expect([d.a.id, d.b.id]).toContain('armenia');
    expect((await get('/api/alliances/dyads', { actors: 'nikol-pashinyan', rollup: 'false' }).expect(200)).body.dyads.length).toBeGreaterThan(0);
  });

  it('documents the four endpoints in OpenAPI', async () => {
    const doc = (await get('/api/openapi.json').expect(200)).body;
    for (const p of ['dyads', 'blocs', 'balance', 'timeline']) expect(doc.paths[`/api/alliances/${p}`].get).toBeDefined();
    expect(doc.components.schemas.AllianceBlocs).toBeDefined();
  });
});
