// Anaphora: "nước này", "ông", "hai nước", "phía này" → the last fitting mention. "Last" follows
// the centering intuition that a pronoun picks up the previous clause's topic: in the current
// sentence the earliest fitting mention before the anaphor wins; failing that, the nearest earlier
// sentence with a fitting mention, again its earliest mention. The other argument of the same
// relation is never a candidate ("sự hỗ trợ của Thổ Nhĩ Kỳ đối với nước này" ≠ Turkey).
import type { EntityType } from '../../graph/vocabulary';

export interface HistoryItem {
  id: string;
  type: EntityType;
  sentence: number;
  /** Character offset of the mention, to order mentions inside a sentence. */
  at: number;
}

export interface AnaphorQuery {
  sentence: number;
  at: number;
  types: EntityType[];
  count: number;
  exclude: Set<string>;
  /** How many sentences back to look. */
  reach?: number;
}

function take(found: string[], items: readonly HistoryItem[], q: AnaphorQuery, type: EntityType, before: number): void {
  for (const h of items) {
    if (found.length >= q.count || h.at >= before) return;
    if (h.type !== type || q.exclude.has(h.id) || found.includes(h.id)) continue;
    found.push(h.id);
  }
}

/**
 * `history[s]` holds earlier sentences' mentions, `current` the current sentence's, each in
 * reading order. Returns `count` ids, or none when there are not enough fitting mentions. The
 * referents of a plural ("hai bên") share one type: the first type, in the order the anaphor
 * lists them, that gathers enough referents in the fewest sentences back.
 */
export function resolveAnaphor(history: readonly (readonly HistoryItem[] | undefined)[], current: readonly HistoryItem[], q: AnaphorQuery): string[] {
  const reach = q.reach ?? 3;
  const found = q.types.map((): string[] => []);
  for (let s = q.sentence; s >= 0 && s >= q.sentence - reach; s--) {
    const items = s === q.sentence ? current : history[s] ?? [];
    for (let t = 0; t < q.types.length; t++) take(found[t]!, items, q, q.types[t]!, s === q.sentence ? q.at : Infinity);
    const done = found.find((f) => f.length === q.count);
    if (done) return done;
  }
  return [];
}
