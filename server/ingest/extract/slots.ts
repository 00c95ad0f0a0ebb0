// What a bound slot stands for, and whether it fits the slot's type constraints (from the pattern
// and from the trigger reading, e.g. LOCATED_IN wants a Place subject).
import type { EntityType, RelationType } from '../../graph/vocabulary';
import { typesOf, unitEnts, typeOf, stateOf, type ArticleCtx } from './context';
import type { TriggerReading } from './lexicon';
import type { SlotBind, SlotRole } from './matcher';
import type { Ent, Unit } from './units';

function narrow(allowed: EntityType[] | null, t: EntityType[] | undefined): EntityType[] | null {
  if (!t) return allowed;
  return allowed ? allowed.filter((x) => t.includes(x)) : t;
}

const NO_READING = {};
const allowedMemo = new WeakMap<object, Map<string, Map<EntityType[] | null, EntityType[] | null>>>();

export function allowedTypes(role: SlotRole, slotTypes: EntityType[] | null, reading: TriggerReading | null): EntityType[] | null {
  const key = reading ?? NO_READING;
  let byRole = allowedMemo.get(key);
  if (!byRole) { byRole = new Map(); allowedMemo.set(key, byRole); }
  let bySlot = byRole.get(role);
  if (!bySlot) { bySlot = new Map(); byRole.set(role, bySlot); }
  if (bySlot.has(slotTypes)) return bySlot.get(slotTypes)!;
  const out = role === 'P'
    ? narrow(narrow(slotTypes, reading?.subjectTypes), reading?.objectTypes)
    : narrow(slotTypes, role === 'S' ? reading?.subjectTypes : reading?.objectTypes);
  bySlot.set(slotTypes, out);
  return out;
}

/** Do all the slot's entities fit (and is there at least one)? The mention phase is strict. */
export function slotAllFit(ctx: ArticleCtx, units: Unit[], bind: SlotBind, sentence: number, allowed: EntityType[] | null): boolean {
  let count = 0;
  for (let i = bind.u0; i <= bind.u1; i++) {
    const u = units[i]!;
    const ents = u.kind === 'mention' ? u.ents : u.kind === 'anaphor' ? unitEnts(ctx, units, i, sentence, NO_EXCLUSION) : null;
    if (!ents) continue;
    for (const e of ents) { if (!fits(ctx, e.id, allowed)) return false; count++; }
  }
  return count > 0;
}

const NO_EXCLUSION: Set<string> = new Set();

/** Does some entity of the slot fit? Mentions are checked in place; anaphors are resolved. */
export function slotFits(ctx: ArticleCtx, units: Unit[], bind: SlotBind, sentence: number, allowed: EntityType[] | null, exclude: () => Set<string>, min = 1): boolean {
  let count = 0;
  let fit = false;
  for (let i = bind.u0; i <= bind.u1; i++) {
    const u = units[i]!;
    if (u.kind === 'mention') {
      count += u.ents.length;
      if (!fit) for (const e of u.ents) if (fits(ctx, e.id, allowed)) { fit = true; break; }
    } else if (u.kind === 'anaphor') {
      const ents = unitEnts(ctx, units, i, sentence, exclude());
      count += ents.length;
      if (!fit) for (const e of ents) if (fits(ctx, e.id, allowed)) { fit = true; break; }
    }
  }
  return fit && count >= min;
}

export function fits(ctx: ArticleCtx, id: string, allowed: EntityType[] | null): boolean {
  if (!allowed) return true;
  return typesOf(ctx, id).some((t) => allowed.includes(t));
}

/** Every entity the slot's units stand for, in text order. */
export function slotEntities(ctx: ArticleCtx, units: Unit[], bind: SlotBind, sentence: number, exclude: Set<string>): Ent[] {
  const out: Ent[] = [];
  for (let i = bind.u0; i <= bind.u1; i++) out.push(...unitEnts(ctx, units, i, sentence, exclude));
  return out;
}

/**
 * The id an entity takes in a relation: a capital acting for its state becomes the state, except
 * as the place visited (and wherever only a Place fits).
 */
export function finalId(ctx: ArticleCtx, id: string, role: 'S' | 'O', type: RelationType | null, allowed: EntityType[] | null): string | null {
  const st = stateOf(ctx, id);
  const ownOk = !allowed || allowed.includes(typeOf(ctx, id));
  if (!st) return ownOk ? id : null;
  const stateOk = !allowed || allowed.includes(typeOf(ctx, st));
  const keepPlace = type === 'VISITED' && role === 'O';
  if (keepPlace && ownOk) return id;
  if (stateOk) return st;
  return ownOk ? id : null;
}
