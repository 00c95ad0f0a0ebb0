// The baseline the project's loader is compared with: the same rows written by plain batched
// `UNWIND … MERGE` through the raw driver, one transaction per batch of ~B relations (with their
// articles, sentences and evidence) instead of one per article. Same MERGE keys, same properties,
// same parameter conversion (whole numbers → integers), so both produce the identical graph.
import neo4j, { type Driver } from 'neo4j-driver';
import type { ArticleBundle, EntityRow } from '../../server/ingest/rows';
import { toNeo4jParams } from '../../server/neo4j/values';

const ENTITIES = 'UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e += row.props, e:$(row.entityType)';
const ARTICLES = 'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props, a.date = date(row.props.date)';
const SENTENCES = 'UNWIND $rows AS row MATCH (a:Article {id: row.articleId}) MERGE (s:Sentence {id: row.id}) SET s += row.props MERGE (s)-[:IN_ARTICLE]->(a)';
// The MERGE sits in a CALL subquery with a and b imported, as in cypher/load-relations.cypher:
// written flat, the dynamic type makes Neo4j 5.26 check for an existing relationship with
// DirectedAllRelationshipsScan, every row scanning every relationship (O(N²)). See BENCHMARKS.md.
const RELATIONS = `UNWIND $rows AS row
MATCH (a:Entity {id: row.subject}) MATCH (b:Entity {id: row.object})
CALL (a, b, row) {
  MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
  SET r += row.props, r.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
      r.knownFrom = CASE WHEN row.knownFrom IS NULL THEN null ELSE date(row.knownFrom) END
}`;
const EVIDENCE = 'UNWIND $rows AS row MATCH (s:Sentence {id: row.sentenceId}) MERGE (v:Evidence {id: row.id}) SET v += row.props MERGE (v)-[:IN_SENTENCE]->(s)';

const p = (rows: unknown[]) => toNeo4jParams({ rows }) as Record<string, unknown>;

export async function bareEntities(driver: Driver, database: string, rows: EntityRow[], batch: number): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) {
    await driver.executeQuery(ENTITIES, p(rows.slice(i, i + batch)), { database, routing: neo4j.routing.WRITE });
  }
}

/** One transaction for a group of article bundles (the caller groups ~B relations together). */
export async function bareBundles(driver: Driver, database: string, bundles: ArticleBundle[]): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(ARTICLES, p(bundles.map((b) => b.article)));
      await tx.run(SENTENCES, p(bundles.flatMap((b) => b.sentences)));
      await tx.run(RELATIONS, p(bundles.flatMap((b) => b.relations)));
      await tx.run(EVIDENCE, p(bundles.flatMap((b) => b.evidence)));
    });
  } finally {
    await session.close();
  }
}
