// `npm run seed`: schema + the curated seed graph. Idempotent: a second run changes no count.
import { loadConfig } from '../config/env';
import { seed } from '../ingest/seed';
import { connect } from '../neo4j/connection';
import { toNumber } from '../neo4j/values';
import { onExit, runCli } from './run';

runCli(async () => {
  const cfg = loadConfig();
  const conn = await connect(cfg, { log: (m) => console.error(m), progress: true, reuseRunning: true });
  onExit(() => conn.close());
  const counts = async () => {
    const [r] = await conn.db.read('counts');
    return r ? { nodes: toNumber(r.get('nodes')), relationships: toNumber(r.get('relationships')) } : { nodes: 0, relationships: 0 };
  };
  const before = await counts();
  const s = await seed(conn.db, cfg.root, { progress: true });
  const after = await counts();
  console.log(`Seeded ${s.entities} entities, ${s.relations} relations, ${s.sentences} sentences from ${s.articles} articles.`);
  console.log(`Database: ${before.nodes} → ${after.nodes} nodes, ${before.relationships} → ${after.relationships} relationships.`);
});
