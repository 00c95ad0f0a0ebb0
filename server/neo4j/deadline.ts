// A promise that settles by a deadline. The neo4j driver has no client-side read timeout: a query
// sent to a JVM stuck in garbage collection waits for an answer forever, and the server-side
// transaction timeout cannot fire in a JVM that does not run. The supervisor's probe must give up.

export class DeadlineExceeded extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'DeadlineExceeded';
  }
}

/** Resolves or rejects like `p`, or rejects with DeadlineExceeded after `ms`. `p` is left running. */
export function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(ms)), ms);
    timer.unref();
  });
  // A late rejection of `p` after the deadline must not become an unhandled rejection.
  p.catch(() => {});
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
