// Upserts typed relationships between entities, keyed by relation id.
UNWIND $rows AS row
MATCH (a:Entity {id: row.subject})
MATCH (b:Entity {id: row.object})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.props,
    r.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    r.knownFrom = CASE WHEN row.knownFrom IS NULL THEN null ELSE date(row.knownFrom) END
