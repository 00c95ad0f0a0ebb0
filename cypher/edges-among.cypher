// The relations among a set of found entities (how an ego network's neighbours relate), filtered
// like expand. Each relation is read from its lower-degree side: a found hub is never expanded
// (its thousands of relations would be read for a handful of matches, and that made an ordinary
// seed's subgraph grow with the hubs it touches); relations between two hubs are matched pair by
// pair, which Neo4j answers from the smaller side (Expand(Into)).
MATCH (e:Entity) WHERE e.id IN $ids
WITH e, COUNT { (e)--() } > $hubDegree AS isHub
WITH collect(CASE WHEN isHub THEN e END) AS hubs, collect(CASE WHEN NOT isHub THEN e END) AS small
CALL (hubs, small) {
  UNWIND small AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE b.id IN $ids
  RETURN r
  UNION
  UNWIND hubs AS a
  UNWIND hubs AS b
  WITH a, b WHERE elementId(a) <= elementId(b)
  MATCH (a)-[r]-(b)
  RETURN r
}
WITH DISTINCT r, startNode(r) AS s, endNode(r) AS t
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($entityTypes IS NULL OR s.entityType IN $entityTypes OR t.entityType IN $entityTypes)
  AND ($from IS NULL OR coalesce(r.date, r.knownFrom) >= date($from))
  AND ($to IS NULL OR coalesce(r.date, r.knownFrom) <= date($to))
  AND ($polarity = 'all' OR ($polarity = 'cooperation' AND r.score > 0) OR ($polarity = 'conflict' AND r.score < 0))
  AND NOT r.id IN $seen
WITH r ORDER BY abs(coalesce(r.score, 0)) DESC, coalesce(r.date, r.knownFrom) DESC, r.id
LIMIT $limit
RETURN r
