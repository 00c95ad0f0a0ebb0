// Pure decision of the Neo4j supervisor: given what the last checks saw, what to do now.
// Kept apart from the timers and processes so each rule is unit-tested (supervision.test.ts).

export interface SupervisionPolicy {
  /** Restart when no liveness probe has succeeded for this long. */
  unresponsiveMs: number;
  /** Restart when a transaction has run this long (past every timeout: it cannot be stopped). */
  runawayMs: number;
  /** Waits between restart attempts (the last one repeats). */
  backoffMs: number[];
}

export const DEFAULT_POLICY: SupervisionPolicy = {
  unresponsiveMs: 60_000,
  // db.transaction.timeout is 120 s (neo4j-conf.ts); 30 s more for Neo4j's own termination to act.
  runawayMs: 150_000,
  backoffMs: [1_000, 2_000, 5_000, 10_000, 30_000],
};

export interface SupervisionState {
  /** Time of the last successful probe (or of the last (re)start). */
  lastAliveAt: number;
  /** Longest-running transaction seen by the last check, in ms (0 when none or unknown). */
  longestTxMs: number;
  /** Whether the process is up. */
  running: boolean;
  /** Restart attempts since the last successful start. */
  failedRestarts: number;
  /** When the last restart attempt failed (for the backoff). */
  lastFailureAt: number;
}

export type Decision =
  | { action: 'none' }
  | { action: 'kill'; reason: string }
  | { action: 'restart'; reason: string }
  | { action: 'wait'; untilMs: number };

export function decide(s: SupervisionState, now: number, p: SupervisionPolicy = DEFAULT_POLICY): Decision {
  if (!s.running) {
    if (s.failedRestarts > 0) {
      const wait = p.backoffMs[Math.min(s.failedRestarts - 1, p.backoffMs.length - 1)] ?? 0;
      if (now - s.lastFailureAt < wait) return { action: 'wait', untilMs: s.lastFailureAt + wait };
    }
    return { action: 'restart', reason: s.failedRestarts ? `retry ${s.failedRestarts + 1}` : 'Neo4j exited' };
  }
  if (s.longestTxMs > p.runawayMs) {
    return { action: 'kill', reason: `a transaction has run for ${Math.round(s.longestTxMs / 1000)} s, past every timeout; only a restart stops it` };
  }
  if (now - s.lastAliveAt > p.unresponsiveMs) {
    return { action: 'kill', reason: `Neo4j has not answered for ${Math.round((now - s.lastAliveAt) / 1000)} s` };
  }
  return { action: 'none' };
}
