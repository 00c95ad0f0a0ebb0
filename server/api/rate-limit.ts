// A token bucket per client IP for the expensive endpoints: RATE_LIMIT_BURST requests at once, refilled
// at RATE_LIMIT_PER_MINUTE. Past it a request gets 429 in the usual error shape with Retry-After
// (whole seconds until one token is back). RATE_LIMIT_PER_MINUTE=0 disables it.
// The key is req.ip: the socket's peer, or with TRUST_PROXY set the client address Express derives
// from X-Forwarded-For through the trusted hops (without it, all clients of a proxy share one bucket).
import type { RequestHandler } from 'express';
import { ApiError } from './errors';

export interface RateLimitOptions {
  perMinute: number;
  burst: number;
  /** Injectable clock (ms) for unit tests. */
  now?: () => number;
  /** Buckets kept before full (idle) ones are swept; bounds memory under address churn. */
  maxBuckets?: number;
}

interface Bucket { tokens: number; at: number }

export function rateLimit(o: RateLimitOptions): RequestHandler {
  if (o.perMinute <= 0) return (_req, _res, next) => next();
  const now = o.now ?? (() => Date.now());
  const capacity = Math.max(1, o.burst);
  const perMs = o.perMinute / 60_000;
  const maxBuckets = o.maxBuckets ?? 10_000;
  const buckets = new Map<string, Bucket>();

  const refill = (b: Bucket, t: number) => {
    b.tokens = Math.min(capacity, b.tokens + (t - b.at) * perMs);
    b.at = t;
  };
  const sweep = (t: number) => {
    for (const [key, b] of buckets) {
      refill(b, t);
      if (b.tokens >= capacity) buckets.delete(key);
    }
  };

  return (req, res, next) => {
    const t = now();
    const key = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    let b = buckets.get(key);
    if (!b) {
      if (buckets.size >= maxBuckets) sweep(t);
      b = { tokens: capacity, at: t };
      buckets.set(key, b);
    } else {
      refill(b, t);
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      next();
      return;
    }
    const retryAfter = Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
    res.setHeader('Retry-After', String(retryAfter));
    next(new ApiError(429, 'RATE_LIMITED', `Too many requests from this address; try again in ${retryAfter} s`, { retryAfterSeconds: retryAfter }));
  };
}
