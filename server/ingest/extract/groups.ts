// Coordination and parentheticals over a sentence's units.
// Coordination: "Nga, Pháp và Mỹ", "Armenia và Azerbaijan", "Nga cùng Pháp", "Nga-Mỹ-Pháp" (a dash
// between two names) form one group, so a slot binds all members and the relation distributes. A bare comma
// list without a final "và" is not a group ("Tại Moscow, Putin nói" names two separate things).
// Parentheticals: "Nhóm Minsk - thuộc … (OSCE) - do Nga …" and "X (…)": a slot bound backwards
// from "do" may jump over them to the mention they comment on.
import type { Token } from './tokens';
import type { Unit } from './units';

export interface Groups {
  /** For every unit index: first and last unit index of its coordination group (itself if none). */
  first: number[];
  last: number[];
  /** For a unit that closes a parenthetical: the index of the mention the parenthetical follows. */
  parenOwner: Map<number, number>;
}

const AND = new Set(['và', 'cùng', 'lẫn']);
const AND2 = new Set(['cùng với', 'cũng như']);

function isAnd(u: Unit | undefined): boolean {
  if (!u) return false;
  if (u.keys.length === 1) return AND.has(u.keys[0]!);
  return u.keys.length === 2 && AND2.has(`${u.keys[0]} ${u.keys[1]}`);
}

function is(u: Unit | undefined, key: string): boolean {
  return !!u && u.keys.length === 1 && u.keys[0] === key;
}

function isArg(u: Unit | undefined): boolean {
  return !!u && (u.kind === 'mention' || u.kind === 'anaphor');
}

function isDash(u: Unit): boolean {
  return u.keys.length === 1 && u.keys[0] === '-';
}

function connector(units: Unit[], i: number): { width: number; kind: 'and' | 'comma' } | null {
  const u = units[i];
  if (!u) return null;
  if (isAnd(u)) return { width: 1, kind: 'and' };
  // "Nga-Mỹ-Pháp", "Nga - Thổ Nhĩ Kỳ": a dash straight between two names joins them (a dash
  // followed by anything else opens a parenthetical, see below).
  if (isDash(u)) return { width: 1, kind: 'and' };
  if (is(u, ',')) return isAnd(units[i + 1]) ? { width: 2, kind: 'and' } : { width: 1, kind: 'comma' };
  return null;
}

const cache = new WeakMap<Unit[], Groups>();

/** Groups of a unit array (memoised: the mention phase, speakers and relations all ask). */
export function findGroups(units: Unit[], tokens: Token[]): Groups {
  let g = cache.get(units);
  if (!g) { g = computeGroups(units, tokens); cache.set(units, g); }
  return g;
}

function computeGroups(units: Unit[], tokens: Token[]): Groups {
  const first = units.map((_, i) => i);
  const last = units.map((_, i) => i);
  let i = 0;
  while (i < units.length) {
    if (!isArg(units[i])) { i++; continue; }
    // Collect a chain of argument units joined by connectors.
    const members = [i];
    const joins: ('and' | 'comma')[] = [];
    let j = i;
    for (;;) {
      const c = connector(units, j + 1);
      if (!c || !isArg(units[j + 1 + c.width])) break;
      j = j + 1 + c.width;
      members.push(j);
      joins.push(c.kind);
    }
    // A comma list only coordinates when an "and" closes it; otherwise cut at the first comma.
    let end = members.length - 1;
    if (joins.includes('comma') && joins[joins.length - 1] !== 'and') {
      const firstComma = joins.indexOf('comma');
      end = firstComma;
    } else if (joins.includes('comma')) {
      // "A, B và C": every comma before the final "và" is a list separator.
      end = members.length - 1;
    }
    const gFirst = members[0]!;
    const gLast = members[end]!;
    for (let k = gFirst; k <= gLast; k++) { first[k] = gFirst; last[k] = gLast; }
    i = gLast + 1;
  }

  const parenOwner = new Map<number, number>();
  for (let k = 0; k + 1 < units.length; k++) {
    if (units[k]!.kind !== 'mention') continue;
    const open = units[k + 1]!;
    const paren = is(open, '(');
    const spacedDash = is(open, '-') && tokens[open.t0]!.spaceBefore && !!tokens[open.t0 + 1]?.spaceBefore;
    if (!paren && !spacedDash) continue;
    const closeKey = paren ? ')' : '-';
    for (let m = k + 2; m < units.length && m <= k + 16; m++) {
      const u = units[m]!;
      if (is(u, ';') || is(u, '.')) break;
      if (is(u, closeKey) && (paren || tokens[u.t0]!.spaceBefore)) { parenOwner.set(m, k); break; }
    }
  }
  return { first, last, parenOwner };
}
