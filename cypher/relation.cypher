// One relation by id, reached from its subject (Evidence names the endpoints, so no scan is needed).
MATCH (a:Entity {id: $subject})-[r {id: $id}]-(b:Entity {id: $object})
RETURN r, startNode(r) AS s, endNode(r) AS t
LIMIT 1
