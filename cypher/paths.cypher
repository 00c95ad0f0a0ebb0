// All shortest paths between two entities through entity relations only.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxLength AND all(n IN nodes(p) WHERE n:Entity)
RETURN p
LIMIT $limit
