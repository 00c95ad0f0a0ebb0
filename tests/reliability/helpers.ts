// Shared helpers for the reliability suite: the one error shape, raw HTTP (bytes exactly as written,
// which supertest would encode away), percent-encoding that never throws, and percentiles.
import net from 'node:net';

/** True when body is exactly {error: {code: string, message: string, details?}}. */
export function isErrorShape(body: unknown): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== 'error') return false;
  const e = (body as { error: unknown }).error;
  if (!e || typeof e !== 'object' || Array.isArray(e)) return false;
  const o = e as Record<string, unknown>;
  return typeof o.code === 'string' && o.code.length > 0 && typeof o.message === 'string'
    && Object.keys(o).every((k) => ['code', 'message', 'details'].includes(k));
}

export interface RawResponse { status: number; headers: string; body: string; closedWithoutResponse: boolean }

/**
 * Writes `head` (request line + headers, CRLF-separated, without the blank line) and `body` bytes
 * verbatim over TCP and reads until the server closes or the response is complete.
 */
export function rawRequest(url: string, head: string, body: Buffer = Buffer.alloc(0), timeoutMs = 10_000): Promise<RawResponse> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const sock = net.connect(Number(u.port), u.hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => { sock.destroy(); reject(new Error(`raw request timed out: ${head.slice(0, 80)}`)); }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      const split = text.indexOf('\r\n\r\n');
      resolve({
        status: m ? Number(m[1]) : 0,
        headers: split >= 0 ? text.slice(0, split) : text,
        body: split >= 0 ? Buffer.from(text.slice(split + 4), 'latin1').toString('utf8') : '',
        closedWithoutResponse: !m,
      });
    };
    sock.on('data', (c: Buffer) => {
      chunks.push(c);
      // Complete once Content-Length bytes of body have arrived (we send Connection: close anyway).
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const len = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, split >= 0 ? split : undefined));
      if (split >= 0 && len && Buffer.byteLength(text.slice(split + 4), 'latin1') >= Number(len[1])) { sock.end(); }
    });
    sock.on('close', finish);
    sock.on('error', () => { /* a reset is reported as closedWithoutResponse through 'close' */ });
    sock.on('connect', () => {
      const hdr = `${head}\r\nHost: ${u.host}\r\nConnection: close\r\n${body.length ? `Content-Length: ${body.length}\r\n` : ''}\r\n`;
      sock.write(Buffer.concat([Buffer.from(hdr, 'latin1'), body]));
    });
  });
}

/** Percent-encodes the UTF-8 bytes of s (lone surrogates become U+FFFD instead of throwing). */
export function pct(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9_.~-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
