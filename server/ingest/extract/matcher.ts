// The pattern matcher. A pattern with a {T} is anchored at a trigger unit: the elements left of
// {T} are matched leftwards from it, the elements right of it rightwards (the TABARI arrangement:
// lower and upper phrase around the verb). Gaps try the shortest skip first, so a slot binds the
// NEAREST fitting mention. Slot bindings are checked while matching (`slotOk`), so a mention of
// the wrong type makes the matcher backtrack instead of failing the whole pattern.
import type { EntityType } from '../../graph/vocabulary';
import type { TriggerReading } from './lexicon';
import type { CompiledPattern, Element } from './pattern-compile';
import type { Groups } from './groups';
import type { Unit } from './units';

export type SlotRole = 'S' | 'O' | 'P';

export interface SlotBind {
  u0: number;
  u1: number;
}

export interface Binding {
  S?: SlotBind;
  O?: SlotBind;
  P?: SlotBind;
  trigger: { u: number; reading: TriggerReading } | null;
  /** Unit range covered by the matched (non-gap) elements. */
  u0: number;
  u1: number;
}

export interface MatchEnv {
  units: Unit[];
  groups: Groups;
  /** Phrase lists a gap may never cross. */
  gapStopList: string;
  slotOk(role: SlotRole, bind: SlotBind, types: EntityType[] | null, reading: TriggerReading | null, current: Binding): boolean;
}

const HARD_STOPS = new Set([';']);

function isArg(u: Unit | undefined): boolean {
  return !!u && (u.kind === 'mention' || u.kind === 'anaphor');
}

/** Position after matching the literal `alt` from `pos` in direction `dir`, or null. */
function litAt(units: Unit[], pos: number, dir: 1 | -1, alt: string[]): number | null {
  let u = pos;
  if (dir === 1) {
    let j = 0;
    while (j < alt.length) {
      const unit = units[u];
      if (!unit || unit.kind === 'mention') return null;
      const k = unit.keys;
      if (j + k.length > alt.length) return null;
      for (let x = 0; x < k.length; x++) if (k[x] !== alt[j + x]) return null;
      j += k.length;
      u++;
    }
    return u;
  }
  let j = alt.length;
  while (j > 0) {
    const unit = units[u];
    if (!unit || unit.kind === 'mention') return null;
    const k = unit.keys;
    if (j - k.length < 0) return null;
    for (let x = 0; x < k.length; x++) if (k[x] !== alt[j - k.length + x]) return null;
    j -= k.length;
    u--;
  }
  return u;
}

function gapUnitOk(u: Unit, cross: boolean, stopList: string): boolean {
  if (u.keys.length === 1 && HARD_STOPS.has(u.keys[0]!)) return false;
  if (cross) return true;
  // A plain gap may pass other triggers ("làm trung gian hòa giải cuộc xung đột ở X") but never an
  // actor (the slot must bind the NEAREST one), a stop phrase, or a quotation mark.
  if (u.lists.includes(stopList)) return false;
  if (isArg(u)) return false;
  return !(u.keys.length === 1 && u.keys[0] === '"');
}

function span(b: Binding, a: number, c: number): Binding {
  const lo = a < c ? a : c;
  const hi = a < c ? c : a;
  if (lo >= b.u0 && hi <= b.u1) return b;
  const out: Binding = { trigger: b.trigger, u0: lo < b.u0 ? lo : b.u0, u1: hi > b.u1 ? hi : b.u1 };
  if (b.S) out.S = b.S;
  if (b.O) out.O = b.O;
  if (b.P) out.P = b.P;
  return out;
}

function withSlot(b: Binding, role: SlotRole, t: SlotBind): Binding {
  const out: Binding = { trigger: b.trigger, u0: b.u0 < t.u0 ? b.u0 : t.u0, u1: b.u1 > t.u1 ? b.u1 : t.u1 };
  if (b.S) out.S = b.S;
  if (b.O) out.O = b.O;
  if (b.P) out.P = b.P;
  out[role] = t;
  return out;
}

function seq(env: MatchEnv, els: Element[], i: number, pos: number, dir: 1 | -1, b: Binding, reading: TriggerReading | null, k: (b: Binding) => boolean): boolean {
  if (i === els.length) return k(b);
  const el = els[i]!;
  const units = env.units;
  switch (el.k) {
    case 'gap': {
      for (let n = 0; n <= el.max; n++) {
        if (n > 0) {
          const u = units[pos + (n - 1) * dir];
          if (!u || !gapUnitOk(u, el.crossMentions, env.gapStopList) || (!el.crossTriggers && u.kind === 'trigger')) break;
        }
        if (seq(env, els, i + 1, pos + n * dir, dir, b, reading, k)) return true;
      }
      return false;
    }
    case 'lit': {
      for (const alt of el.alts) {
        const next = litAt(units, pos, dir, alt);
        if (next !== null && seq(env, els, i + 1, next, dir, span(b, pos, next - dir), reading, k)) return true;
      }
      return el.optional && seq(env, els, i + 1, pos, dir, b, reading, k);
    }
    case 'list': {
      const u = units[pos];
      if (u && (u.lists.includes(el.name) || (u.cues as string[]).includes(el.name))) {
        if (seq(env, els, i + 1, pos + dir, dir, span(b, pos, pos), reading, k)) return true;
      }
      return el.optional && seq(env, els, i + 1, pos, dir, b, reading, k);
    }
    case 'slot': {
      const tries: SlotBind[] = [];
      if (isArg(units[pos])) {
        tries.push(dir === 1 ? { u0: pos, u1: env.groups.last[pos]! } : { u0: env.groups.first[pos]!, u1: pos });
      } else if (dir === -1 && env.groups.parenOwner.has(pos)) {
        const owner = env.groups.parenOwner.get(pos)!;
        tries.push({ u0: env.groups.first[owner]!, u1: owner });
      }
      for (const t of tries) {
        if (!env.slotOk(el.role, t, el.types, reading, b)) continue;
        const nb = withSlot(b, el.role, t);
        if (seq(env, els, i + 1, dir === 1 ? t.u1 + 1 : t.u0 - 1, dir, nb, reading, k)) return true;
      }
      return el.optional && seq(env, els, i + 1, pos, dir, b, reading, k);
    }
    case 'trigger':
      return false; // only one {T}, and it is the anchor
  }
}

/** Cheap test whether a trigger-less pattern can start at unit `u` (most positions cannot). */
export function canStart(p: CompiledPattern, u: Unit): boolean {
  const el = p.elements[0];
  if (!el) return false;
  switch (el.k) {
    case 'slot': return el.optional || isArg(u);
    case 'list': return el.optional || u.lists.includes(el.name) || (u.cues as string[]).includes(el.name);
    case 'lit': return el.optional || el.alts.some((a) => a[0] === u.keys[0]);
    default: return true;
  }
}

/**
 * A necessary condition for a side of a pattern (the elements left or right of {T}): its first
 * required element must be within reach of the anchor. Checked before the full match; it rejects
 * most attempts without allocating anything.
 */
function sideReachable(units: Unit[], els: Element[], from: number, dir: 1 | -1): boolean {
  let reach = 1;
  for (const el of els) {
    if (el.k === 'gap') { if (el.crossMentions) return true; reach += el.max; continue; }
    if (el.k === 'trigger') return true;
    if (el.optional) { reach += 1; continue; }
    for (let n = 0, i = from; n < reach && i >= 0 && i < units.length; n++, i += dir) {
      const u = units[i]!;
      if (el.k === 'slot' && (isArg(u) || (dir === -1 && u.keys[0] === ')') || (dir === -1 && u.keys[0] === '-'))) return true;
      if (el.k === 'lit' && el.alts.some((a) => a[dir === 1 ? 0 : a.length - 1] === u.keys[dir === 1 ? 0 : u.keys.length - 1])) return true;
      if (el.k === 'list' && (u.lists.includes(el.name) || (u.cues as string[]).includes(el.name))) return true;
    }
    return false;
  }
  return true;
}

/** Memo of anchorsOn: readings and patterns are fixed once the lexicon is built. */
const anchorMemo = new WeakMap<TriggerReading, Map<CompiledPattern, boolean>>();

/** May pattern `p` anchor on trigger reading `r`? */
export function anchorsOn(p: CompiledPattern, r: TriggerReading): boolean {
  let m = anchorMemo.get(r);
  if (!m) { m = new Map(); anchorMemo.set(r, m); }
  const hit = m.get(p);
  if (hit !== undefined) return hit;
  const el = p.elements[p.anchor];
  const slotTypes = el && el.k === 'trigger' ? el.types : null;
  let ok = true;
  if (r.patterns && !r.patterns.includes(p.id)) ok = false;
  else if (p.types && !p.types.includes(r.type)) ok = false;
  else if (slotTypes && !slotTypes.includes(r.type)) ok = false;
  // Titles only anchor patterns that ask for HOLDS_OFFICE by name.
  else if (r.type === 'HOLDS_OFFICE') ok = !!(p.types?.includes('HOLDS_OFFICE') || slotTypes?.includes('HOLDS_OFFICE'));
  m.set(p, ok);
  return ok;
}

/** Readings of a trigger unit this pattern may anchor on. */
export function readingsFor(p: CompiledPattern, u: Unit): TriggerReading[] {
  return u.readings.filter((r) => anchorsOn(p, r));
}

function finish(b: Binding, accept: (b: Binding) => boolean, box: { result: Binding | null }): boolean {
  if (!accept(b)) return false;
  box.result = b;
  return true;
}

/**
 * Match `p` anchored at unit `anchor` (its trigger unit, or for trigger-less patterns the unit
 * where the match starts). `accept` sees each complete binding and may reject it.
 */
export function matchAt(p: CompiledPattern, env: MatchEnv, anchor: number, reading: TriggerReading | null, accept: (b: Binding) => boolean = () => true): Binding | null {
  const box: { result: Binding | null } = { result: null };
  if (p.anchor < 0) {
    const start: Binding = { trigger: null, u0: anchor, u1: anchor };
    seq(env, p.elements, 0, anchor, 1, start, null, (b) => finish(b, accept, box));
    return box.result;
  }
  const { left, right } = p;
  if (!sideReachable(env.units, left, anchor - 1, -1) || !sideReachable(env.units, right, anchor + 1, 1)) return null;
  const start: Binding = { trigger: { u: anchor, reading: reading! }, u0: anchor, u1: anchor };
  seq(env, left, 0, anchor - 1, -1, start, reading, (lb) => seq(env, right, 0, anchor + 1, 1, lb, reading, (b) => finish(b, accept, box)));
  return box.result;
}
