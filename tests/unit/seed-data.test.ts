// The hand-made seed files (seeds/articles/articles.json, seeds/lexicon/actors.json,
// seeds/relations/relations.json) are the gold standard for the extractor: these tests read them from
// disk, validate them with the zod schemas and check every quote against the byte-exact articles.
import fs from 'node:fs';
import path from 'node:path';
import { ActorsFile, ArticlesFile, RelationsFile, type CuratedRelation } from '../../server/graph/seed-files';
import { VOCABULARY, isSymmetric, type RelationType } from '../../server/graph/vocabulary';
import { locateEvidence } from '../../server/ingest/evidence-offsets';

const SEEDS = path.join(process.cwd(), 'seeds');
const readJson = (...parts: string[]): unknown => JSON.parse(fs.readFileSync(path.join(SEEDS, ...parts), 'utf8'));

const articles = ArticlesFile.parse(readJson('articles', 'articles.json'));
const actors = ActorsFile.parse(readJson('lexicon', 'actors.json'));
const relations = RelationsFile.parse(readJson('relations', 'relations.json'));

const texts = new Map(articles.map((a) => [a.id, fs.readFileSync(path.join(SEEDS, 'articles', a.file), 'utf8')]));
const actorById = new Map(actors.map((a) => [a.id, a]));
const articleOrder = new Map(articles.map((a, i) => [a.id, i]));

const A1 = '2020-10-08-putin-ra-don-truoc';
const A2 = '2020-10-21-nga-phap-nhat-tri';

/** Relations of a type between two actors; for symmetric types, in either direction. */
function find(type: RelationType, subject: string, object: string): CuratedRelation[] {
  return relations.filter((r) => r.type === type && (
    (r.subject === subject && r.object === object) ||
    (isSymmetric(type) && r.subject === object && r.object === subject)));
}

const TERMINATORS = '.!?…';
const CLOSING_QUOTES = '”"’\'»';

/** True when [start, end) is one whole sentence: a span ending at . ! ? or a line break. */
function isWholeSentence(text: string, start: number, end: number): boolean {
  // Before: the start of the text or of a line, or a sentence terminator (maybe with a closing quote) and spaces.
  let j = start - 1;
  while (j >= 0 && text[j] === ' ') j--;
  const before = j < 0 || text[j] === '\n' || TERMINATORS.includes(text[j]!) ||
    (CLOSING_QUOTES.includes(text[j]!) && j > 0 && TERMINATORS.includes(text[j - 1]!));
  if (!before || (j === start - 1 && j >= 0 && text[j] !== '\n')) return false;
  // After: a terminator ends the sentence, or the line / text ends right after it.
  const last = text[end - 1]!;
  const after = end === text.length || text[end] === '\n' || TERMINATORS.includes(last);
  if (!after) return false;
  // Inside: no line break and no terminator followed by a space (digits like 30.000 are not terminators).
  const body = text.slice(start, end).replace(/[.!?…]+$/, '');
  return !body.includes('\n') && !/[.!?…]["”’'»]?\s/.test(body);
}

describe('seed files: schema and identity', () => {
  it('parse with the zod schemas and are not empty', () => {
    expect(articles).toHaveLength(2);
    expect(actors.length).toBeGreaterThan(20);
    expect(relations.length).toBeGreaterThan(40);
  });

  it('have unique ids', () => {
    for (const ids of [articles.map((a) => a.id), actors.map((a) => a.id), relations.map((r) => r.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('number relations r001, r002, … in text order', () => {
    relations.forEach((r, i) => expect(r.id).toBe(`r${String(i + 1).padStart(3, '0')}`));
    const position = (r: CuratedRelation) => {
      const ev = r.evidence[0]!;
      return [articleOrder.get(ev.article)!, texts.get(ev.article)!.indexOf(ev.sentence)] as const;
    };
    for (let i = 1; i < relations.length; i++) {
      const [pa, ps] = position(relations[i - 1]!);
      const [a, s] = position(relations[i]!);
      expect(a > pa || (a === pa && s >= ps)).toBe(true);
    }
  });

  it('describe the two articles as the seed README says', () => {
    expect(articles.map((a) => a.id)).toEqual([A1, A2]);
    for (const a of articles) {
      expect(a.file).toBe(`article-${a.id}.txt`);
      expect(a.language).toBe('vi');
    }
    const [first, second] = articles;
    expect(first!.date).toBe('2020-10-08');
    expect(second!.date).toBe('2020-10-21');
    expect(first!.title).toBe(texts.get(A1)!.split('\n')[0]);
    expect(second!.source).toBe('TTXVN');
    expect(first!.source).toMatch(/TASS.*Sputnik.*TRT Haber.*Rossia 24.*The Moscow Times.*Avia-pro/);
  });
});

describe('seed files: actors', () => {
  it('are sorted by type, then id', () => {
    const keys = actors.map((a) => `${a.type}\u0000${a.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('give offices only to people, for known countries or organisations', () => {
    for (const a of actors) {
      if (a.type !== 'Person') expect(a.offices).toEqual([]);
      for (const o of a.offices) {
        expect(actorById.get(o.of)?.type).toMatch(/^(Country|Organization)$/);
        if (o.from && o.to) expect(o.from < o.to).toBe(true);
      }
    }
    const office = (id: string) => actorById.get(id)?.offices.map((o) => `${o.role} of ${o.of}`);
    expect(office('vladimir-putin')).toContain('President of russia');
    expect(office('nikol-pashinyan')).toContain('Prime Minister of armenia');
    expect(office('ilham-aliyev')).toContain('President of azerbaijan');
    expect(office('sergey-lavrov')).toContain('Foreign Minister of russia');
    expect(office('jean-yves-le-drian')).toContain('Foreign Minister of france');
    expect(office('mike-pompeo')).toContain('Secretary of State of united-states');
    expect(office('emmanuel-macron')).toContain('President of france');
    expect(office('recep-tayyip-erdogan')).toContain('President of turkey');
    expect(office('zohrab-mnatsakanyan')).toContain('Foreign Minister of armenia');
    expect(office('jeyhun-bayramov')).toContain('Foreign Minister of azerbaijan');
  });

  it('list the forms the articles use', () => {
    expect(actorById.get('russia')?.aliases).toEqual(expect.arrayContaining(['Nga', 'LB Nga', 'Liên bang Nga', 'Điện Kremlin']));
    expect(actorById.get('united-states')?.aliases).toEqual(expect.arrayContaining(['Mỹ', 'Hoa Kỳ']));
    expect(actorById.get('turkey')?.aliases).toContain('Thổ Nhĩ Kỳ');
    expect(actorById.get('moscow')?.aliases).toEqual(expect.arrayContaining(['Moscow', 'Matxcơva']));
    expect(actorById.get('russia')?.aliases).not.toContain('Moscow');
    expect(actorById.get('osce-minsk-group')?.aliases).toEqual(expect.arrayContaining(['Nhóm OSCE Minsk', 'Nhóm Minsk']));
  });
});

describe('seed files: relations', () => {
  it('reference actors that exist in actors.json', () => {
    for (const r of relations) {
      expect({ id: r.id, subject: actorById.has(r.subject), object: actorById.has(r.object) })
        .toEqual({ id: r.id, subject: true, object: true });
      expect(r.subject).not.toBe(r.object);
    }
  });

  it('locate every evidence quote in its article, and the located slices equal the quotes', () => {
    for (const r of relations) {
      for (const ev of r.evidence) {
        const text = texts.get(ev.article);
        expect(text).toBeDefined();
        const o = locateEvidence(text!, ev);
        expect(text!.slice(o.sentenceStart, o.sentenceEnd)).toBe(ev.sentence);
        expect(text!.slice(o.subjectStart, o.subjectEnd)).toBe(ev.subject);
        expect(text!.slice(o.objectStart, o.objectEnd)).toBe(ev.object);
        expect(text!.slice(o.triggerStart, o.triggerEnd)).toBe(ev.trigger);
      }
    }
  });

  it('quote whole sentences (spans ending at . ! ? or a line break)', () => {
    for (const r of relations) {
      for (const ev of r.evidence) {
        const text = texts.get(ev.article)!;
        const start = text.indexOf(ev.sentence);
        expect({ id: r.id, sentence: ev.sentence, whole: isWholeSentence(text, start, start + ev.sentence.length) })
          .toEqual({ id: r.id, sentence: ev.sentence, whole: true });
      }
    }
  });

  it('follow the coding conventions for roles, modality, dates and CAMEO codes', () => {
    for (const r of relations) {
      const spec = VOCABULARY[r.type];
      if (r.type === 'HOLDS_OFFICE') {
        expect(r.role).toEqual(expect.any(String));
        expect(actorById.get(r.subject)?.type).toBe('Person');
      } else {
        expect(r.role).toBeNull();
      }
      if (spec.kind === 'static') expect({ id: r.id, date: r.date }).toEqual({ id: r.id, date: null });
      expect({ id: r.id, attributed: r.attribution !== null }).toEqual({ id: r.id, attributed: r.modality === 'attributed' });
      if (r.attribution && /^[a-z0-9-]+$/.test(r.attribution)) expect(actorById.has(r.attribution)).toBe(true);
      if (r.cameo !== null) expect(spec.cameo).toContain(r.cameo);
      if (r.date !== null) expect(r.date >= '2020-09-27' && r.date <= '2020-10-31').toBe(true);
    }
  });

  it('code each symmetric pair and each office once', () => {
    const seen = new Set<string>();
    for (const r of relations) {
      const pair = isSymmetric(r.type) ? [r.subject, r.object].sort().join('|') : `${r.subject}>${r.object}`;
      const key = r.type === 'HOLDS_OFFICE'
        ? `${r.type}:${pair}:${r.role}`
        : `${r.type}:${pair}:${r.date}:${r.modality}:${r.attribution}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('do not code negated relations', () => {
    expect(find('MEMBER_OF', 'azerbaijan', 'csto')).toEqual([]);
    expect(find('MEMBER_OF', 'nagorno-karabakh', 'csto')).toEqual([]);
    expect(find('LOCATED_IN', 'nagorno-karabakh', 'csto')).toEqual([]);
    // "Họ loại trừ một cuộc gặp với Ngoại trưởng Azerbaijan": the meeting is ruled out.
    expect(find('MET', 'zohrab-mnatsakanyan', 'jeyhun-bayramov')).toEqual([]);
  });
});

describe('seed files: the expected examples', () => {
  it('Putin called Aliyev on 2020-10-07, and Aliyev wished him a happy birthday', () => {
    const called = find('CALLED', 'vladimir-putin', 'ilham-aliyev');
    expect(called).toHaveLength(1);
    expect(called[0]).toMatchObject({ subject: 'vladimir-putin', date: '2020-10-07', modality: 'asserted' });
    expect(called[0]!.evidence.some((e) => e.trigger.includes('điện đàm'))).toBe(true);
    expect(find('PRAISES', 'ilham-aliyev', 'vladimir-putin')).toEqual([expect.objectContaining({ date: '2020-10-07' })]);
  });

  it('the six CSTO members', () => {
    for (const member of ['armenia', 'russia', 'belarus', 'kazakhstan', 'kyrgyzstan', 'tajikistan']) {
      expect({ member, found: find('MEMBER_OF', member, 'csto').length }).toEqual({ member, found: 1 });
    }
    expect(relations.filter((r) => r.type === 'MEMBER_OF' && r.object === 'csto')).toHaveLength(6);
  });

  it('the three OSCE Minsk Group co-chairs', () => {
    const chairs = relations.filter((r) => r.type === 'CO_CHAIRS' && r.object === 'osce-minsk-group').map((r) => r.subject);
    expect(chairs.sort()).toEqual(['france', 'russia', 'united-states']);
  });

  it('Turkey supports Azerbaijan and provides it military aid', () => {
    expect(find('SUPPORTS', 'turkey', 'azerbaijan')).toEqual([expect.objectContaining({ modality: 'asserted' })]);
    const aid = find('PROVIDES_MILITARY_AID', 'turkey', 'azerbaijan');
    expect(aid.some((r) => r.modality === 'asserted')).toBe(true);
    // The Armenian army's claim about fighters from Syria and Libya is attributed to Armenia.
    expect(aid.some((r) => r.modality === 'attributed' && r.attribution === 'armenia')).toBe(true);
  });

  it('Armenia fights Azerbaijan; Nagorno-Karabakh lies in Azerbaijan', () => {
    const fights = find('FIGHTS', 'armenia', 'azerbaijan');
    expect(fights).toHaveLength(1);
    expect(fights[0]!.subject).toBe('armenia');
    expect(find('LOCATED_IN', 'nagorno-karabakh', 'azerbaijan')).toHaveLength(1);
  });

  it('Putin consulted Macron', () => {
    expect(find('CONSULTED', 'vladimir-putin', 'emmanuel-macron')).toEqual([expect.objectContaining({ subject: 'vladimir-putin' })]);
  });

  it('both foreign ministers are to meet Pompeo on 2020-10-23', () => {
    for (const fm of ['zohrab-mnatsakanyan', 'jeyhun-bayramov']) {
      expect(find('MET', fm, 'mike-pompeo')).toEqual([
        expect.objectContaining({ subject: fm, object: 'mike-pompeo', modality: 'planned', date: '2020-10-23' }),
      ]);
    }
  });

  it('offices stated by apposition are coded once', () => {
    const offices = relations.filter((r) => r.type === 'HOLDS_OFFICE').map((r) => `${r.subject}:${r.role}:${r.object}`);
    expect(offices).toEqual(expect.arrayContaining([
      'vladimir-putin:President:russia',
      'jean-yves-le-drian:Foreign Minister:france',
      'ilham-aliyev:President:azerbaijan',
      'mike-pompeo:Secretary of State:united-states',
    ]));
    expect(new Set(offices).size).toBe(offices.length);
  });
});
