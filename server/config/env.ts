// Environment configuration, validated once with zod. Every setting has a sensible default so that
// `npm start` works on a fresh clone; README's configuration table lists the same names.
import { z } from 'zod';
import path from 'node:path';

const int = (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(def);
const size = z.string().regex(/^\d+[kmgKMG]?$/, 'expected a size such as 512m or 2g');
const bool = (def: boolean) =>
  z.enum(['true', 'false', '1', '0', 'yes', 'no']).default(def ? 'true' : 'false').transform((v) => ['true', '1', 'yes'].includes(v));

export const EnvSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: int(4000, 0, 65535),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEWSGRAPH_DATA_DIR: z.string().default('.data'),
  /** An external Neo4j (neo4j://, neo4j+s://, bolt://, bolt+s:// …). When set, no managed Neo4j is started. */
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'expected neo4j://, neo4j+s://, bolt:// or bolt+s://').optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Managed Neo4j: preferred Bolt port (a free one is used if it is taken), memory and start timeout. */
  NEO4J_BOLT_PORT: int(7687, 0, 65535),
  NEO4J_HEAP: size.default('1g'),
  NEO4J_PAGECACHE: size.default('512m'),
  NEO4J_START_TIMEOUT_MS: int(120_000, 1_000),
  /** Seed the database on start when it holds no entities. */
  NEWSGRAPH_AUTO_SEED: bool(true),
  /** Cypher console bounds. */
  CYPHER_TIMEOUT_MS: int(5_000, 100, 600_000),
  CYPHER_MAX_ROWS: int(1_000, 1, 100_000),
  CYPHER_MAX_CONCURRENT: int(4, 1, 256),
  /** Subgraph and search bounds. */
  SUBGRAPH_MAX_LIMIT: int(2_000, 1, 100_000),
  /** Token bucket per client IP on the expensive endpoints (Cypher, export, subgraph, paths, articles); 0 disables. */
  RATE_LIMIT_PER_MINUTE: int(600, 0, 1_000_000),
  RATE_LIMIT_BURST: int(60, 1, 1_000_000),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i).default('1mb'),
  /** Writes (article ingest, saved views) need this token; without it writes are disabled. */
  NEWSGRAPH_WRITE_TOKEN: z.string().min(16, 'NEWSGRAPH_WRITE_TOKEN must be at least 16 characters').optional(),
  /** Allow cross-origin requests from this origin (CORS is off when unset). */
  CORS_ORIGIN: z.string().optional(),
});
export type Env = z.infer<typeof EnvSchema>;

export interface Config extends Env {
  root: string;
  dataDir: string;
}

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  // `NAME=` in a shell means "unset", not "the empty string".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const cfg = parsed.data;
  return { ...cfg, root, dataDir: path.resolve(root, cfg.NEWSGRAPH_DATA_DIR) };
}
