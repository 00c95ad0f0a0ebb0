// One relation per (subject, type, object) per article — unordered for symmetric types. The kept
// occurrence is the most confident one (then the most certain modality, then the first); a date
// stated by any occurrence fills a representative that has none.
import { VOCABULARY } from '../../graph/vocabulary';
import type { ExtractedRelation } from './types';

const MODALITY_RANK = { asserted: 0, attributed: 1, planned: 2, hypothetical: 3 } as const;

export function relationKey(type: ExtractedRelation['type'], subject: string, object: string): string {
  if (VOCABULARY[type].symmetric && object < subject) return `${type}|${object}|${subject}`;
  return `${type}|${subject}|${object}`;
}

export function dedupe(rels: ExtractedRelation[]): ExtractedRelation[] {
  const best = new Map<string, ExtractedRelation>();
  const dates = new Map<string, string>();
  for (const r of rels) {
    const k = relationKey(r.type, r.subject.id, r.object.id);
    if (r.date && !dates.has(k)) dates.set(k, r.date);
    const cur = best.get(k);
    if (!cur || r.confidence > cur.confidence
      || (r.confidence === cur.confidence && MODALITY_RANK[r.modality] < MODALITY_RANK[cur.modality])) best.set(k, r);
  }
  const out: ExtractedRelation[] = [];
  for (const [k, r] of best) out.push(r.date === null && dates.has(k) ? { ...r, date: dates.get(k)! } : r);
  return out.sort((a, b) => a.sentence.start - b.sentence.start || a.trigger.start - b.trigger.start);
}
