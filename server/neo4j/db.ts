// The one door to Neo4j: named queries, parameters only, reads through routing-aware read
// transactions (so a cluster's read replicas serve them), writes through write transactions.
import neo4j, { type Driver, type ManagedTransaction, type Record as NeoRecord } from 'neo4j-driver';
import { query } from './queries';
import { toNeo4jParams } from './values';

export interface DbOptions { root: string; database: string }
export type Params = Record<string, unknown>;

export class Db {
  constructor(readonly driver: Driver, readonly o: DbOptions) {}

  get database(): string { return this.o.database; }

  text(name: string): string { return query(this.o.root, name); }

  async read(name: string, params: Params = {}, opts: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<NeoRecord[]> {
    const res = await this.driver.executeQuery(this.text(name), toNeo4jParams(params), {
      database: this.o.database,
      routing: neo4j.routing.READ,
      transactionConfig: opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined,
      signal: opts.signal,
    });
    return res.records;
  }

  async write(name: string, params: Params = {}): Promise<NeoRecord[]> {
    const res = await this.driver.executeQuery(this.text(name), toNeo4jParams(params), { database: this.o.database, routing: neo4j.routing.WRITE });
    return res.records;
  }

  /** Several named writes in one transaction: all or nothing (used per article by the loaders). */
  async writeTx<T>(work: (run: (name: string, params: Params) => Promise<unknown>, tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.o.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work((name, params) => tx.run(this.text(name), toNeo4jParams(params) as Params), tx));
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> { await this.driver.close(); }
}
