// Environment configuration, validated once with zod. Every setting has a sensible default so that
// `npm start` works on a fresh clone; README's configuration table lists the same names.
import { z } from 'zod';
import net from 'node:net';
import path from 'node:path';

const int = (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(def);
const size = z.string().regex(/^\d+[kmgKMG]?$/, 'expected a size such as 512m or 2g');
const bool = (def: boolean) =>
  z.enum(['true', 'false', '1', '0', 'yes', 'no']).default(def ? 'true' : 'false').transform((v) => ['true', '1', 'yes'].includes(v));

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };
/** A byte count, plain (`1048576`) or with a binary unit (`512kb`, `16mb`, `1g`), as a number of bytes. */
const bytes = (def: string, min: number, max: number) =>
  z.string().regex(/^\d+\s*(b|kb?|mb?|gb?)?$/i, 'expected a size such as 16mb, 512kb or a number of bytes').default(def)
    .transform((v) => { const m = /^(\d+)\s*([a-z]*)$/i.exec(v)!; return Number(m[1]) * UNITS[m[2]!.toLowerCase()]!; })
    .pipe(z.number().min(min, `must be at least ${min} bytes`).max(max, `must be at most ${max / 1024 ** 2} MiB`));

/** One entry of a TRUST_PROXY list: an Express name, an address, or a subnet (CIDR or IPv4 netmask). */
function isProxyAddress(s: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(s)) return true;
  const [addr, bits, ...rest] = s.split('/');
  const kind = net.isIP(addr ?? '');
  if (kind === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  if (/^\d+$/.test(bits)) return Number(bits) <= (kind === 4 ? 32 : 128);
  return kind === 4 && net.isIPv4(bits);
}

/**
 * Express's `trust proxy`: unset or `false` = off (req.ip is the socket's peer), `true` = trust every
 * hop (only behind a proxy that overwrites X-Forwarded-For), a hop count, or a comma-separated list
 * of trusted proxy addresses/subnets.
 */
export const TrustProxy = z.string().optional().transform((v, ctx): boolean | number | string[] => {
  const s = v?.trim().toLowerCase() ?? '';
  if (s === '' || s === 'false') return false;
  if (s === 'true') return true;
  if (/^\d+$/.test(s)) return Number(s);
  const list = s.split(',').map((x) => x.trim()).filter(Boolean);
  const bad = list.filter((x) => !isProxyAddress(x));
  if (list.length === 0 || bad.length > 0) {
    ctx.addIssue({ code: 'custom', message: `expected true, false, a hop count or a comma-separated list of addresses/subnets (bad: ${bad.join(', ') || v})` });
    return z.NEVER;
  }
  return list;
});

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
  /** Restart the managed Neo4j when it exits, hangs, or runs a transaction past every timeout. */
  NEO4J_SUPERVISE: bool(true),
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
  /** Largest JSON answer or export file; past it a 413 tells the user to ask for less. */
  RESPONSE_MAX_BYTES: bytes('16mb', 256, 512 * 1024 ** 2),
  /** Express `trust proxy` (see TrustProxy): decides the client address the rate limit keys on. */
  TRUST_PROXY: TrustProxy,
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
