// A counting semaphore for expensive endpoints: past the cap a request is refused at once with 429
// instead of queueing behind queries that may each run for seconds.
import { ApiError } from './errors';

export class ConcurrencyLimit {
  private active = 0;
  constructor(private readonly max: number, private readonly what: string) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) {
      throw new ApiError(429, 'TOO_MANY_REQUESTS', `Too many ${this.what} running at once (at most ${this.max}); try again in a moment`);
    }
    this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
    }
  }
}

/** 16777216 → "16 MiB", 1536 → "1.5 KiB": for messages a user reads. */
export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i += 1; }
  return `${i === 0 ? n : Number(n.toFixed(1))} ${units[i]}`;
}

/**
 * The 413 for an answer over RESPONSE_MAX_BYTES. `ask` says how to ask this endpoint for less;
 * `bytes` is the measured size when known, `rows` how many rows were read before a streamed
 * result was stopped (its full size is then unknown, by design).
 */
export function responseTooLarge(maxBytes: number, ask: string, seen: { bytes?: number; rows?: number } = {}): ApiError {
  const measured = seen.bytes !== undefined ? `${formatBytes(seen.bytes)}, over` : seen.rows !== undefined ? `over, after ${seen.rows} rows,` : 'over';
  return new ApiError(413, 'RESPONSE_TOO_LARGE',
    `The response would be too large (${measured} RESPONSE_MAX_BYTES = ${formatBytes(maxBytes)}): ${ask}, or raise RESPONSE_MAX_BYTES`,
    { maxBytes, ...seen });
}
