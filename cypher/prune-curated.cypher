// Removes curated relations (and their evidence) that the curated file no longer lists.
MATCH ()-[r]->()
WHERE r.provenance = 'curated' AND NOT r.id IN $keep
WITH r, r.id AS id
DELETE r
WITH DISTINCT id
MATCH (v:Evidence {relationId: id})
DETACH DELETE v
