// The curated gold (seeds/relations/relations.json) as per-article triples: a relation counts for
// every article its evidence quotes.
import type { CuratedRelation } from '../../graph/seed-files';
import type { Triple } from './score';

export interface GoldTriple extends Triple {
  id: string;
  modality: CuratedRelation['modality'];
}

export function goldByArticle(relations: CuratedRelation[]): Map<string, GoldTriple[]> {
  const out = new Map<string, GoldTriple[]>();
  for (const r of relations) {
    const articles = new Set(r.evidence.map((e) => e.article));
    for (const a of articles) {
      const list = out.get(a) ?? [];
      list.push({ id: r.id, subject: r.subject, type: r.type, object: r.object, modality: r.modality });
      out.set(a, list);
    }
  }
  return out;
}
