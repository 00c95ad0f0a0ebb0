// Hand-made rows for the analytics unit tests.
import { officeMap, toActorRelations, type ActorRelation } from './rollup';
import type { EntityRef, OfficeRow, RelationRow } from './types';

const TYPES: Record<string, string> = { org: 'Organization', p: 'Person', place: 'Place' };

/** `country:armenia` → Country, `org:csto` → Organization, `p:putin` → Person, `place:geneva` → Place; bare ids are countries. */
export function ent(spec: string): EntityRef {
  const [prefix, id] = spec.includes(':') ? spec.split(':') as [string, string] : ['country', spec];
  const entityType = TYPES[prefix] ?? 'Country';
  return { id, name: id[0]!.toUpperCase() + id.slice(1), entityType };
}

let seq = 0;
export function row(type: string, s: string, t: string, o: { score?: number | null; date?: string | null; knownFrom?: string | null; id?: string } = {}): RelationRow {
  return {
    id: o.id ?? `r${++seq}`, relType: type, source: ent(s), target: ent(t),
    score: o.score ?? null, date: o.date ?? null, knownFrom: o.knownFrom ?? null,
  };
}

export function office(person: string, of: string, role = 'President'): OfficeRow {
  return { person: ent(person), office: ent(of), role };
}

/** Rows → actor relations, people rolled up through `offices`. */
export function actorRelations(rows: RelationRow[], offices: OfficeRow[] = [], rollup = true): ActorRelation[] {
  return toActorRelations(rows, officeMap(offices), { rollup }).relations;
}
