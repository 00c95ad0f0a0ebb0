// The relation rows of the alliance analytics (server/analytics): every relationship between two
// entities whose type is in $types and whose modality is in $modalities, inside the window.
// Time is coalesce(r.date, r.knownFrom). An event counts when its time lies in [$from, $to]; a static
// tie ($staticTypes: alliance, membership …) holds from its time on, so it counts when it began on or
// before $to, and always when it has no time at all. A null bound is open. At most $limit rows.
MATCH (s:Entity)-[r]->(t:Entity)
WHERE type(r) IN $types
  AND coalesce(r.modality, 'asserted') IN $modalities
WITH s, r, t, coalesce(r.date, r.knownFrom) AS at, type(r) IN $staticTypes AS static
WHERE ($from IS NULL OR at >= date($from) OR static)
  AND ($to IS NULL OR at <= date($to) OR (static AND at IS NULL))
RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS relType,
       s.id AS sourceId, s.name AS sourceName, s.entityType AS sourceType,
       t.id AS targetId, t.name AS targetName, t.entityType AS targetType,
       r.score AS score, toString(r.date) AS date, toString(r.knownFrom) AS knownFrom, r.modality AS modality
ORDER BY id
LIMIT $limit
