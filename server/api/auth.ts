// Writes need the token from NEWSGRAPH_WRITE_TOKEN, compared in constant time; without the variable
// writes are disabled (never open).
import crypto from 'node:crypto';
import type { Request } from 'express';
import { ApiError } from './errors';

const digest = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest();

export function tokenMatches(given: string, expected: string): boolean {
  // Hashing first gives equal-length buffers, so timingSafeEqual never leaks the token's length.
  return crypto.timingSafeEqual(digest(given), digest(expected));
}

export function requireWriteToken(req: Request, expected: string | undefined): void {
  if (!expected) throw new ApiError(403, 'WRITES_DISABLED', 'Writes are disabled on this server: set NEWSGRAPH_WRITE_TOKEN to enable them');
  const header = req.get('authorization') ?? '';
  const m = /^Bearer\s+(.+)$/i.exec(header);
  if (!m || !tokenMatches(m[1]!.trim(), expected)) {
    throw new ApiError(401, 'UNAUTHORIZED', 'A valid write token is required (Authorization: Bearer <token>)');
  }
}
