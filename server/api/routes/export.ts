// Downloads: the subgraph filters (GET) or explicit node ids / a read-only query (POST), in any
// registered export format.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Response, Router } from 'express';
import { EXPORT_FORMATS, fileNameFor, type ExportFormat } from '../../export/formats';
import type { GraphJSON } from '../../graph/graph-json';
import { inducedSubgraph, subgraph } from '../../graph/subgraph';
import type { ApiContext } from '../context';
import { ApiError } from '../errors';
import { responseTooLarge, type ConcurrencyLimit } from '../limits';
import { defineRoute } from '../route';
import { ExportBody, ExportQuery } from '../schemas';
import { consoleQuery, CYPHER_TOO_LARGE } from './cypher';

const PRODUCES = Object.fromEntries(Object.entries(EXPORT_FORMATS).map(([f, s]) => [s.contentType.split(';')[0]!, `${f} file`]));

function send(res: Response, format: ExportFormat, graph: GraphJSON, baseName: string, maxBytes: number, ask: string): void {
  const spec = EXPORT_FORMATS[format];
  const body = spec.write(graph, { title: baseName });
  // Formats differ in size for the same graph (GEXF is the most verbose), so the written file is measured.
  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  if (size > maxBytes) throw responseTooLarge(maxBytes, ask, { bytes: size });
  const name = fileNameFor(format, baseName);
  const ascii = name.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || `newsgraph.${spec.extension}`;
  res.setHeader('Content-Type', spec.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  res.send(typeof body === 'string' ? body : Buffer.from(body));
}

export function registerExport(router: Router, registry: OpenAPIRegistry, ctx: ApiContext, limit: ConcurrencyLimit): void {
  defineRoute(router, registry, {
    method: 'get', path: '/api/export', tags: ['export'], summary: 'Download a subgraph (same filters as /api/subgraph)',
    query: ExportQuery, produces: PRODUCES, errors: [404, 413],
    handler: async ({ query }, _req, res) => {
      const r = await subgraph(ctx.db, { ...query, limit: Math.min(query.limit, ctx.cfg.SUBGRAPH_MAX_LIMIT) }, { timeoutMs: ctx.cfg.CYPHER_TIMEOUT_MS * 4 });
      if (r.graph.nodes.length === 0) throw new ApiError(404, 'NOT_FOUND', 'None of the seed entities exist');
      send(res, query.format, r.graph, `newsgraph-${query.seeds.join('-')}`, ctx.cfg.RESPONSE_MAX_BYTES, 'export less (a smaller limit or depth, narrower filters)');
      return undefined;
    },
  });

  defineRoute(router, registry, {
    method: 'post', path: '/api/export', tags: ['export'], summary: 'Download explicit nodes (and the relations among them, or only the listed ones) or the graph of a read-only Cypher query',
    body: ExportBody, produces: PRODUCES, errors: [404, 408, 413, 429],
    handler: async ({ body }, _req, res) => {
      let graph: GraphJSON;
      if ('nodeIds' in body) {
        graph = await inducedSubgraph(ctx.db, [...new Set(body.nodeIds)], ctx.cfg.SUBGRAPH_MAX_LIMIT, { timeoutMs: ctx.cfg.CYPHER_TIMEOUT_MS * 4 });
        if (graph.nodes.length === 0) throw new ApiError(404, 'NOT_FOUND', 'None of the node ids exist');
        if (body.relationIds) {
          const keep = new Set(body.relationIds);
          graph = { ...graph, edges: graph.edges.filter((e) => keep.has(e.key)) };
        }
      } else {
        graph = (await consoleQuery(ctx, limit, body.query, body.params, undefined, false)).graph;
      }
      send(res, body.format, graph, body.name ?? 'newsgraph-export', ctx.cfg.RESPONSE_MAX_BYTES,
        'nodeIds' in body ? 'export fewer nodes' : CYPHER_TOO_LARGE);
      return undefined;
    },
  });
}
