// The sentences behind a relation, with where its mentions and trigger stand and which article says it.
MATCH (v:Evidence {relationId: $id})-[:IN_SENTENCE]->(s:Sentence)-[:IN_ARTICLE]->(art:Article)
RETURN v {.*} AS v, s {.id, .text, .start, .end} AS s, art {.id, .title, .date, .source, .url} AS article
ORDER BY v.id
