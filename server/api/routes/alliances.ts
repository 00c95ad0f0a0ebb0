// Alliance analytics over the graph: dyad scores, blocs, structural balance and one dyad over time.
// I/O only: two read queries (cypher/alliance-relations, cypher/alliance-offices) give plain rows,
// and the lexicon (seeds/lexicon) gives the dated offices a person falls back to when no sentence
// states their office; everything else is the pure code in server/analytics.
import path from 'node:path';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import type { Node } from 'neo4j-driver';
import { structuralBalance } from '../../analytics/balance';
import { findBlocs } from '../../analytics/blocs';
import { aggregateDyads, computeDyads, contributions, dyadsInvolving, pairKey } from '../../analytics/dyads';
import { lexiconOffices, officeFor, officeMap, toActorRelations, type DatedOffice, type Office, type RollupResult } from '../../analytics/rollup';
import { dyadTimeline } from '../../analytics/timeline';
import type { EntityRef, OfficeRow, RelationRow } from '../../analytics/types';
import { RELATION_TYPES, VOCABULARY } from '../../graph/vocabulary';
import { mergeActors } from '../../ingest/extract/lexicon';
import { readLexiconFiles } from '../../ingest/extract/lexicon-load';
import { toNumber } from '../../neo4j/values';
import {
  BalanceQuery, BalanceResponse, BlocsQuery, BlocsResponse, DEFAULT_MODALITIES, DyadsQuery, DyadsResponse,
  STANCE_TYPES, TimelineQuery, TimelineResponse, type WindowQuery,
} from '../alliance-schemas';
import type { ApiContext } from '../context';
import { ApiError, notFound } from '../errors';
import { defineRoute } from '../route';

/** Beyond this many relations in a window the analytics refuse rather than run for minutes. */
export const MAX_ALLIANCE_ROWS = 100_000;
const STATIC_TYPES = RELATION_TYPES.filter((t) => VOCABULARY[t].kind === 'static');

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

interface Loaded { rolled: RollupResult; offices: Map<string, Office>; lexicon: ReadonlyMap<string, readonly DatedOffice[]> }

let lexiconCache: { dir: string; offices: Map<string, DatedOffice[]> } | null = null;
/** The lexicon's dated offices (actors.json ∪ world.json, as the extractor merges them), read on first use. */
function lexicon(ctx: ApiContext): Map<string, DatedOffice[]> {
  const dir = path.join(ctx.cfg.root, 'seeds', 'lexicon');
  if (lexiconCache?.dir !== dir) {
    const files = readLexiconFiles(dir);
    lexiconCache = { dir, offices: lexiconOffices(mergeActors(files.actors, files.world)) };
  }
  return lexiconCache.offices;
}

async function load(ctx: ApiContext, q: WindowQuery): Promise<Loaded> {
  const timeoutMs = ctx.cfg.CYPHER_TIMEOUT_MS * 4;
  const [recs, officeRecs] = await Promise.all([
    ctx.db.read('alliance-relations', {
      types: q.types ?? STANCE_TYPES, modalities: q.modalities ?? [...DEFAULT_MODALITIES], staticTypes: STATIC_TYPES,
      from: q.from ?? null, to: q.to ?? null, limit: MAX_ALLIANCE_ROWS + 1,
    }, { timeoutMs }),
    q.rollup ? ctx.db.read('alliance-offices', {}, { timeoutMs }) : Promise.resolve([]),
  ]);
  if (recs.length > MAX_ALLIANCE_ROWS) {
    throw new ApiError(400, 'WINDOW_TOO_LARGE', `More than ${MAX_ALLIANCE_ROWS} relations match; narrow the window (from, to) or the types`);
  }
  const rows: RelationRow[] = recs.map((r) => {
    const score = r.get('score');
    return {
      id: String(r.get('id')), relType: String(r.get('relType')),
      source: { id: String(r.get('sourceId')), name: String(r.get('sourceName') ?? r.get('sourceId')), entityType: String(r.get('sourceType') ?? '') },
      target: { id: String(r.get('targetId')), name: String(r.get('targetName') ?? r.get('targetId')), entityType: String(r.get('targetType') ?? '') },
      score: score === null || score === undefined ? null : toNumber(score),
      date: str(r.get('date')), knownFrom: str(r.get('knownFrom')), modality: str(r.get('modality')),
    };
  });
  const officeRows: OfficeRow[] = officeRecs.map((r) => ({
    person: { id: String(r.get('personId')), name: String(r.get('personName') ?? r.get('personId')), entityType: 'Person' },
    office: { id: String(r.get('officeId')), name: String(r.get('officeName') ?? r.get('officeId')), entityType: String(r.get('officeType')) },
    role: str(r.get('role')),
  }));
  const offices = officeMap(officeRows);
  const lex = q.rollup ? lexicon(ctx) : new Map<string, DatedOffice[]>();
  return { rolled: toActorRelations(rows, offices, { rollup: q.rollup, lexicon: lex }), offices, lexicon: lex };
}

/** The entities named in a request, which must all exist (404) and be actors (400). */
async function actorsNamed(ctx: ApiContext, ids: string[], param: string): Promise<Map<string, EntityRef>> {
  const recs = await ctx.db.read('entities-by-id', { ids }, { timeoutMs: ctx.cfg.CYPHER_TIMEOUT_MS });
  const found = new Map<string, EntityRef>();
  for (const r of recs) {
    const n = r.get('e') as Node;
    const id = String(n.properties.id);
    found.set(id, { id, name: String(n.properties.name ?? id), entityType: String(n.properties.entityType ?? '') });
  }
  const missing = ids.filter((i) => !found.has(i));
  if (missing.length > 0) throw notFound(`Entity "${missing.join('", "')}"`);
  for (const e of found.values()) {
    if (e.entityType === 'Place') throw new ApiError(400, 'BAD_REQUEST', `\`${param}\`: "${e.id}" is a place; alliances are between states, organisations and people`);
  }
  return found;
}

/** The actor an entity named in a request counts as: with rollup, a person counts as the state of
 *  their office (stated in the text, or else the lexicon's held during the window); a person with
 *  neither cannot be rolled up (400). */
function asActor(e: EntityRef, l: Loaded, q: WindowQuery): EntityRef {
  if (!q.rollup || e.entityType !== 'Person') return e;
  const office = officeFor(e.id, l.offices, l.lexicon, { from: q.from ?? null, to: q.to ?? null });
  if (!office) throw new ApiError(400, 'BAD_REQUEST', `"${e.id}" holds no known office to roll up to (none stated in the text, none in the lexicon for this window); ask with rollup=false`);
  return office.actor;
}

function context(q: WindowQuery, l: Loaded) {
  return {
    window: { from: q.from ?? null, to: q.to ?? null },
    rollup: {
      enabled: q.rollup,
      people: l.rolled.rolledUp.map((p) => ({ person: p.person, actor: p.actor, role: p.role, source: p.source, from: p.from, to: p.to })),
      unresolved: l.rolled.unresolved,
    },
    skipped: l.rolled.skipped,
  };
}

export function registerAlliances(router: Router, registry: OpenAPIRegistry, ctx: ApiContext): void {
  defineRoute(router, registry, {
    method: 'get', path: '/api/alliances/dyads', tags: ['alliances'],
    summary: 'Cooperation–conflict scores for every pair of actors over a time window',
    description: 'Per pair of actors (states and organisations; people roll up to the state they hold office for unless rollup=false): count, sum and mean of the relation scores (Goldstein scale, −10 conflict … +10 cooperation), overall and by type. Alliances and co-membership of an organisation count as cooperation; HOLDS_OFFICE and LOCATED_IN never count.',
    query: DyadsQuery, response: DyadsResponse, errors: [404],
    handler: async ({ query }) => {
      const named = query.actors ? await actorsNamed(ctx, query.actors, 'actors') : null;
      const l = await load(ctx, query);
      let dyads = computeDyads(l.rolled.relations);
      if (named) dyads = dyadsInvolving(dyads, [...named.values()].map((e) => asActor(e, l, query).id));
      const actors = new Set(dyads.flatMap((d) => [d.a.id, d.b.id]));
      return { ...context(query, l), actors: actors.size, dyads };
    },
  });

  defineRoute(router, registry, {
    method: 'get', path: '/api/alliances/blocs', tags: ['alliances'],
    summary: 'Blocs: actors grouped so that cooperation falls inside blocs and conflict between them',
    description: 'Louvain (seeded, so deterministic) on the cooperative dyads only, then greedy single-actor moves and bloc merges that lower the frustration (conflict inside blocs + cooperation between blocs). quality = 1 − frustration / Σ|dyad sum|.',
    query: BlocsQuery, response: BlocsResponse,
    handler: async ({ query }) => {
      const l = await load(ctx, query);
      return { ...context(query, l), ...findBlocs(computeDyads(l.rolled.relations), { merge: query.merge }) };
    },
  });

  defineRoute(router, registry, {
    method: 'get', path: '/api/alliances/balance', tags: ['alliances'],
    summary: 'Structural balance: the share of balanced triangles and the unbalanced triads',
    description: 'A triangle of actors whose three dyads have a sign (of their summed score) is balanced when the product of the signs is positive. Unbalanced triads come with the relations behind them and a sentence.',
    query: BalanceQuery, response: BalanceResponse,
    handler: async ({ query }) => {
      const l = await load(ctx, query);
      return { ...context(query, l), ...structuralBalance(computeDyads(l.rolled.relations), { limit: query.limit }) };
    },
  });

  defineRoute(router, registry, {
    method: 'get', path: '/api/alliances/timeline', tags: ['alliances'],
    summary: 'One dyad over time: its events per day, week or month',
    description: 'Per bucket: count, sum, mean and by type of the events between a and b (people rolled up unless rollup=false), with a running sum; static ties are listed apart as standing ties.',
    query: TimelineQuery, response: TimelineResponse, errors: [404],
    handler: async ({ query }) => {
      const named = await actorsNamed(ctx, [query.a, query.b], 'a/b');
      const l = await load(ctx, query);
      const a = asActor(named.get(query.a)!, l, query);
      const b = asActor(named.get(query.b)!, l, query);
      if (a.id === b.id) throw new ApiError(400, 'BAD_REQUEST', `"${query.a}" and "${query.b}" both count as ${a.name}; ask with rollup=false`);
      const ties = contributions(l.rolled.relations);
      const key = pairKey(a.id, b.id);
      const [dyad] = aggregateDyads(ties.filter((t) => pairKey(t.a.id, t.b.id) === key));
      return {
        ...context(query, l), a, b,
        ...dyadTimeline(ties, a.id, b.id, query.bucket, { from: query.from, to: query.to }),
        dyad: dyad ?? null,
      };
    },
  });
}
