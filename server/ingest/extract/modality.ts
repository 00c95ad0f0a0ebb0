// Modality from cue words around the trigger (lists in seeds/lexicon/modality.json):
//   negation right before the trigger ("không thuộc", "không công khai ủng hộ") → not emitted;
//   a recommendation ("X và Y nên đàm phán") → not emitted either: no event is stated;
//   future ("sẽ", "dự kiến", a date after the article date) → planned;
//   hypothetical ("nếu", "liệu") → hypothetical;
//   a speaker who is neither side of the relation ("theo quân đội Armenia, Thổ Nhĩ Kỳ …") → attributed.
// A party reporting on itself ("Chính phủ Azerbaijan cho biết Ngoại trưởng … sẽ thăm") is not
// attribution: the claim is the party's own.
import type { Modality } from '../../graph/seed-files';
import { actorOf, type ArticleCtx } from './context';
import type { Speaker } from './speakers';
import type { CueKind } from './lexicon';
import type { Unit } from './units';

const CLAUSE_STOP = new Set([';', ':', '.', '"', '(', ')']);

/** Looks left of the trigger for a cue; `mentions` is how many actor mentions the search may pass. */
function lookBack(units: Unit[], from: number, window: number, stopAtComma: boolean, mentions: number, cue: CueKind): boolean {
  let passed = 0;
  for (let i = from - 1, n = 0; i >= 0 && n < window; i--, n++) {
    const u = units[i]!;
    const k = u.keys[0]!;
    if (u.keys.length === 1 && (CLAUSE_STOP.has(k) || (stopAtComma && k === ','))) return false;
    if (u.cues.includes(cue)) return true;
    if (u.kind === 'mention' || u.kind === 'anaphor') {
      if (++passed > mentions) return false;
    }
  }
  return false;
}

export function isNegated(units: Unit[], trigger: number, window: number): boolean {
  return lookBack(units, trigger, window, true, 0, 'negation');
}

/** "X và Y nên đàm phán", and the complement of an appeal: "kêu gọi Nga hỗ trợ Armenia" (one mention between). */
export function isDeontic(units: Unit[], trigger: number, window: number): boolean {
  return lookBack(units, trigger, window, true, 1, 'deontic');
}

export function isFuture(units: Unit[], trigger: number, window: number): boolean {
  return lookBack(units, trigger, window, true, Infinity, 'future');
}

export function isHypothetical(units: Unit[], trigger: number, window: number, possibilityWindow: number): boolean {
  return lookBack(units, trigger, window, false, Infinity, 'hypothetical') || lookBack(units, trigger, possibilityWindow, true, 0, 'possibility');
}

/** An actor's "side": itself, the state it stands for, and the states it held office for on the date. */
function sideOf(ctx: ArticleCtx, id: string): Set<string> {
  const side = new Set([id]);
  const a = actorOf(ctx, id);
  if (a?.metonymFor) side.add(a.metonymFor);
  for (const o of a?.offices ?? []) {
    if ((o.from === undefined || o.from <= ctx.date) && (o.to === undefined || ctx.date <= o.to)) side.add(o.of);
  }
  return side;
}

export function isOwnClaim(ctx: ArticleCtx, speakerId: string, participants: string[]): boolean {
  const sp = sideOf(ctx, speakerId);
  return participants.some((p) => [...sideOf(ctx, p)].some((x) => sp.has(x)));
}

export interface ModalityInput {
  /** Static ties (membership, office, location) are background facts, never someone's claim. */
  isStatic: boolean;
  future: boolean;
  hypothetical: boolean;
  speaker: Speaker | null;
  participants: string[];
}

export function decideModality(ctx: ArticleCtx, m: ModalityInput): { modality: Modality; attribution: string | null } {
  const third = !m.isStatic && m.speaker && !m.speaker.ids.some((id) => isOwnClaim(ctx, id, m.participants));
  const attribution = third && m.speaker ? (m.speaker.id ?? m.speaker.name) : null;
  if (m.hypothetical) return { modality: 'hypothetical', attribution };
  if (m.future) return { modality: 'planned', attribution };
  if (attribution) return { modality: 'attributed', attribution };
  return { modality: 'asserted', attribution: null };
}
