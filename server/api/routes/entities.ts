// Search and entity details.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { toLuceneQuery } from '../../graph/search-query';
import { toNumber } from '../../neo4j/values';
import type { ApiContext } from '../context';
import { notFound } from '../errors';
import { defineRoute } from '../route';
import { EntityResponse, IdParam, SearchQuery, SearchResponse } from '../schemas';

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function registerEntities(router: Router, registry: OpenAPIRegistry, ctx: ApiContext): void {
  defineRoute(router, registry, {
    method: 'get', path: '/api/search', tags: ['entities'],
    summary: 'Entities by name or alias, Vietnamese or English, case- and diacritic-insensitive, ranked',
    query: SearchQuery, response: SearchResponse,
    handler: async ({ query }) => {
      const lucene = toLuceneQuery(query.q);
      if (!lucene) return { results: [] };
      const recs = await ctx.db.read('search', { lucene, limit: query.limit }, { timeoutMs: ctx.cfg.CYPHER_TIMEOUT_MS });
      return {
        results: recs.map((r) => ({
          id: String(r.get('id')), name: String(r.get('name')), nameVi: str(r.get('nameVi')), entityType: String(r.get('entityType')),
          aliases: (r.get('aliases') as unknown[]).map(String), score: Number(r.get('score')),
        })),
      };
    },
  });

  defineRoute(router, registry, {
    method: 'get', path: '/api/entities/:id', tags: ['entities'], summary: 'An entity with its relation counts by type',
    params: IdParam, response: EntityResponse, errors: [404],
    handler: async ({ params }) => {
      const [r] = await ctx.db.read('entity', { id: params.id }, { timeoutMs: ctx.cfg.CYPHER_TIMEOUT_MS });
      if (!r) throw notFound(`Entity "${params.id}"`);
      const relations = (r.get('relations') as { type: string; direction: 'out' | 'in'; count: unknown }[])
        .map((x) => ({ type: x.type, direction: x.direction, count: toNumber(x.count) }))
        .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
      return {
        entity: { id: String(r.get('id')), name: String(r.get('name')), nameVi: str(r.get('nameVi')), entityType: String(r.get('entityType')), aliases: (r.get('aliases') as unknown[]).map(String) },
        relations,
        degree: relations.reduce((n, x) => n + x.count, 0),
      };
    },
  });
}
