// Nodes by element id: completes a Cypher result whose relationships name nodes it did not return.
MATCH (n) WHERE elementId(n) IN $ids
RETURN n
