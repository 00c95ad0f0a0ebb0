// Upserts typed relationships between entities, keyed by relation id.
// The MERGE sits in a CALL subquery that imports a and b: Neo4j 5.26 then checks for an existing
// relationship by expanding between the two bound entities. Written flat, the dynamic type makes the
// planner look for it with a scan of ALL relationships per row, so a load cost O(N²) (BENCHMARKS.md).
UNWIND $rows AS row
MATCH (a:Entity {id: row.subject})
MATCH (b:Entity {id: row.object})
CALL (a, b, row) {
  MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
  SET r += row.props,
      r.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
      r.knownFrom = CASE WHEN row.knownFrom IS NULL THEN null ELSE date(row.knownFrom) END
}
