// Shared CLI plumbing: one clear line on failure (never a stack trace unless DEBUG is set), and
// cleanup (driver, managed Neo4j) on normal exit, Ctrl-C and SIGTERM.
import { ConfigError } from '../config/env';

type Cleanup = () => Promise<void>;
const cleanups: Cleanup[] = [];
let exiting = false;

export function onExit(fn: Cleanup): void { cleanups.push(fn); }

export async function shutdown(code: number): Promise<never> {
  if (!exiting) {
    exiting = true;
    for (const fn of cleanups.reverse()) {
      try { await fn(); } catch (e) { console.error(`cleanup failed: ${(e as Error).message}`); }
    }
  }
  process.exit(code);
}

export class UsageError extends Error {}

export function runCli(main: () => Promise<number | void>): void {
  const stop = (sig: string) => {
    if (exiting) return;
    console.error(`\n${sig} received, shutting down…`);
    void shutdown(130);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  main().then(
    (code) => shutdown(code ?? 0),
    (e: unknown) => {
      const err = e as Error;
      const known = err instanceof UsageError || err instanceof ConfigError || err.name.endsWith('Error');
      console.error(`error: ${err.message}`);
      if (process.env.DEBUG && err.stack) console.error(err.stack);
      void shutdown(known && err instanceof UsageError ? 2 : 1);
    },
  );
}
