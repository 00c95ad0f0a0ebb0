// Neo4j version and edition, for health.
CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition
