// Node and relationship counts, for health and for the seed's idempotency check.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
RETURN nodes, relationships, entities
