// From relation rows to actor relations. With rollup on (the default) actors are states (Country)
// and organisations: a person is replaced by the state (or failing that the organisation) they hold
// office for, so "Putin called Aliyev" becomes a Russia–Azerbaijan tie, and the relations of a person
// with no known office are left out (and listed). With rollup off, people are actors in their own right.
// Structural relations (HOLDS_OFFICE, LOCATED_IN) say who belongs where, not who sides with whom, and
// places are not actors: rows touching them are counted in `skipped`, never silently lost.
import { RelationType, VOCABULARY } from '../graph/vocabulary';
import { byId, type EntityRef, type OfficeRow, type RelationRow, type TieKind } from './types';

/** Relation types that are structure, not stance: never part of a dyad. */
export const STRUCTURAL_TYPES: readonly RelationType[] = ['HOLDS_OFFICE', 'LOCATED_IN'];
export const ACTOR_TYPES: readonly string[] = ['Country', 'Organization', 'Person'];

export interface ActorRelation {
  id: string;
  relType: RelationType;
  kind: TieKind;
  /** The actors after rollup. */
  source: EntityRef;
  target: EntityRef;
  /** The people the relation was stated about, when they were rolled up. */
  sourcePerson?: EntityRef;
  targetPerson?: EntityRef;
  score: number;
  /** `date ?? knownFrom` (YYYY-MM-DD) or null. */
  at: string | null;
}

export interface Office { actor: EntityRef; role: string | null }

export interface RollupResult {
  relations: ActorRelation[];
  /** People that were replaced by their state/organisation in at least one relation. */
  rolledUp: { person: EntityRef; actor: EntityRef; role: string | null }[];
  /** With rollup on: people with no known office. Their relations are left out (counted in
   *  skipped.unresolvedPerson), since the dyads are then between states and organisations only. */
  unresolved: EntityRef[];
  skipped: { structural: number; nonActor: number; unresolvedPerson: number; selfTie: number; unknownType: number };
}

const OFFICE_RANK: Record<string, number> = { Country: 0, Organization: 1 };

/** person id → the one actor they roll up to: a state before an organisation, then the lowest id. */
export function officeMap(rows: readonly OfficeRow[]): Map<string, Office> {
  const out = new Map<string, Office>();
  for (const r of rows) {
    const rank = OFFICE_RANK[r.office.entityType];
    if (rank === undefined || r.person.id === r.office.id) continue;
    const cur = out.get(r.person.id);
    const curRank = cur ? OFFICE_RANK[cur.actor.entityType]! : Infinity;
    if (!cur || rank < curRank || (rank === curRank && byId(r.office.id, cur.actor.id) < 0)) {
      out.set(r.person.id, { actor: r.office, role: r.role });
    }
  }
  return out;
}

/** The actor an entity stands for: itself, or with rollup the state a person holds office for. */
export function resolveActor(e: EntityRef, offices: ReadonlyMap<string, Office>, rollup: boolean): EntityRef {
  if (rollup && e.entityType === 'Person') return offices.get(e.id)?.actor ?? e;
  return e;
}

export function toActorRelations(rows: readonly RelationRow[], offices: ReadonlyMap<string, Office>, o: { rollup: boolean }): RollupResult {
  const skipped = { structural: 0, nonActor: 0, unresolvedPerson: 0, selfTie: 0, unknownType: 0 };
  const relations: ActorRelation[] = [];
  const rolledUp = new Map<string, { person: EntityRef; actor: EntityRef; role: string | null }>();
  const unresolved = new Map<string, EntityRef>();

  const side = (e: EntityRef): { actor: EntityRef; person?: EntityRef; unresolved?: boolean } => {
    if (!o.rollup || e.entityType !== 'Person') return { actor: e };
    const office = offices.get(e.id);
    if (!office) {
      unresolved.set(e.id, e);
      return { actor: e, unresolved: true };
    }
    rolledUp.set(e.id, { person: e, actor: office.actor, role: office.role });
    return { actor: office.actor, person: e };
  };

  for (const row of rows) {
    const parsed = RelationType.safeParse(row.relType);
    if (!parsed.success) { skipped.unknownType++; continue; }
    const type = parsed.data;
    if (STRUCTURAL_TYPES.includes(type)) { skipped.structural++; continue; }
    if (!ACTOR_TYPES.includes(row.source.entityType) || !ACTOR_TYPES.includes(row.target.entityType)) { skipped.nonActor++; continue; }
    const s = side(row.source);
    const t = side(row.target);
    if (s.unresolved || t.unresolved) { skipped.unresolvedPerson++; continue; }
    if (s.actor.id === t.actor.id) { skipped.selfTie++; continue; }
    const spec = VOCABULARY[type];
    const score = typeof row.score === 'number' && Number.isFinite(row.score) ? row.score : spec.score;
    relations.push({
      id: row.id, relType: type, kind: spec.kind, source: s.actor, target: t.actor,
      ...(s.person ? { sourcePerson: s.person } : {}),
      ...(t.person ? { targetPerson: t.person } : {}),
      score, at: row.date ?? row.knownFrom ?? null,
    });
  }
  return {
    relations,
    rolledUp: [...rolledUp.values()].sort((a, b) => byId(a.person.id, b.person.id)),
    unresolved: [...unresolved.values()].sort((a, b) => byId(a.id, b.id)),
    skipped,
  };
}
