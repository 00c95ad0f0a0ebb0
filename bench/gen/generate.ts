// The generator behind `npm run gen` and the benchmarks: news-like graphs in the project's
// SeedRows shape (entities + one bundle per article), so server/ingest/load.ts loads them as is.
// Article bundles are produced lazily (a generator function), so 1M relations never sit in
// memory at once; calling articles() again replays exactly the same sequence.
import crypto from 'node:crypto';
import { sentenceId, sha256, type ArticleBundle, type EntityRow, type RelationRow, type SeedRows } from '../../server/ingest/rows';
import { RELATION_TYPES, VOCABULARY, type RelationType } from '../../server/graph/vocabulary';
import { EntitySampler, entityCountFor, makeEntities } from './entities';
import { OFFICES, RELATION_MIX, sidesOf, SIDES } from './mix';
import { mulberry32, normal, pick, subSeed, Weighted, type Rng } from './rng';
import { FILLERS, SOURCES, TAILS, TextBuilder } from './text';

export interface GenOptions { relations: number; seed: number; entities?: number }

export interface Generated {
  options: Required<GenOptions>;
  entities: EntityRow[];
  /** Article bundles in a fixed order; each call starts the same sequence afresh. */
  articles(): Generator<ArticleBundle>;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = Math.round((Date.UTC(2024, 11, 31) - FIRST_DAY) / DAY_MS);
const isoDay = (d: number) => new Date(FIRST_DAY + d * DAY_MS).toISOString().slice(0, 10);
/** Relations per article: 1 + geometric with mean ~7, capped (a long wire story, not a database dump). */
const MEAN_PER_ARTICLE = 7;

function noisyScore(r: Rng, base: number): number {
  const s = Math.round((base + normal(r) * 0.6) * 10) / 10;
  // Noise must not flip a relation's polarity: a phone call stays friendly, a threat hostile.
  if (base > 0) return Math.min(10, Math.max(0.1, s));
  if (base < 0) return Math.max(-10, Math.min(-0.1, s));
  return 0;
}

export function generate(o: GenOptions): Generated {
  const options = { relations: o.relations, seed: o.seed, entities: o.entities ?? entityCountFor(o.relations) };
  const entities = makeEntities(options.entities, options.seed);
  const sampler = new EntitySampler(entities);
  const types = [...RELATION_TYPES];
  const typeMix = new Weighted(types.map((t) => RELATION_MIX[t]));

  function* articles(): Generator<ArticleBundle> {
    const r = mulberry32(subSeed(options.seed, 'articles'));
    let made = 0;
    let seq = 0;
    while (made < options.relations) {
      const k = Math.min(options.relations - made, 1 + Math.min(24, Math.floor(-Math.log(Math.max(r(), 1e-9)) * (MEAN_PER_ARTICLE - 1))));
      yield article(r, seq++, made, k);
      made += k;
    }
  }

  function article(r: Rng, seq: number, firstRel: number, k: number): ArticleBundle {
    const id = `ga${seq}`;
    // News volume grows over the decade: later days are likelier (u^0.7 leans toward 1).
    const day = Math.floor(r() ** 0.7 * DAYS);
    const date = isoDay(day);
    // A story is about a few actors: half its relations stay among them (repeated pairs, as in real coverage).
    const focus = [sampler.draw(r, ['Country', 'Person', 'Organization']), sampler.draw(r, ['Country', 'Person', 'Organization']), sampler.draw(r, ['Country', 'Person', 'Organization'])];
    const title = `${entities[focus[0]!]!.props.nameVi} và ${entities[focus[1]!]!.props.nameVi}: diễn biến mới`;
    const tb = new TextBuilder();
    tb.add(`${title}\n\n`);
    const bundle: ArticleBundle = { article: { id, props: { title, date, source: pick(r, SOURCES), language: 'vi', url: null, text: '', contentHash: '' } }, sentences: [], evidence: [], relations: [] };

    for (let j = 0; j < k; j++) {
      const type = types[typeMix.draw(r)]!;
      const [subjTypes, objTypes] = sidesOf(type);
      let s: number;
      let t: number;
      if (!SIDES[type] && r() < 0.5 && focus[0] !== focus[1]) {
        [s, t] = r() < 0.5 ? [focus[0]!, focus[1]!] : [focus[1]!, focus[2]! === focus[1] ? focus[0]! : focus[2]!];
      } else {
        s = sampler.draw(r, subjTypes);
        t = sampler.draw(r, objTypes);
        for (let tries = 0; t === s && tries < 20; tries++) t = sampler.draw(r, objTypes);
      }
      if (s === t) t = s === 0 ? 1 : 0; // tiny worlds only; keeps self-loops out
      if (r() < 0.4) tb.add(`${pick(r, FILLERS)} `);
      const subj = entities[s]!;
      const obj = entities[t]!;
      const spec = VOCABULARY[type];
      const role = type === 'HOLDS_OFFICE' ? pick(r, OFFICES) : null;
      const cue = role ?? pick(r, spec.cues);
      const sm = r() < 0.7 ? subj.props.nameVi : pick(r, subj.props.aliases);
      const om = r() < 0.7 ? obj.props.nameVi : pick(r, obj.props.aliases);
      // Sentence: "<S> <cue> <O><tail>." (offices: "<S>, <role> <O>, cho biết …").
      const [sStart, subjectEnd] = tb.add(sm);
      let trig: [number, number];
      let objR: [number, number];
      if (role) { tb.add(', '); trig = tb.add(role); tb.add(' '); objR = tb.add(om); tb.add(', cho biết'); } else { tb.add(' '); trig = tb.add(cue); tb.add(' '); objR = tb.add(om); }
      tb.add(`${pick(r, TAILS)}.`);
      const sEnd = tb.length;
      tb.add(' ');
      const relId = `gr${firstRel + j}`;
      const sid = sentenceId(id, sStart, sEnd);
      const relDate = spec.kind === 'event' ? isoDay(Math.max(0, day - Math.floor(r() * 4))) : null;
      bundle.sentences.push({ id: sid, articleId: id, props: { articleId: id, start: sStart, end: sEnd, text: '' } });
      bundle.evidence.push({
        id: `${relId}:0`, sentenceId: sid,
        props: {
          relationId: relId, relType: type, subjectId: subj.id, objectId: obj.id, articleId: id,
          sentenceStart: sStart, sentenceEnd: sEnd, subjectStart: sStart, subjectEnd, objectStart: objR[0], objectEnd: objR[1],
          triggerStart: trig[0], triggerEnd: trig[1], subjectText: sm, objectText: om, triggerText: cue,
        },
      });
      bundle.relations.push(relation(r, relId, type, subj.id, obj.id, relDate, date, role, sid));
    }
    const text = tb.toString().trimEnd();
    bundle.article.props.text = text;
    bundle.article.props.contentHash = sha256(text);
    for (const sn of bundle.sentences) sn.props.text = text.slice(sn.props.start, sn.props.end);
    return bundle;
  }

  function relation(r: Rng, id: string, type: RelationType, subject: string, object: string, date: string | null, knownFrom: string, role: string | null, sid: string): RelationRow {
    const spec = VOCABULARY[type];
    const modality = r() < 0.85 ? 'asserted' : r() < 0.5 ? 'attributed' : 'planned';
    return {
      id, type, subject, object, date, knownFrom,
      props: {
        cameo: spec.cameo.length ? pick(r, spec.cameo) : null,
        score: noisyScore(r, spec.score), modality, attribution: modality === 'attributed' ? 'nguồn tin' : null, role,
        symmetric: spec.symmetric, sentenceIds: [sid], provenance: 'generated', confidence: Math.round((0.6 + r() * 0.4) * 100) / 100,
      },
    };
  }

  return { options, entities, articles };
}

/** All rows in memory: fine up to a few hundred thousand relations (tests, the smoke run). */
export function materialize(g: Generated): SeedRows {
  return { entities: g.entities, articles: [...g.articles()] };
}

/** sha256 over every row in order: equal checksums mean byte-identical generator output. */
export function checksum(g: Generated): string {
  const h = crypto.createHash('sha256');
  for (const e of g.entities) h.update(JSON.stringify(e));
  for (const a of g.articles()) h.update(JSON.stringify(a));
  return h.digest('hex');
}
