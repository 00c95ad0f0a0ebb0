// How many relations each entity has under the same filters as expand.cypher (for "N more").
UNWIND $ids AS fid
MATCH (a:Entity {id: fid})-[r]-(b:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($entityTypes IS NULL OR b.entityType IN $entityTypes)
  AND ($from IS NULL OR coalesce(r.date, r.knownFrom) >= date($from))
  AND ($to IS NULL OR coalesce(r.date, r.knownFrom) <= date($to))
  AND ($polarity = 'all' OR ($polarity = 'cooperation' AND r.score > 0) OR ($polarity = 'conflict' AND r.score < 0))
RETURN fid AS id, count(r) AS total
