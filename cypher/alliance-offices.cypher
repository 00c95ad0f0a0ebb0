// Who holds office for which state or organisation: the map the alliance analytics use to roll a
// person up to the actor they speak for.
MATCH (p:Person)-[h:HOLDS_OFFICE]->(o:Entity)
WHERE o.entityType IN ['Country', 'Organization']
RETURN p.id AS personId, p.name AS personName, o.id AS officeId, o.name AS officeName, o.entityType AS officeType, h.role AS role
ORDER BY personId, officeId
