// How often each relation type occurs in generated news, and which entity types may stand on
// each side. The shares follow the shape of event data coded from wire news (GDELT/ICEWS-style):
// talk (consult, meet, visit, call) dominates, then verbal cooperation and verbal conflict,
// with force, aid and sanctions rare; static ties (office, membership) are a small minority.
import type { EntityType, RelationType } from '../../server/graph/vocabulary';

export const RELATION_MIX: Record<RelationType, number> = {
  MET: 0.135, CONSULTED: 0.12, VISITED: 0.08, CALLED: 0.06,
  COOPERATES_WITH: 0.08, SUPPORTS: 0.07, PRAISES: 0.04, APPEALS_TO: 0.04, AGREED_WITH: 0.04,
  MEDIATES: 0.015, PROVIDES_MILITARY_AID: 0.015,
  CRITICIZES: 0.07, ACCUSES: 0.06, THREATENS: 0.03, FIGHTS: 0.05, REDUCES_RELATIONS: 0.01,
  HOLDS_OFFICE: 0.03, MEMBER_OF: 0.03, ALLIED_WITH: 0.01, LOCATED_IN: 0.01, CO_CHAIRS: 0.005,
};

const ACTORS: EntityType[] = ['Country', 'Person', 'Organization'];

/** Entity types allowed as subject and object; anything unlisted is actor → actor. */
export const SIDES: Partial<Record<RelationType, [EntityType[], EntityType[]]>> = {
  HOLDS_OFFICE: [['Person'], ['Country', 'Organization']],
  MEMBER_OF: [['Country', 'Person', 'Organization'], ['Organization']],
  CO_CHAIRS: [['Country', 'Person'], ['Organization']],
  LOCATED_IN: [['Place'], ['Country']],
  ALLIED_WITH: [['Country'], ['Country']],
  VISITED: [['Person', 'Country'], ['Country', 'Place', 'Organization']],
  FIGHTS: [['Country', 'Organization'], ['Country', 'Organization']],
};

export function sidesOf(t: RelationType): [EntityType[], EntityType[]] {
  return SIDES[t] ?? [ACTORS, ACTORS];
}

/** Share of entity types among generated entities (the top ranks are forced to Country: the hubs). */
export const ENTITY_MIX: Record<EntityType, number> = { Person: 0.5, Organization: 0.27, Place: 0.15, Country: 0.08 };

/** Offices a HOLDS_OFFICE relation names in its `role` property. */
export const OFFICES = ['Tổng thống', 'Thủ tướng', 'Ngoại trưởng', 'Bộ trưởng Quốc phòng', 'Tổng thư ký', 'Chủ tịch'];
