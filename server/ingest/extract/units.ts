// Units: a sentence's tokens after the longest-match phrase lookup. Each unit is either a plain
// token or a phrase found in the lexicon trie (actor mention, trigger, cue, anaphor, list phrase,
// news source). Later stages merge units (titles + names, "Bộ Ngoại giao" + country) but never
// split them, so every unit keeps exact offsets into the original text.
import type { EntityType } from '../../graph/vocabulary';
import type { CueKind, Entry, Lexicon, TriggerReading } from './lexicon';
import type { Token } from './tokens';

/** One actor a mention stands for, with the text span that names it. */
export interface Ent {
  id: string;
  inferred: boolean;
  start: number;
  end: number;
  /** Office context when the mention was built from a title ("Tổng thống Nga …"). */
  role?: string;
}

export type UnitKind = 'token' | 'mention' | 'trigger' | 'cue' | 'anaphor' | 'list' | 'source';

export interface Unit {
  kind: UnitKind;
  /** Token range [t0, t1) in the article's token array. */
  t0: number;
  t1: number;
  start: number;
  end: number;
  /** Folded keys of the unit's tokens (punctuation included, dashes as "-"). */
  keys: string[];
  upper: boolean;
  ents: Ent[];
  /** Entities named inside a merged mention (the country of "Tổng thống Nga"), for anaphora. */
  parts: Ent[];
  readings: TriggerReading[];
  cues: CueKind[];
  anaphor: { types: EntityType[]; count: number } | null;
  lists: string[];
  source: string | null;
}

/** Shared, frozen empty arrays for plain tokens: most units carry nothing, and a sentence has many. */
const NONE = Object.freeze([]) as unknown as never[];

/** One shared one-key array per folded word (units never mutate their keys). */
const keyArrays = new Map<string, string[]>();

function keysOf(fold: string): string[] {
  let k = keyArrays.get(fold);
  if (!k) {
    if (keyArrays.size > 100_000) keyArrays.clear();
    k = [fold];
    keyArrays.set(fold, k);
  }
  return k;
}

export function plainUnit(tokens: Token[], i: number): Unit {
  const t = tokens[i]!;
  return {
    kind: 'token', t0: i, t1: i + 1, start: t.start, end: t.end, keys: keysOf(t.fold), upper: t.upper,
    ents: NONE, parts: NONE, readings: NONE, cues: NONE, anaphor: null, lists: NONE, source: null,
  };
}

interface AcceptCtx {
  tokens: Token[];
  sentStart: number;
  prev: Unit | undefined;
}

function acceptEntry(e: Entry, start: number, end: number, c: AcceptCtx): boolean {
    if (e.kind !== 'actor') return true;
    const { tokens, sentStart, prev } = c;
    const first = tokens[start]!;
    if (e.firstUpper && !first.upper) return false;
    if (e.allCaps) {
      for (let i = start; i < end; i++) {
        const t = tokens[i]!;
        if (t.kind === 'word' && t.raw !== t.raw.toUpperCase()) return false;
      }
    }
    // A one-word alias right after an unknown capitalised word is part of a longer proper name
    // ("Minh Đức" is a person, not Germany; "The Moscow Times" is a paper, not Moscow).
    if (end - start === 1 && prev && prev.kind === 'token' && prev.upper && prev.t0 > sentStart && prev.t1 === start) {
      if (tokens[prev.t0]!.kind === 'word' && first.spaceBefore) return false;
    }
    return true;
}

/** Longest-match segmentation of tokens[from, to) into units. */
export function buildUnits(tokens: Token[], from: number, to: number, lex: Lexicon): Unit[] {
  const units: Unit[] = [];
  const actx: AcceptCtx = { tokens, sentStart: from, prev: undefined };
  let i = from;
  while (i < to) {
    const tok = tokens[i]!;
    actx.prev = units[units.length - 1];
    const m = tok.kind === 'punct' && tok.fold !== '"' ? null : lex.trie.longestAt(tokens, i, to, acceptEntry, actx);
    if (!m) { units.push(plainUnit(tokens, i)); i++; continue; }
    const keys: string[] = [];
    for (let k = m.start; k < m.end; k++) keys.push(tokens[k]!.fold);
    const start = tokens[m.start]!.start;
    const end = tokens[m.end - 1]!.end;
    const unit: Unit = {
      kind: 'token', t0: m.start, t1: m.end, start, end, keys, upper: tokens[m.start]!.upper,
      ents: [], parts: [], readings: [], cues: [], anaphor: null, lists: [], source: null,
    };
    let bestActor: { id: string; rank: number } | null = null;
    for (const p of m.payloads) {
      switch (p.kind) {
        case 'actor': if (!bestActor || p.rank < bestActor.rank) bestActor = { id: p.id, rank: p.rank }; break;
        case 'trigger': unit.readings.push(p.reading); break;
        case 'cue': if (!unit.cues.includes(p.cue)) unit.cues.push(p.cue); break;
        case 'anaphor': unit.anaphor = { types: p.types, count: p.count }; break;
        case 'list': if (!unit.lists.includes(p.name)) unit.lists.push(p.name); break;
        case 'source': unit.source = p.name; break;
      }
    }
    if (bestActor) { unit.kind = 'mention'; unit.ents = [{ id: bestActor.id, inferred: false, start, end }]; }
    else if (unit.readings.length > 0) unit.kind = 'trigger';
    else if (unit.anaphor) unit.kind = 'anaphor';
    else if (unit.source) unit.kind = 'source';
    else if (unit.cues.length > 0) unit.kind = 'cue';
    else if (unit.lists.length > 0) unit.kind = 'list';
    units.push(unit);
    i = m.end;
  }
  return units;
}
