// Declares a route once: the same zod schemas validate the request, type the handler and
// describe the endpoint in the OpenAPI document.
import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { ErrorBody } from './errors';
import { responseTooLarge } from './limits';
import { setServerTiming } from './timing';

/** Express app setting holding RESPONSE_MAX_BYTES (set in app.ts), read here per response. */
export const RESPONSE_MAX_BYTES_SETTING = 'newsgraph response max bytes';

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
  /** For the 413 past RESPONSE_MAX_BYTES: how to ask this endpoint for less. */
  tooLarge?: string;
  handler: (input: { query: z.infer<Q>; params: z.infer<P>; body: z.infer<B> }, req: Request, res: Response) => Promise<unknown>;
}

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input', 404: 'Not found', 408: 'Query timed out', 413: 'Request body too large (BODY_LIMIT) or response too large (RESPONSE_MAX_BYTES)',
  415: 'Unsupported media type', 429: 'Too many requests', 503: 'Graph database unreachable', 401: 'Missing or wrong token', 403: 'Writes are disabled',
};

export function defineRoute<Q extends z.ZodType = z.ZodUndefined, P extends z.ZodType = z.ZodUndefined, B extends z.ZodType = z.ZodUndefined>(
  router: Router, registry: OpenAPIRegistry, def: RouteDef<Q, P, B>,
): void {
  // Every JSON answer is held to RESPONSE_MAX_BYTES below, so every JSON route can answer 413.
  const errorCodes = [400, 503, ...(def.response ? [413] : []), ...(def.errors ?? [])];
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
    if (out === undefined || res.headersSent) return;
    // Serialised once, as res.json would, so the size is known before anything is sent.
    const text = JSON.stringify(out);
    const max = req.app.get(RESPONSE_MAX_BYTES_SETTING) as number | undefined;
    // A UTF-16 unit is at most 3 UTF-8 bytes: short texts skip the byte count.
    if (max !== undefined && text.length * 3 > max) {
      const size = Buffer.byteLength(text);
      if (size > max) throw responseTooLarge(max, def.tooLarge ?? 'ask for less (a smaller limit or depth, narrower filters)', { bytes: size });
    }
    if (!res.get('Content-Type')) res.set('Content-Type', 'application/json');
    setServerTiming(res);
    res.send(text);
  });
}
