// Server-Timing: how long the API held each request, from arrival to the moment the answer is
// handed to the socket (validation, Neo4j, serialisation). Browsers' developer tools show it, and
// the API benchmark uses it to split the API's overhead into the server's and the transport's.
import type { RequestHandler, Response } from 'express';

const STARTED = Symbol('newsgraph request start');
type Timed = Response & { [STARTED]?: number };

/** First middleware: notes when the request arrived. */
export const startTiming: RequestHandler = (_req, res, next) => {
  (res as Timed)[STARTED] = performance.now();
  next();
};

/** The header value for a request, or undefined if it was never timed. */
export function serverTimingValue(startedAt: number | undefined, now: number): string | undefined {
  if (startedAt === undefined) return undefined;
  return `app;dur=${(now - startedAt).toFixed(1)};desc="in the API"`;
}

/** Sets Server-Timing just before the answer is sent. */
export function setServerTiming(res: Response): void {
  const v = serverTimingValue((res as Timed)[STARTED], performance.now());
  if (v !== undefined && !res.headersSent) res.setHeader('Server-Timing', v);
}

/** The API's own time from a Server-Timing header (for the benchmark), or undefined. */
export function appDurationMs(header: string | string[] | undefined): number | undefined {
  const text = Array.isArray(header) ? header.join(',') : header;
  const m = text ? /(?:^|,)\s*app;(?:[^,]*;)?dur=([0-9.]+)/.exec(text) : null;
  return m ? Number(m[1]) : undefined;
}
