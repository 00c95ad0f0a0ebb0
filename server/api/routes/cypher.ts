// The read-only Cypher console endpoint.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { QueryRefused, runConsoleQuery } from '../../graph/cypher-console';
import type { ApiContext } from '../context';
import { ApiError } from '../errors';
import { ConcurrencyLimit } from '../limits';
import { defineRoute } from '../route';
import { CypherBody, CypherResponse } from '../schemas';

export async function consoleQuery(ctx: ApiContext, limit: ConcurrencyLimit, query: string, params: Record<string, unknown>, maxRows?: number) {
  try {
    return await limit.run(() => runConsoleQuery(ctx.db, query, params, {
      timeoutMs: ctx.cfg.CYPHER_TIMEOUT_MS,
      maxRows: Math.min(maxRows ?? ctx.cfg.CYPHER_MAX_ROWS, ctx.cfg.CYPHER_MAX_ROWS),
    }));
  } catch (e) {
    if (e instanceof QueryRefused) throw new ApiError(400, 'QUERY_REFUSED', e.message);
    throw e;
  }
}

export function registerCypher(router: Router, registry: OpenAPIRegistry, ctx: ApiContext, limit: ConcurrencyLimit): void {
  defineRoute(router, registry, {
    method: 'post', path: '/api/cypher', tags: ['cypher'],
    summary: 'Run a read-only Cypher query; returns a table and the graph found in it',
    description: 'Refused unless the plan is a pure read: no writes, LOAD CSV, CALL … IN TRANSACTIONS, administration commands or procedures outside a small read allow-list. Bounded by CYPHER_TIMEOUT_MS (408 when exceeded) and CYPHER_MAX_ROWS (`truncated`).',
    body: CypherBody, response: CypherResponse, errors: [408, 413, 429],
    handler: async ({ body }) => consoleQuery(ctx, limit, body.query, body.params, body.maxRows),
  });
}
