import type { Request } from 'express';
import { ApiError } from './errors';
import { requireWriteToken, tokenMatches } from './auth';

const req = (authorization?: string) => ({ get: (h: string) => (h.toLowerCase() === 'authorization' ? authorization : undefined) }) as unknown as Request;
const status = (f: () => void) => { try { f(); return 200; } catch (e) { return (e as ApiError).status; } };

describe('write token', () => {
  it('compares tokens exactly', () => {
    expect(tokenMatches('s3cret-token-0123456789', 's3cret-token-0123456789')).toBe(true);
    expect(tokenMatches('s3cret-token-012345678', 's3cret-token-0123456789')).toBe(false);
    expect(tokenMatches('', 'x')).toBe(false);
  });
  it('refuses every write when no token is configured', () => {
    expect(status(() => requireWriteToken(req('Bearer anything'), undefined))).toBe(403);
  });
  it('needs a matching bearer token', () => {
    const t = 'a-long-enough-token-123';
    expect(status(() => requireWriteToken(req(), t))).toBe(401);
    expect(status(() => requireWriteToken(req(`Basic ${t}`), t))).toBe(401);
    expect(status(() => requireWriteToken(req('Bearer wrong'), t))).toBe(401);
    expect(status(() => requireWriteToken(req(`Bearer ${t}`), t))).toBe(200);
    expect(status(() => requireWriteToken(req(`bearer  ${t} `), t))).toBe(200);
  });
});
