// One hop of a bounded neighbourhood expansion: the strongest, then most recent, relations of a
// frontier of entities, filtered. (The relations among the nodes found: edges-among.cypher.)
UNWIND $frontier AS fid
MATCH (a:Entity {id: fid})-[r]-(b:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($entityTypes IS NULL OR b.entityType IN $entityTypes)
  AND ($from IS NULL OR coalesce(r.date, r.knownFrom) >= date($from))
  AND ($to IS NULL OR coalesce(r.date, r.knownFrom) <= date($to))
  AND ($polarity = 'all' OR ($polarity = 'cooperation' AND r.score > 0) OR ($polarity = 'conflict' AND r.score < 0))
  AND NOT r.id IN $seen
WITH DISTINCT r, startNode(r) AS s, endNode(r) AS t
ORDER BY abs(coalesce(r.score, 0)) DESC, coalesce(r.date, r.knownFrom) DESC, r.id
LIMIT $limit
RETURN s, r, t
