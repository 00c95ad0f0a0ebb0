// Dyad scores: for every pair of actors, the count, sum and mean of the scores of the relations
// between them (in either direction), overall and by type. A negative sum is a conflictual pair, a
// positive one a cooperative pair.
//
// Static ties count as cooperation with their score: ALLIED_WITH directly, and membership through
// co-membership: two actors that are both MEMBER_OF (or both CO_CHAIRS) the same organisation get a
// CO_MEMBERSHIP tie worth the smaller of their two membership scores, known from the later of the
// two memberships, with both membership relations as its evidence. The membership itself is also a
// tie between the member and the organisation.
import { polarityOf, type Polarity, type RelationType } from '../graph/vocabulary';
import type { ActorRelation } from './rollup';
import { byId, round, type EntityRef, type TieKind } from './types';

export const CO_MEMBERSHIP = 'CO_MEMBERSHIP';
export type TieType = RelationType | typeof CO_MEMBERSHIP;
/** Relation types that make their source a member of their target organisation. */
export const MEMBERSHIP_TYPES: readonly RelationType[] = ['MEMBER_OF', 'CO_CHAIRS'];

/** One scored tie between two actors, ends in id order (a.id < b.id). */
export interface Contribution {
  a: EntityRef;
  b: EntityRef;
  type: TieType;
  kind: TieKind;
  score: number;
  at: string | null;
  /** Relations that state it: the relation itself, or for co-membership both memberships. */
  relationIds: string[];
  /** For co-membership: the organisation both belong to. */
  via?: EntityRef;
}

export interface Totals { count: number; sum: number; mean: number }

export interface Dyad extends Totals {
  a: EntityRef;
  b: EntityRef;
  /** Sum of the positive scores (≥ 0). */
  cooperation: number;
  /** Magnitude of the sum of the negative scores (≥ 0). */
  conflict: number;
  polarity: Polarity;
  byType: Partial<Record<TieType, Totals>>;
  /** Every relation behind the dyad, for GET /api/relations/:id/evidence. */
  relationIds: string[];
}

const ordered = (x: EntityRef, y: EntityRef): [EntityRef, EntityRef] => (byId(x.id, y.id) <= 0 ? [x, y] : [y, x]);
const later = (x: string | null, y: string | null) => (x === null ? y : y === null ? x : x > y ? x : y);
const earlier = (x: string | null, y: string | null) => (x === null ? y : y === null ? x : x < y ? x : y);

/** Every tie: one per actor relation, plus one per pair of co-members of an organisation. */
export function contributions(relations: readonly ActorRelation[]): Contribution[] {
  const out: Contribution[] = [];
  // organisation id → member id → the membership (best score, earliest date, all relation ids)
  const members = new Map<string, { org: EntityRef; byMember: Map<string, { actor: EntityRef; score: number; at: string | null; ids: string[] }> }>();
  for (const r of relations) {
    const [a, b] = ordered(r.source, r.target);
    out.push({ a, b, type: r.relType, kind: r.kind, score: r.score, at: r.at, relationIds: [r.id] });
    if (!MEMBERSHIP_TYPES.includes(r.relType) || r.target.entityType !== 'Organization') continue;
    let org = members.get(r.target.id);
    if (!org) members.set(r.target.id, (org = { org: r.target, byMember: new Map() }));
    const m = org.byMember.get(r.source.id);
    if (!m) org.byMember.set(r.source.id, { actor: r.source, score: r.score, at: r.at, ids: [r.id] });
    else {
      m.score = Math.max(m.score, r.score);
      m.at = earlier(m.at, r.at);
      m.ids.push(r.id);
    }
  }
  for (const { org, byMember } of [...members.values()].sort((x, y) => byId(x.org.id, y.org.id))) {
    const list = [...byMember.values()].sort((x, y) => byId(x.actor.id, y.actor.id));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]!;
        const y = list[j]!;
        const score = Math.min(x.score, y.score);
        // A membership scored as hostile (≤ 0) makes no one a partner.
        if (score <= 0) continue;
        out.push({
          a: x.actor, b: y.actor, type: CO_MEMBERSHIP, kind: 'static', score, at: later(x.at, y.at),
          relationIds: [...x.ids, ...y.ids].sort(byId), via: org,
        });
      }
    }
  }
  return out;
}

export const pairKey = (a: string, b: string): string => (byId(a, b) <= 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export function totals(scores: readonly number[]): Totals {
  const sum = round(scores.reduce((s, x) => s + x, 0));
  return { count: scores.length, sum, mean: scores.length ? round(sum / scores.length) : 0 };
}

/** Sums the ties pair by pair; strongest (largest |sum|) first. */
export function aggregateDyads(ties: readonly Contribution[]): Dyad[] {
  const groups = new Map<string, Contribution[]>();
  for (const t of ties) {
    const k = pairKey(t.a.id, t.b.id);
    const g = groups.get(k);
    if (g) g.push(t);
    else groups.set(k, [t]);
  }
  const dyads: Dyad[] = [];
  for (const g of groups.values()) {
    const scores = g.map((t) => t.score);
    const all = totals(scores);
    const byTypeScores = new Map<TieType, number[]>();
    for (const t of g) {
      const l = byTypeScores.get(t.type);
      if (l) l.push(t.score);
      else byTypeScores.set(t.type, [t.score]);
    }
    const byType: Partial<Record<TieType, Totals>> = {};
    for (const [type, s] of [...byTypeScores].sort((x, y) => byId(x[0], y[0]))) byType[type] = totals(s);
    dyads.push({
      a: g[0]!.a, b: g[0]!.b, ...all,
      cooperation: round(scores.filter((x) => x > 0).reduce((s, x) => s + x, 0)),
      conflict: round(-scores.filter((x) => x < 0).reduce((s, x) => s + x, 0)),
      polarity: polarityOf(all.sum),
      byType,
      relationIds: [...new Set(g.flatMap((t) => t.relationIds))].sort(byId),
    });
  }
  return dyads.sort((x, y) => Math.abs(y.sum) - Math.abs(x.sum) || byId(x.a.id, y.a.id) || byId(x.b.id, y.b.id));
}

export function computeDyads(relations: readonly ActorRelation[]): Dyad[] {
  return aggregateDyads(contributions(relations));
}

/** The dyads that involve at least one of `actorIds`. */
export function dyadsInvolving(dyads: readonly Dyad[], actorIds: Iterable<string>): Dyad[] {
  const set = new Set(actorIds);
  return dyads.filter((d) => set.has(d.a.id) || set.has(d.b.id));
}
