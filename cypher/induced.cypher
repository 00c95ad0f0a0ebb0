// The relations among a set of entities (an export or a shared view): strongest, then most recent.
// Outgoing only, so each relation is found once with no DISTINCT; half the rows of an undirected
// expansion, which with a 1,000-id list made a 1,000-node view take minutes at 100k relations.
MATCH (s:Entity)-[r]->(t:Entity)
WHERE s.id IN $ids AND t.id IN $ids
RETURN s, r, t
ORDER BY abs(coalesce(r.score, 0)) DESC, coalesce(r.date, r.knownFrom) DESC, r.id
LIMIT $limit
