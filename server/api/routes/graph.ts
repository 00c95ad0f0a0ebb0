// Subgraphs, shortest paths and the evidence behind a relation.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { isPath, type Node, type Path } from 'neo4j-driver';
import { GraphCollector, nodeKey, relKey } from '../../graph/from-neo4j';
import { subgraph } from '../../graph/subgraph';
import { toNumber, toPlain } from '../../neo4j/values';
import type { ApiContext } from '../context';
import { ApiError, notFound } from '../errors';
import { defineRoute } from '../route';
import { EvidenceResponse, IdParam, PathsQuery, PathsResponse, SubgraphQuery, SubgraphResponse } from '../schemas';

const str = (v: unknown) => (v === null || v === undefined ? null : String(toPlain(v)));

export function registerGraph(router: Router, registry: OpenAPIRegistry, ctx: ApiContext): void {
  defineRoute(router, registry, {
    method: 'get', path: '/api/subgraph', tags: ['graph'],
    summary: 'The filtered, bounded neighbourhood of one or more entities',
    description: 'Breadth-first to `depth`; at most `limit` relations, keeping the strongest then most recent. `truncated` says some were left out; `hidden` gives per seed how many.',
    query: SubgraphQuery, response: SubgraphResponse, errors: [404],
    handler: async ({ query }) => {
      if (query.limit > ctx.cfg.SUBGRAPH_MAX_LIMIT) {
        throw new ApiError(400, 'BAD_REQUEST', `limit may be at most ${ctx.cfg.SUBGRAPH_MAX_LIMIT} (SUBGRAPH_MAX_LIMIT)`);
      }
      const r = await subgraph(ctx.db, query, { timeoutMs: ctx.cfg.CYPHER_TIMEOUT_MS * 4 });
      if (r.missingSeeds.length === query.seeds.length) throw notFound(`Entity "${r.missingSeeds.join('", "')}"`);
      return { graph: r.graph, truncated: r.truncated, hidden: r.hidden };
    },
  });

  defineRoute(router, registry, {
    method: 'get', path: '/api/paths', tags: ['graph'], summary: 'All shortest paths between two entities',
    query: PathsQuery, response: PathsResponse, errors: [404],
    handler: async ({ query }) => {
      if (query.from === query.to) throw new ApiError(400, 'BAD_REQUEST', '`from` and `to` must be different entities');
      const ends = await ctx.db.read('entities-by-id', { ids: [query.from, query.to] });
      const found = new Set(ends.map((r) => nodeKey(r.get('e') as Node)));
      for (const id of [query.from, query.to]) if (!found.has(id)) throw notFound(`Entity "${id}"`);
      const recs = await ctx.db.read('paths', { ...query, limit: query.limit + 1 }, { timeoutMs: ctx.cfg.CYPHER_TIMEOUT_MS });
      const collector = new GraphCollector();
      for (const r of ends) collector.add(r.get('e'));
      const paths = recs.slice(0, query.limit).map((r) => r.get('p')).filter(isPath).map((p: Path) => {
        collector.add(p);
        return { nodes: [nodeKey(p.start), ...p.segments.map((s) => nodeKey(s.end))], edges: p.segments.map((s) => relKey(s.relationship)) };
      });
      return { graph: collector.toJSON(), paths, length: paths[0]?.edges.length ?? null, truncated: recs.length > query.limit };
    },
  });

  defineRoute(router, registry, {
    method: 'get', path: '/api/relations/:id/evidence', tags: ['graph'],
    summary: 'The sentences behind a relation, with the mentions and trigger located, and their articles',
    params: IdParam, response: EvidenceResponse, errors: [404],
    handler: async ({ params }) => {
      const recs = await ctx.db.read('evidence', { id: params.id }, { timeoutMs: ctx.cfg.CYPHER_TIMEOUT_MS });
      if (recs.length === 0) throw notFound(`Relation "${params.id}"`);
      const first = recs[0]!.get('v') as Record<string, unknown>;
      const [rel] = await ctx.db.read('relation', { id: params.id, subject: first.subjectId, object: first.objectId });
      if (!rel) throw notFound(`Relation "${params.id}"`);
      const summary = (n: Node) => ({ id: nodeKey(n), name: String(n.properties.name ?? ''), nameVi: str(n.properties.nameVi), entityType: String(n.properties.entityType ?? ''), aliases: ((n.properties.aliases as unknown[]) ?? []).map(String) });
      const r = rel.get('r') as { type: string; properties: Record<string, unknown> };
      return {
        relation: {
          id: params.id, type: r.type, source: summary(rel.get('s')), target: summary(rel.get('t')),
          date: str(r.properties.date), score: r.properties.score === undefined || r.properties.score === null ? null : toNumber(r.properties.score),
          cameo: str(r.properties.cameo), modality: str(r.properties.modality), attribution: str(r.properties.attribution), provenance: str(r.properties.provenance),
        },
        evidence: recs.map((rec) => {
          const v = rec.get('v') as Record<string, unknown>;
          const s = rec.get('s') as Record<string, unknown>;
          const a = rec.get('article') as Record<string, unknown>;
          const base = toNumber(s.start);
          const span = (k: string) => {
            const start = toNumber(v[`${k}Start`]) - base;
            const end = toNumber(v[`${k}End`]) - base;
            return { start, end, text: String(s.text).slice(start, end) };
          };
          return {
            sentence: { id: String(s.id), text: String(s.text), start: base, end: toNumber(s.end) },
            subject: span('subject'), object: span('object'), trigger: span('trigger'),
            article: { id: String(a.id), title: String(a.title ?? ''), date: str(a.date), source: str(a.source), url: str(a.url) },
          };
        }),
      };
    },
  });
}
