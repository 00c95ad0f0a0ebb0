// The read-only Cypher console endpoint.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { QueryRefused, ResultTooLarge, runConsoleQuery } from '../../graph/cypher-console';
import type { ApiContext } from '../context';
import { ApiError } from '../errors';
import { ConcurrencyLimit, responseTooLarge } from '../limits';
import { defineRoute } from '../route';
import { CypherBody, CypherResponse } from '../schemas';

/** What the 413 for a console result over RESPONSE_MAX_BYTES tells the user to do. */
export const CYPHER_TOO_LARGE = 'add a LIMIT, return fewer or smaller columns (properties instead of whole nodes) or narrow the MATCH';

/**
 * `streamCap: false` skips the byte count while rows stream: export keeps only the graph, so its
 * written file is what gets measured, not table cells it drops.
 */
export async function consoleQuery(ctx: ApiContext, limit: ConcurrencyLimit, query: string, params: Record<string, unknown>, maxRows?: number, streamCap = true) {
  try {
    return await limit.run(() => runConsoleQuery(ctx.db, query, params, {
      timeoutMs: ctx.cfg.CYPHER_TIMEOUT_MS,
      maxRows: Math.min(maxRows ?? ctx.cfg.CYPHER_MAX_ROWS, ctx.cfg.CYPHER_MAX_ROWS),
      maxBytes: streamCap ? ctx.cfg.RESPONSE_MAX_BYTES : undefined,
    }));
  } catch (e) {
    if (e instanceof QueryRefused) throw new ApiError(400, 'QUERY_REFUSED', e.message);
    if (e instanceof ResultTooLarge) throw responseTooLarge(e.maxBytes, CYPHER_TOO_LARGE, { rows: e.rowsRead });
    throw e;
  }
}

export function registerCypher(router: Router, registry: OpenAPIRegistry, ctx: ApiContext, limit: ConcurrencyLimit): void {
  defineRoute(router, registry, {
    method: 'post', path: '/api/cypher', tags: ['cypher'],
    summary: 'Run a read-only Cypher query; returns a table and the graph found in it',
    description: 'Refused unless the plan is a pure read: no writes, LOAD CSV, CALL … IN TRANSACTIONS, administration commands or procedures outside a small read allow-list. Bounded by CYPHER_TIMEOUT_MS (408 when exceeded), CYPHER_MAX_ROWS (`truncated`) and RESPONSE_MAX_BYTES (413 RESPONSE_TOO_LARGE, counted while rows stream).',
    body: CypherBody, response: CypherResponse, errors: [408, 413, 429], tooLarge: CYPHER_TOO_LARGE,
    handler: async ({ body }) => consoleQuery(ctx, limit, body.query, body.params, body.maxRows),
  });
}
