// Upserts entities; the entity type is also a label so Cypher reads naturally: (:Country {name:'Turkey'}).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e += row.props, e:$(row.entityType)
