// An entity with its relation counts by type and direction.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)-[r]-(o:Entity)
WITH e, type(r) AS type, CASE WHEN r IS NULL THEN null WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction, count(r) AS n
RETURN e.id AS id, e.name AS name, e.nameVi AS nameVi, e.entityType AS entityType, coalesce(e.aliases, []) AS aliases,
       [x IN collect({type: type, direction: direction, count: n}) WHERE x.type IS NOT NULL] AS relations
