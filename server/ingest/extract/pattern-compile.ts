// Compiles the pattern slot language (seeds/lexicon/README.md) into element lists:
//   {S} {O} {P} {T}   subject, object, pair-group ("X và Y" → every pair), trigger — with an optional
//                     type filter {S:Person|Country} / {T:HOLDS_OFFICE}; a trailing ? makes a slot optional
//   word  a|b_c       literal words (folded; _ joins a multi-word alternative); trailing ? = optional
//   , ( ) - :         punctuation literals (all dashes are "-", all quotes are ")
//   @name             any phrase of a named list; @name? optional
//   ~N  ~N-  ~N*      a gap of up to N words; ~N may not skip an actor mention, ~N- not a trigger
//                     either (the subject of "X sẽ phối hợp giám sát lệnh ngừng bắn" belongs to the
//                     first verb), ~N* may skip anything but a ";" 
import { EntityType, RelationType } from '../../graph/vocabulary';
import type { PatternEntry } from './lexicon-schema';
import { tokenize } from './tokens';

export type Element =
  | { k: 'slot'; role: 'S' | 'O' | 'P'; types: EntityType[] | null; optional: boolean }
  | { k: 'trigger'; types: RelationType[] | null }
  | { k: 'lit'; alts: string[][]; optional: boolean }
  | { k: 'list'; name: string; optional: boolean }
  | { k: 'gap'; max: number; crossMentions: boolean; crossTriggers: boolean };

export interface CompiledPattern {
  id: string;
  phase: 'mention' | 'relation';
  types: RelationType[] | null;
  emits: RelationType | null;
  yields: 'S' | 'O' | null;
  reciprocal: boolean;
  speakerSubject: boolean;
  confidence: number;
  elements: Element[];
  /** Index of the {T} element, or -1 for trigger-less patterns (anchored at every position). */
  anchor: number;
  /** Elements left of {T}, nearest first (matched leftwards), and right of {T}. */
  left: Element[];
  right: Element[];
  /**
   * For each literal the pattern cannot do without: the words one of its alternatives starts
   * with. A sentence containing none of them cannot match, which spares most match attempts.
   */
  required: Set<string>[];
  entry: PatternEntry;
}

/** Can `p` possibly match a sentence whose words are `words`? */
export function mayMatch(p: CompiledPattern, words: Set<string>): boolean {
  for (const need of p.required) {
    let any = false;
    for (const w of need) if (words.has(w)) { any = true; break; }
    if (!any) return false;
  }
  return true;
}

function fail(id: string, msg: string): never {
  throw new Error(`pattern ${id}: ${msg}`);
}

function keysOf(alt: string): string[] {
  return tokenize(alt.replace(/_/g, ' ')).map((t) => t.fold);
}

export function compileElement(raw: string, id: string, lists: Set<string>): Element {
  let src = raw;
  let optional = false;
  if (src.length > 1 && src.endsWith('?')) { optional = true; src = src.slice(0, -1); }
  const slot = /^\{([SOPT])(?::([A-Za-z_|]+))?\}$/.exec(src);
  if (slot) {
    const role = slot[1] as 'S' | 'O' | 'P' | 'T';
    const names = slot[2] ? slot[2].split('|') : null;
    if (role === 'T') {
      if (optional) fail(id, 'the trigger cannot be optional');
      const types = names ? names.map((n) => { const r = RelationType.safeParse(n); return r.success ? r.data : fail(id, `unknown relation type ${n}`); }) : null;
      return { k: 'trigger', types };
    }
    const types = names ? names.map((n) => { const r = EntityType.safeParse(n); return r.success ? r.data : fail(id, `unknown entity type ${n}`); }) : null;
    return { k: 'slot', role, types, optional };
  }
  const gap = /^~(\d+)([*-]?)$/.exec(src);
  if (gap) {
    if (optional) fail(id, 'a gap is already optional');
    return { k: 'gap', max: Number(gap[1]), crossMentions: gap[2] === '*', crossTriggers: gap[2] !== '-' };
  }
  if (src.startsWith('@')) {
    const name = src.slice(1);
    if (!lists.has(name)) fail(id, `unknown list @${name}`);
    return { k: 'list', name, optional };
  }
  if (/[{}~@]/.test(src)) fail(id, `cannot read element "${raw}"`);
  const alts = src.split('|').map(keysOf);
  if (alts.some((a) => a.length === 0)) fail(id, `empty alternative in "${raw}"`);
  return { k: 'lit', alts, optional };
}

export function compilePattern(entry: PatternEntry, lists: Set<string>): CompiledPattern {
  const elements = entry.pattern.trim().split(/\s+/).map((e) => compileElement(e, entry.id, lists));
  const triggers = elements.filter((e) => e.k === 'trigger').length;
  if (triggers > 1) fail(entry.id, 'at most one {T}');
  const roles = new Set(elements.flatMap((e) => (e.k === 'slot' ? [e.role] : [])));
  if (entry.phase === 'relation') {
    const subjectOk = roles.has('S') || entry.subject === 'speaker';
    if (!(roles.has('P') || (subjectOk && roles.has('O')))) fail(entry.id, 'a relation pattern needs {S} and {O}, or {P}');
    if (entry.subject === 'speaker' && roles.has('S')) fail(entry.id, 'subject "speaker" and an {S} slot exclude each other');
    if (triggers === 0 && !entry.emits) fail(entry.id, 'a pattern without {T} must say what it emits');
  } else {
    if (!entry.yields) fail(entry.id, 'a mention pattern must say which slot it yields');
    if (!roles.has(entry.yields) && !(entry.yields === 'S' && triggers === 1)) fail(entry.id, `yields ${entry.yields} but has no such slot`);
  }
  const anchor = elements.findIndex((e) => e.k === 'trigger');
  return {
    id: entry.id,
    phase: entry.phase,
    types: entry.types ?? null,
    emits: entry.emits ?? null,
    yields: entry.yields ?? null,
    reciprocal: entry.reciprocal,
    speakerSubject: entry.subject === 'speaker',
    confidence: entry.confidence,
    elements,
    anchor,
    left: anchor < 0 ? [] : elements.slice(0, anchor).reverse(),
    right: anchor < 0 ? elements : elements.slice(anchor + 1),
    required: elements.flatMap((e) => (e.k === 'lit' && !e.optional ? [new Set(e.alts.map((a) => a[0]!))] : [])),
    entry,
  };
}
