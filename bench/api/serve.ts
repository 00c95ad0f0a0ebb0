// The API server as `npm start` runs it (same createApp, pino logger, driver settings), started by
// the benchmark as a child process so its memory (VmHWM) and CPU are its own and the load
// generator never shares its event loop. Neo4j comes from NEO4J_URI (the bench instance).
// Prints one JSON line {"port":…} on stdout when listening.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createApp } from '../../server/api/app';
import { loadConfig } from '../../server/config/env';
import { connect } from '../../server/neo4j/connection';

const cfg = loadConfig();
// Logs go to stderr: stdout carries only the port line the parent reads.
const logger = pino({ level: cfg.LOG_LEVEL }, pino.destination(2));
const conn = await connect(cfg);
const app = createApp({ db: conn.db, cfg, neo4jUri: conn.uri, managed: false }, { logger });
const server = http.createServer(app);
// Node's default keep-alive timeout (5 s) is shorter than a slow benchmark window; keep sockets open.
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
const stop = () => { server.closeAllConnections(); server.close(); void conn.close().finally(() => process.exit(0)); };
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
