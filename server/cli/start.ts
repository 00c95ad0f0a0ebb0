// `npm start`: Neo4j (fetched and started unless NEO4J_URI is set), schema, seeds when the database
// is empty, the API and the browser client on one URL. Ctrl-C stops everything, JVM included.
import http from 'node:http';
import path from 'node:path';
import pino from 'pino';
import { createApp } from '../api/app';
import { loadConfig } from '../config/env';
import { applySchema } from '../ingest/load';
import { isEmpty, seed } from '../ingest/seed';
import { connect } from '../neo4j/connection';
import { prepareDataFolder } from '../neo4j/data-folder';
import { freePort } from '../neo4j/ports';
import { supervise } from '../neo4j/supervisor';
import { buildClient, clientIsStale } from './client-build';
import { onExit, runCli } from './run';

const say = (m: string) => process.stderr.write(`${m}\n`);

runCli(async () => {
  const cfg = loadConfig();
  const logger = pino({ level: cfg.LOG_LEVEL });
  // A broken data folder is the commonest start failure: say so before the client build's wait.
  if (!cfg.NEO4J_URI) prepareDataFolder(cfg.dataDir, path.join(cfg.dataDir, 'neo4j', 'main'));
  if (clientIsStale(cfg.root)) await buildClient(cfg.root, say);

  const conn = await connect(cfg, { log: say, progress: true });
  onExit(() => conn.close());
  conn.managed?.on('crash', (e: Error) => logger.error(e.message));
  if (conn.managed && cfg.NEO4J_SUPERVISE) {
    const sup = supervise(conn.managed, { root: cfg.root, database: cfg.NEO4J_DATABASE, log: (level, msg) => logger[level](msg) });
    onExit(() => sup.stop()); // runs before conn.close (cleanups run last-in first-out)
  }

  await applySchema(conn.db);
  if (cfg.NEWSGRAPH_AUTO_SEED && (await isEmpty(conn.db))) {
    say('Empty database: loading the seed graph…');
    const s = await seed(conn.db, cfg.root, { progress: true });
    say(`Seeded ${s.entities} entities, ${s.relations} relations from ${s.articles} articles.`);
  }

  const app = createApp({ db: conn.db, cfg, neo4jUri: conn.uri, managed: conn.managed !== null }, { logger });
  const port = await freePort(cfg.HOST, cfg.PORT);
  if (cfg.PORT && port !== cfg.PORT) say(`Port ${cfg.PORT} is taken; using ${port}.`);
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(port, cfg.HOST, resolve));
  // On shutdown: stop accepting, let in-flight requests finish (bounded), then driver and Neo4j.
  onExit(() => new Promise<void>((resolve) => {
    server.close(() => resolve());
    setTimeout(() => { server.closeAllConnections(); resolve(); }, 10_000).unref();
    server.closeIdleConnections();
  }));
  const host = cfg.HOST.includes(':') ? `[${cfg.HOST}]` : cfg.HOST;
  console.log(`\nnewsgraph is running at http://${host}:${port}/  (API: http://${host}:${port}/api/openapi.json; Ctrl-C to stop)`);
  await new Promise(() => {});
});
