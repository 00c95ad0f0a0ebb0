// Whether an article with this content is already in the graph (ingest is idempotent per article).
MATCH (a:Article {contentHash: $hash})
RETURN a.id AS id, a.title AS title
LIMIT 1
