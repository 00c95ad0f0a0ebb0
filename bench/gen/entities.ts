// The generated world: entities ranked by prominence, and samplers that draw them with Zipf
// weights (rank r drawn ∝ 1/(r+1)^s), which gives the heavy-tailed degrees of news graphs: a few
// great powers in most stories, a long tail mentioned once or twice.
import type { EntityRow } from '../../server/ingest/rows';
import type { EntityType } from '../../server/graph/vocabulary';
import { ENTITY_MIX } from './mix';
import { entityName } from './names';
import { mulberry32, subSeed, Weighted, type Rng } from './rng';

/** Zipf exponent: 1.0 makes the top entity take a few per cent of all mentions even at 1M relations. */
export const ZIPF_S = 1.0;
/** Ranks 0..HUBS-1 are Countries: the "great powers" every benchmark seeds from. */
export const HUBS = 5;

export function entityCountFor(relations: number): number {
  // About four relations per entity, as in event data; never so few that types run out.
  return Math.max(40, Math.round(relations / 4));
}

export function makeEntities(count: number, seed: number): EntityRow[] {
  const r = mulberry32(subSeed(seed, 'entities'));
  const types = Object.keys(ENTITY_MIX) as EntityType[];
  const mix = new Weighted(types.map((t) => ENTITY_MIX[t]));
  const rows: EntityRow[] = [];
  for (let i = 0; i < count; i++) {
    // The first four of the tail cycle through the types so every type exists even at tiny sizes.
    const type: EntityType = i < HUBS ? 'Country' : i < HUBS + 4 ? (['Person', 'Organization', 'Place', 'Country'] as const)[i - HUBS]! : types[mix.draw(r)]!;
    const n = entityName(i, type);
    rows.push({
      id: `g${i}`, entityType: type,
      props: { name: n.name, nameVi: n.nameVi, aliases: n.aliases, searchAliases: n.aliases.join(' | '), entityType: type },
    });
  }
  return rows;
}

/** Draws entity indices of the given types, by Zipf weight of their global rank. */
export class EntitySampler {
  private readonly cache = new Map<string, { pool: Int32Array; w: Weighted }>();
  constructor(private readonly entities: EntityRow[]) {}

  draw(r: Rng, types: readonly EntityType[]): number {
    const key = [...types].sort().join('|');
    let s = this.cache.get(key);
    if (!s) {
      const idx: number[] = [];
      this.entities.forEach((e, i) => { if (types.includes(e.entityType as EntityType)) idx.push(i); });
      const pool = Int32Array.from(idx);
      s = { pool, w: new Weighted(Array.from(pool, (i) => 1 / (i + 1) ** ZIPF_S)) };
      this.cache.set(key, s);
    }
    return s.pool[s.w.draw(r)]!;
  }
}
