// Health, vocabulary and date range: what a client needs before it draws anything.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ENTITY_TYPES, RELATION_TYPES, VOCABULARY } from '../../graph/vocabulary';
import { toNumber } from '../../neo4j/values';
import type { ApiContext } from '../context';
import { ApiError } from '../errors';
import { defineRoute } from '../route';
import { HealthResponse, TimelineResponse, VocabularyResponse } from '../schemas';

export function registerMeta(router: Router, registry: OpenAPIRegistry, ctx: ApiContext): void {
  defineRoute(router, registry, {
    method: 'get', path: '/api/health', tags: ['meta'], summary: 'Neo4j reachability, version and counts',
    response: HealthResponse,
    handler: async () => {
      try {
        const [v] = await ctx.db.read('version', {}, { timeoutMs: 3000 });
        const [c] = await ctx.db.read('counts', {}, { timeoutMs: 3000 });
        return {
          status: 'ok' as const,
          neo4j: { reachable: true, version: String(v?.get('version') ?? ''), edition: String(v?.get('edition') ?? ''), uri: ctx.neo4jUri, managed: ctx.managed },
          counts: c ? { nodes: toNumber(c.get('nodes')), relationships: toNumber(c.get('relationships')), entities: toNumber(c.get('entities')) } : null,
        };
      } catch (e) {
        throw new ApiError(503, 'DATABASE_UNAVAILABLE', 'The graph database is unreachable; try again shortly', {
          status: 'degraded', neo4j: { reachable: false, version: null, edition: null, uri: ctx.neo4jUri, managed: ctx.managed }, counts: null,
          cause: (e as Error).message,
        });
      }
    },
  });

  defineRoute(router, registry, {
    method: 'get', path: '/api/vocabulary', tags: ['meta'], summary: 'Relation types (CAMEO codes, default scores, symmetry, cue words) and entity types',
    response: VocabularyResponse,
    handler: async () => ({ relationTypes: RELATION_TYPES.map((t) => VOCABULARY[t]), entityTypes: [...ENTITY_TYPES] }),
  });

  defineRoute(router, registry, {
    method: 'get', path: '/api/date-range', tags: ['meta'], summary: 'Earliest and latest relation dates (for the date slider)',
    response: TimelineResponse,
    handler: async () => {
      const [r] = await ctx.db.read('date-range', {}, { timeoutMs: ctx.cfg.CYPHER_TIMEOUT_MS });
      const val = (k: string) => { const x = r?.get(k); return x === null || x === undefined ? null : String(x); };
      return { min: val('min'), max: val('max') };
    },
  });
}
