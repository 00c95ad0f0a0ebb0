// Per-article state shared by the stages: the lexicon, the article date, actors made up on the fly
// for unknown names after a title ("Bộ trưởng Quốc phòng Armenia David Tonoyan"), and the mention
// history anaphora resolves against. Everything here is plain data; no I/O.
import type { EntityType } from '../../graph/vocabulary';
import { resolveAnaphor, type HistoryItem } from './coref';
import type { LexActor, Lexicon } from './lexicon';
import type { Ent, Unit } from './units';

export interface ArticleCtx {
  lex: Lexicon;
  date: string;
  adhoc: Map<string, LexActor>;
  /** history[s]: the entity mentions of sentence s in reading order. */
  history: HistoryItem[][];
}

export function newCtx(lex: Lexicon, date: string): ArticleCtx {
  return { lex, date, adhoc: new Map(), history: [] };
}

export function actorOf(ctx: ArticleCtx, id: string): LexActor | undefined {
  return ctx.lex.actors.get(id) ?? ctx.adhoc.get(id);
}

export function typeOf(ctx: ArticleCtx, id: string): EntityType {
  return actorOf(ctx, id)?.type ?? 'Person';
}

/** The state a capital or seat of power stands for, if any. */
export function stateOf(ctx: ArticleCtx, id: string): string | undefined {
  return actorOf(ctx, id)?.metonymFor;
}

/** Types an entity can play: its own, plus its state's when it is a capital acting for the state. */
export function typesOf(ctx: ArticleCtx, id: string): EntityType[] {
  const own = typeOf(ctx, id);
  const st = stateOf(ctx, id);
  return st ? [own, typeOf(ctx, st)] : [own];
}

function item(ctx: ArticleCtx, e: Ent, sentence: number): HistoryItem {
  const st = stateOf(ctx, e.id);
  return { id: st ?? e.id, type: st ? typeOf(ctx, st) : typeOf(ctx, e.id), sentence, at: e.start };
}

/** History items for the entities a unit names (merged mentions contribute their parts too). */
export function itemsOf(ctx: ArticleCtx, u: Unit, sentence: number): HistoryItem[] {
  const out: HistoryItem[] = [];
  for (const e of u.ents) out.push(item(ctx, e, sentence));
  for (const e of u.parts) out.push(item(ctx, e, sentence));
  return out.sort(byOffset);
}

function byOffset(a: HistoryItem, b: HistoryItem): number {
  return a.at - b.at;
}

/** The current sentence's mentions, computed once per unit array (anaphora asks for them often). */
const currentCache = new WeakMap<Unit[], HistoryItem[]>();

function currentItems(ctx: ArticleCtx, units: Unit[], sentence: number): HistoryItem[] {
  let items = currentCache.get(units);
  if (!items) {
    items = [];
    for (const u of units) if (u.kind === 'mention') items.push(...itemsOf(ctx, u, sentence));
    items.sort(byOffset);
    currentCache.set(units, items);
  }
  return items;
}

/** Entities a slot unit stands for; anaphors are resolved (never to an id in `exclude`). */
export function unitEnts(ctx: ArticleCtx, units: Unit[], ui: number, sentence: number, exclude: Set<string>): Ent[] {
  const u = units[ui]!;
  if (u.kind === 'mention') return u.ents;
  if (u.kind !== 'anaphor' || !u.anaphor) return [];
  const ids = resolveAnaphor(ctx.history, currentItems(ctx, units, sentence), { sentence, at: u.start, types: u.anaphor.types, count: u.anaphor.count, exclude });
  return ids.map((id) => ({ id, inferred: true, start: u.start, end: u.end }));
}
