// `npm run cypher -- "<query>" [--json] [--param k=v …] [--write]`: query the graph from a terminal.
// Read-only by default, with the same guard as the API's console; --write is an explicit opt-in.
import neo4j from 'neo4j-driver';
import { loadConfig } from '../config/env';
import { runConsoleQuery, QueryRefused } from '../graph/cypher-console';
import { connect } from '../neo4j/connection';
import { toPlain } from '../neo4j/values';
import { onExit, runCli, UsageError } from './run';
import { formatTable } from './table';

const USAGE = 'usage: npm run cypher -- "<query>" [--json] [--param name=value …] [--write]';

export function parseArgs(argv: string[]): { query: string; json: boolean; write: boolean; params: Record<string, unknown> } {
  let query: string | null = null;
  let json = false;
  let write = false;
  const params: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--write') write = true;
    else if (a === '--param') {
      const kv = argv[++i];
      const eq = kv?.indexOf('=') ?? -1;
      if (!kv || eq < 1) throw new UsageError(`--param needs name=value\n${USAGE}`);
      const raw = kv.slice(eq + 1);
      // Values are JSON when they parse (numbers, lists), else plain strings.
      try { params[kv.slice(0, eq)] = JSON.parse(raw); } catch { params[kv.slice(0, eq)] = raw; }
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else if (query === null) query = a;
    else throw new UsageError(`one query at a time (quote it)\n${USAGE}`);
  }
  if (!query?.trim()) throw new UsageError(USAGE);
  return { query, json, write, params };
}

runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  const cfg = loadConfig();
  const conn = await connect(cfg, { log: (m) => console.error(m), progress: true, reuseRunning: true });
  onExit(() => conn.close());
  let columns: string[];
  let rows: unknown[][];
  let note = '';
  if (args.write) {
    const res = await conn.db.driver.executeQuery(args.query, args.params, { database: conn.db.database, routing: neo4j.routing.WRITE });
    columns = res.keys.map(String);
    rows = res.records.map((r) => [...r.values()].map(toPlain));
    const c = res.summary.counters.updates();
    note = Object.entries(c).filter(([, n]) => n > 0).map(([k, n]) => `${k}: ${n}`).join(', ');
  } else {
    try {
      const r = await runConsoleQuery(conn.db, args.query, args.params, { timeoutMs: cfg.CYPHER_TIMEOUT_MS, maxRows: cfg.CYPHER_MAX_ROWS });
      columns = r.columns;
      rows = r.rows;
      if (r.truncated) note = `truncated at ${cfg.CYPHER_MAX_ROWS} rows (CYPHER_MAX_ROWS)`;
    } catch (e) {
      if (e instanceof QueryRefused) throw new UsageError(`${e.message} (add --write to run writes deliberately)`);
      throw e;
    }
  }
  if (args.json) console.log(JSON.stringify({ columns, rows }, null, 2));
  else {
    console.log(formatTable(columns, rows));
    console.log(`${rows.length} row${rows.length === 1 ? '' : 's'}${note ? `; ${note}` : ''}`);
  }
});
