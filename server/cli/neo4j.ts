// `npm run neo4j`: runs the managed Neo4j alone (for Cypher tools of your own) until Ctrl-C.
import { loadConfig } from '../config/env';
import { connect } from '../neo4j/connection';
import { onExit, runCli } from './run';

runCli(async () => {
  const cfg = loadConfig();
  const conn = await connect(cfg, { log: (m) => console.error(m), progress: true });
  onExit(() => conn.close());
  console.log(`Neo4j is running at ${conn.uri} (user neo4j, password in ${conn.managed?.home ?? '-'}/password). Ctrl-C stops it.`);
  await new Promise(() => {});
});
