// Pure: turns the seed files (articles, actors, curated relations) into the rows the loader writes.
// Offsets are located here, so a quote that is not in its article fails before anything is written.
import crypto from 'node:crypto';
import { VOCABULARY } from '../graph/vocabulary';
import type { Actor, ArticleMeta, CuratedRelation } from '../graph/seed-files';
import { locateEvidence } from './evidence-offsets';

export interface EntityRow { id: string; entityType: string; props: { name: string; nameVi: string; aliases: string[]; searchAliases: string; entityType: string } }
export interface ArticleRow { id: string; props: { title: string; date: string; source: string; language: string; url: string | null; text: string; contentHash: string } }
export interface SentenceRow { id: string; articleId: string; props: { articleId: string; start: number; end: number; text: string } }
export interface RelationRow { id: string; type: string; subject: string; object: string; date: string | null; knownFrom: string | null; props: Record<string, unknown> }
export interface EvidenceRow { id: string; sentenceId: string; props: Record<string, unknown> }

export interface ArticleBundle { article: ArticleRow; sentences: SentenceRow[]; evidence: EvidenceRow[]; relations: RelationRow[] }
export interface SeedRows { entities: EntityRow[]; articles: ArticleBundle[] }

export const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');
export const sentenceId = (articleId: string, start: number, end: number) => `${articleId}:${start}-${end}`;

export function entityRow(a: Actor): EntityRow {
  return {
    id: a.id, entityType: a.type,
    props: { name: a.name, nameVi: a.nameVi, aliases: a.aliases, searchAliases: a.aliases.join(' | '), entityType: a.type },
  };
}

export function buildSeedRows(
  articles: { meta: ArticleMeta; text: string }[],
  actors: Actor[],
  relations: CuratedRelation[],
): SeedRows {
  const actorIds = new Set(actors.map((a) => a.id));
  const used = new Set<string>();
  const texts = new Map(articles.map((a) => [a.meta.id, a.text]));
  const dates = new Map(articles.map((a) => [a.meta.id, a.meta.date]));
  const bundles = new Map<string, ArticleBundle>(articles.map((a) => [a.meta.id, {
    article: { id: a.meta.id, props: { title: a.meta.title, date: a.meta.date, source: a.meta.source, language: a.meta.language, url: a.meta.url ?? null, text: a.text, contentHash: sha256(a.text) } },
    sentences: [], evidence: [], relations: [],
  }]));

  for (const r of relations) {
    for (const side of [r.subject, r.object]) {
      if (!actorIds.has(side)) throw new Error(`Relation ${r.id}: unknown actor "${side}" (add it to seeds/lexicon/actors.json)`);
      used.add(side);
    }
    const spec = VOCABULARY[r.type];
    const sentenceIds: string[] = [];
    // A relation lives with the article of its first evidence; later evidence may come from others.
    const home = bundles.get(r.evidence[0]!.article);
    if (!home) throw new Error(`Relation ${r.id}: unknown article "${r.evidence[0]!.article}"`);
    r.evidence.forEach((ev, i) => {
      const text = texts.get(ev.article);
      const bundle = bundles.get(ev.article);
      if (text === undefined || !bundle) throw new Error(`Relation ${r.id}: unknown article "${ev.article}"`);
      const o = locateEvidence(text, ev);
      const sid = sentenceId(ev.article, o.sentenceStart, o.sentenceEnd);
      sentenceIds.push(sid);
      if (!bundle.sentences.some((s) => s.id === sid)) {
        bundle.sentences.push({ id: sid, articleId: ev.article, props: { articleId: ev.article, start: o.sentenceStart, end: o.sentenceEnd, text: text.slice(o.sentenceStart, o.sentenceEnd) } });
      }
      bundle.evidence.push({
        id: `${r.id}:${i}`, sentenceId: sid,
        props: {
          relationId: r.id, relType: r.type, subjectId: r.subject, objectId: r.object, articleId: ev.article, ...o,
          subjectText: ev.subject, objectText: ev.object, triggerText: ev.trigger,
        },
      });
    });
    // When the relation was first reported: the date slider places undated ties there.
    const knownFrom = r.evidence.map((ev) => dates.get(ev.article) ?? '').sort()[0] ?? null;
    home.relations.push({
      id: r.id, type: r.type, subject: r.subject, object: r.object, date: r.date, knownFrom,
      props: {
        cameo: r.cameo ?? spec.cameo[0] ?? null,
        score: r.score ?? spec.score,
        modality: r.modality,
        attribution: r.attribution,
        role: r.role,
        symmetric: spec.symmetric,
        sentenceIds,
        provenance: 'curated',
        confidence: 1,
      },
    });
  }
  return {
    entities: actors.filter((a) => used.has(a.id)).map(entityRow),
    articles: [...bundles.values()],
  };
}
