// One error shape everywhere: {"error": {"code", "message", "details"?}}. Never a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';
import { setServerTiming } from './timing';

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
}).meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, 'NOT_FOUND', `${what} not found`);

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMEOUT = /TransactionTimedOut|Transaction\.Terminated/;
const PANIC_CODES = new Set(['Neo.DatabaseError.Transaction.TransactionStartFailed', 'Neo.DatabaseError.Transaction.TransactionCommitFailed']);
// The heap (or the per-transaction memory cap) ran out for this one query; Neo4j keeps serving.
const MEMORY = /^Neo\.TransientError\.General\.(OutOfMemoryError|MemoryPoolOutOfMemoryError|TransactionMemoryLimit)$/;

/** Maps a thrown value to status + body. Exported for unit tests. */
export function toErrorResponse(err: unknown): { status: number; body: ErrorBody } {
  const body = (status: number, code: string, message: string, details?: unknown) =>
    ({ status, body: { error: { code, message, ...(details === undefined ? {} : { details }) } } });
  if (err instanceof ApiError) return body(err.status, err.code, err.message, err.details);
  if (err instanceof z.ZodError) {
    return body(400, 'BAD_REQUEST', 'Invalid request', err.issues.map((i) => ({ path: i.path.map(String), message: i.message, code: i.code })));
  }
  const e = err as { type?: string; status?: number; code?: string; message?: string; name?: string };
  // body-parser errors carry a type and an HTTP status.
  if (e?.type === 'entity.too.large') return body(413, 'PAYLOAD_TOO_LARGE', 'Request body is too large');
  if (e?.type === 'entity.parse.failed') return body(400, 'MALFORMED_JSON', 'Request body is not valid JSON');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return body(415, 'UNSUPPORTED_ENCODING', 'Unsupported body encoding');
  // Other client errors raised by Express or body-parser (e.g. a path with a broken %-escape).
  const exposed = (err as { expose?: boolean })?.expose === true || err instanceof URIError;
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && (e.type || exposed)) return body(e.status, 'BAD_REQUEST', e.message ?? 'Bad request');
  if (e?.code && UNAVAILABLE.has(e.code)) return body(503, 'DATABASE_UNAVAILABLE', 'The graph database is unreachable; try again shortly');
  if (e?.code && MEMORY.test(e.code)) return body(413, 'QUERY_MEMORY_LIMIT', 'The query needed more memory than the database allows; add LIMIT, aggregate earlier or build smaller lists');
  if (e?.code && TIMEOUT.test(e.code)) return body(408, 'QUERY_TIMEOUT', 'The query ran past its time limit and was stopped');
  // After a critical failure (a full disk, measured in RELIABILITY.md) Neo4j stays up but refuses every
  // transaction until restarted: the database is unavailable, not our bug.
  if (e?.name === 'Neo4jError' && (PANIC_CODES.has(e.code ?? '') || /needs to be restarted/.test(e.message ?? ''))) {
    return body(503, 'DATABASE_UNAVAILABLE', 'The graph database stopped after a critical error (for example a full disk) and needs a restart; see its logs');
  }
  if (e?.name === 'Neo4jError' && e.code?.startsWith('Neo.ClientError.Security')) return body(503, 'DATABASE_UNAVAILABLE', 'The server cannot authenticate to the graph database');
  if (e?.name === 'Neo4jError' && e.code?.startsWith('Neo.ClientError')) return body(400, 'QUERY_ERROR', e.message ?? 'Query error', { neo4jCode: e.code });
  return body(500, 'INTERNAL', 'Internal server error');
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const { status, body } = toErrorResponse(err);
  if (status >= 500) req.log?.error({ err }, 'request failed');
  if (res.headersSent) return res.end();
  setServerTiming(res);
  res.status(status).json(body);
};

export const notFoundHandler: RequestHandler = (req, _res, next) => next(new ApiError(404, 'NOT_FOUND', `No route ${req.method} ${req.path}`));
