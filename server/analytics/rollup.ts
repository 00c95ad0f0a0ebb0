// From relation rows to actor relations. With rollup on (the default) actors are states (Country)
// and organisations: a person is replaced by the state (or failing that the organisation) they hold
// office for, so "Putin called Aliyev" becomes a Russia–Azerbaijan tie, and the relations of a person
// with no known office are left out (and listed). With rollup off, people are actors in their own right.
// The office comes from the text when it can: a HOLDS_OFFICE relation in the graph, which a sentence
// states. When no sentence states a person's office (the articles never name Pashinyan, and call
// Macron only "Tổng thống Macron"), it falls back to the lexicon's dated offices (seeds/lexicon) for
// the relation's time, and the mapping says so (source: 'lexicon'): it is no edge and has no evidence.
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

/** An office as the lexicon lists it, with its dates when known (inclusive ISO days; null = not known, open). */
export interface DatedOffice extends Office { from: string | null; to: string | null }

/** Where a roll-up comes from: a HOLDS_OFFICE relation (stated by a sentence), or the lexicon (stated by none). */
export type OfficeSource = 'text' | 'lexicon';

/** The office a person counts by: the text's, or a lexicon office (with its dates). */
export interface ResolvedOffice extends DatedOffice { source: OfficeSource }

/** One person → actor mapping used in a roll-up. */
export interface RolledUp { person: EntityRef; actor: EntityRef; role: string | null; source: OfficeSource; from: string | null; to: string | null }

/** An actor of the lexicon, as much of it as the roll-up needs (seeds/lexicon actors.json ∪ world.json). */
export interface LexiconActor { id: string; type: string; name: string; offices: readonly { role: string; of: string; from?: string; to?: string }[] }

export interface RollupResult {
  relations: ActorRelation[];
  /** Person → actor mappings used in at least one relation (a person whose lexicon offices change
   *  within the window can have several), with where each comes from. */
  rolledUp: RolledUp[];
  /** With rollup on: people with no known office at the time of at least one of their relations.
   *  Those relations are left out (counted in skipped.unresolvedPerson), since the dyads are then
   *  between states and organisations only. */
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

/** person id → the offices the lexicon gives them for states and organisations (offices for places,
 *  or for ids the lexicon does not know, are left out), in roll-up order: a state before an
 *  organisation, then the lowest id, then the latest start. */
export function lexiconOffices(actors: readonly LexiconActor[]): Map<string, DatedOffice[]> {
  const actorsById = new Map(actors.map((a) => [a.id, a]));
  const out = new Map<string, DatedOffice[]>();
  for (const a of actors) {
    if (a.type !== 'Person') continue;
    const list: DatedOffice[] = [];
    for (const o of a.offices) {
      const of = actorsById.get(o.of);
      if (!of || OFFICE_RANK[of.type] === undefined || of.id === a.id) continue;
      list.push({ actor: { id: of.id, name: of.name, entityType: of.type }, role: o.role, from: o.from ?? null, to: o.to ?? null });
    }
    if (list.length === 0) continue;
    list.sort((x, y) => OFFICE_RANK[x.actor.entityType]! - OFFICE_RANK[y.actor.entityType]! || byId(x.actor.id, y.actor.id) || byId(y.from ?? '', x.from ?? ''));
    out.set(a.id, list);
  }
  return out;
}

/** The first office (in roll-up order) held at some time in [from, to]: inclusive, a null bound of
 *  the window or of an office is open. Null when none. */
export function officeDuring(offices: readonly DatedOffice[] | undefined, from: string | null, to: string | null): DatedOffice | null {
  for (const o of offices ?? []) {
    if ((o.from === null || to === null || o.from <= to) && (o.to === null || from === null || from <= o.to)) return o;
  }
  return null;
}

/** The office a person counts by: a HOLDS_OFFICE from the graph (the text states it) whenever there
 *  is one; otherwise the lexicon office held during `during`. `during: null` means the time is not
 *  known at all, and then the lexicon is not used: its offices are only as good as their dates. */
export function officeFor(
  personId: string, offices: ReadonlyMap<string, Office>, lexicon: ReadonlyMap<string, readonly DatedOffice[]> | undefined,
  during: { from: string | null; to: string | null } | null,
): ResolvedOffice | null {
  const stated = offices.get(personId);
  if (stated) return { ...stated, from: null, to: null, source: 'text' };
  if (!during) return null;
  const o = officeDuring(lexicon?.get(personId), during.from, during.to);
  return o ? { ...o, source: 'lexicon' } : null;
}

export interface RollupOptions {
  rollup: boolean;
  /** The lexicon's dated offices (lexiconOffices): used for a person with no HOLDS_OFFICE in the graph,
   *  at the relation's time (`date ?? knownFrom`; a relation with neither cannot use them). */
  lexicon?: ReadonlyMap<string, readonly DatedOffice[]>;
}

export function toActorRelations(rows: readonly RelationRow[], offices: ReadonlyMap<string, Office>, o: RollupOptions): RollupResult {
  const skipped = { structural: 0, nonActor: 0, unresolvedPerson: 0, selfTie: 0, unknownType: 0 };
  const relations: ActorRelation[] = [];
  const rolledUp = new Map<string, RolledUp>();
  const unresolved = new Map<string, EntityRef>();

  const side = (e: EntityRef, at: string | null): { actor: EntityRef; person?: EntityRef; unresolved?: boolean } => {
    if (!o.rollup || e.entityType !== 'Person') return { actor: e };
    const office = officeFor(e.id, offices, o.lexicon, at === null ? null : { from: at, to: at });
    if (!office) {
      unresolved.set(e.id, e);
      return { actor: e, unresolved: true };
    }
    const { actor, role, source, from, to } = office;
    rolledUp.set(`${e.id}\u0000${actor.id}\u0000${role}\u0000${source}`, { person: e, actor, role, source, from, to });
    return { actor, person: e };
  };

  for (const row of rows) {
    const parsed = RelationType.safeParse(row.relType);
    if (!parsed.success) { skipped.unknownType++; continue; }
    const type = parsed.data;
    if (STRUCTURAL_TYPES.includes(type)) { skipped.structural++; continue; }
    if (!ACTOR_TYPES.includes(row.source.entityType) || !ACTOR_TYPES.includes(row.target.entityType)) { skipped.nonActor++; continue; }
    const at = row.date ?? row.knownFrom ?? null;
    const s = side(row.source, at);
    const t = side(row.target, at);
    if (s.unresolved || t.unresolved) { skipped.unresolvedPerson++; continue; }
    if (s.actor.id === t.actor.id) { skipped.selfTie++; continue; }
    const spec = VOCABULARY[type];
    const score = typeof row.score === 'number' && Number.isFinite(row.score) ? row.score : spec.score;
    relations.push({
      id: row.id, relType: type, kind: spec.kind, source: s.actor, target: t.actor,
      ...(s.person ? { sourcePerson: s.person } : {}),
      ...(t.person ? { targetPerson: t.person } : {}),
      score, at,
    });
  }
  return {
    relations,
    rolledUp: [...rolledUp.values()].sort((a, b) => byId(a.person.id, b.person.id) || byId(a.actor.id, b.actor.id) || byId(a.from ?? '', b.from ?? '')),
    unresolved: [...unresolved.values()].sort((a, b) => byId(a.id, b.id)),
    skipped,
  };
}
