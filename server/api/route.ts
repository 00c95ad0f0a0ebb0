// Declares a route once: the same zod schemas validate the request, type the handler and
// describe the endpoint in the OpenAPI document.
import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { ErrorBody } from './errors';

export interface RouteDef<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> {
  method: 'get' | 'post';
  /** Express path, e.g. /api/entities/:id (documented as /api/entities/{id}). */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  query?: Q;
  params?: P;
  body?: B;
  /** JSON response schema; omit for file downloads and describe `produces` instead. */
  response?: z.ZodType;
  produces?: Record<string, string>;
  errors?: number[];
  handler: (input: { query: z.infer<Q>; params: z.infer<P>; body: z.infer<B> }, req: Request, res: Response) => Promise<unknown>;
}

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input', 404: 'Not found', 408: 'Query timed out', 413: 'Body too large',
  415: 'Unsupported media type', 429: 'Too many requests', 503: 'Graph database unreachable', 401: 'Missing or wrong token', 403: 'Writes are disabled',
};

export function defineRoute<Q extends z.ZodType = z.ZodUndefined, P extends z.ZodType = z.ZodUndefined, B extends z.ZodType = z.ZodUndefined>(
  router: Router, registry: OpenAPIRegistry, def: RouteDef<Q, P, B>,
): void {
  const errorCodes = [400, 503, ...(def.errors ?? [])];
  registry.registerPath({
    method: def.method,
    path: def.path.replace(/:(\w+)/g, '{$1}'),
    summary: def.summary,
    description: def.description,
    tags: def.tags,
    request: {
      ...(def.query ? { query: def.query as unknown as z.ZodObject } : {}),
      ...(def.params ? { params: def.params as unknown as z.ZodObject } : {}),
      ...(def.body ? { body: { content: { 'application/json': { schema: def.body } } } } : {}),
    },
    responses: {
      200: {
        description: 'OK',
        content: def.response
          ? { 'application/json': { schema: def.response } }
          : Object.fromEntries(Object.entries(def.produces ?? {}).map(([type, desc]) => [type, { schema: { type: 'string', format: 'binary', description: desc } }])),
      },
      ...Object.fromEntries([...new Set(errorCodes)].map((c) => [c, { description: ERROR_TEXT[c] ?? 'Error', content: { 'application/json': { schema: ErrorBody } } }])),
    },
  });
  router[def.method](def.path, async (req, res) => {
    const input = {
      query: (def.query ? def.query.parse(req.query) : undefined) as z.infer<Q>,
      params: (def.params ? def.params.parse(req.params) : undefined) as z.infer<P>,
      body: (def.body ? def.body.parse(req.body ?? {}) : undefined) as z.infer<B>,
    };
    const out = await def.handler(input, req, res);
    if (out !== undefined && !res.headersSent) res.json(out);
  });
}
