// Pure: turns one article's extracted relations into the rows the loader writes (the same shapes
// as the curated seed), with stable ids so re-ingesting the same text changes nothing.
import type { ExtractedRelation } from './extract/types';
import type { LexActor } from './extract/lexicon';
import { VOCABULARY } from '../graph/vocabulary';
import { sentenceId, sha256, type ArticleBundle, type EntityRow } from './rows';

export interface ArticleInput { text: string; title: string; date: string; source: string; url?: string | null }

/** Articles are identified by their content: the same text is the same article. */
export const articleIdFor = (text: string) => `a-${sha256(text).slice(0, 16)}`;

export function relationIdFor(articleId: string, r: Pick<ExtractedRelation, 'type' | 'subject' | 'object' | 'sentence' | 'trigger'>): string {
  return `x-${sha256([articleId, r.type, r.subject.id, r.object.id, r.sentence.start, r.trigger.start].join('|')).slice(0, 16)}`;
}

export function entityRowsFor(relations: ExtractedRelation[], actors: Map<string, LexActor>): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const ref of relations.flatMap((r) => [r.subject, r.object])) {
    if (rows.has(ref.id)) continue;
    const known = actors.get(ref.id);
    const aliases = known?.aliases ?? [ref.nameVi, ref.name];
    rows.set(ref.id, {
      id: ref.id, entityType: ref.type,
      props: { name: known?.name ?? ref.name, nameVi: known?.nameVi ?? ref.nameVi, aliases, searchAliases: aliases.join(' | '), entityType: ref.type },
    });
  }
  return [...rows.values()];
}

export function articleBundleFor(input: ArticleInput, relations: ExtractedRelation[]): ArticleBundle {
  const id = articleIdFor(input.text);
  const bundle: ArticleBundle = {
    article: { id, props: { title: input.title, date: input.date, source: input.source, language: 'vi', url: input.url ?? null, text: input.text, contentHash: sha256(input.text) } },
    sentences: [], evidence: [], relations: [],
  };
  const seen = new Set<string>();
  for (const r of relations) {
    const rid = relationIdFor(id, r);
    if (seen.has(rid)) continue;
    seen.add(rid);
    const sid = sentenceId(id, r.sentence.start, r.sentence.end);
    if (!bundle.sentences.some((s) => s.id === sid)) {
      bundle.sentences.push({ id: sid, articleId: id, props: { articleId: id, start: r.sentence.start, end: r.sentence.end, text: r.sentence.text } });
    }
    bundle.evidence.push({
      id: `${rid}:0`, sentenceId: sid,
      props: {
        relationId: rid, relType: r.type, subjectId: r.subject.id, objectId: r.object.id, articleId: id,
        sentenceStart: r.sentence.start, sentenceEnd: r.sentence.end,
        subjectStart: r.subjectMention.start, subjectEnd: r.subjectMention.end,
        objectStart: r.objectMention.start, objectEnd: r.objectMention.end,
        triggerStart: r.trigger.start, triggerEnd: r.trigger.end,
        subjectText: r.subjectMention.text, objectText: r.objectMention.text, triggerText: r.trigger.text,
      },
    });
    bundle.relations.push({
      id: rid, type: r.type, subject: r.subject.id, object: r.object.id, date: r.date, knownFrom: input.date,
      props: {
        cameo: r.cameo, score: r.score, modality: r.modality, attribution: r.attribution, role: r.role,
        symmetric: VOCABULARY[r.type].symmetric, sentenceIds: [sid], provenance: 'extracted',
        confidence: r.confidence, patternId: r.patternId, inferred: r.inferred,
      },
    });
  }
  return bundle;
}
