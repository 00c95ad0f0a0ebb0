// Entities by stable id (seed nodes of a subgraph, nodes of an explicit export).
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e
