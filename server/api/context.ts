import type { Config } from '../config/env';
import type { Db } from '../neo4j/db';

/** What route handlers need: the database door, configuration, and where Neo4j is. */
export interface ApiContext {
  db: Db;
  cfg: Config;
  neo4jUri: string;
  managed: boolean;
}
