// Upserts the sentences of one article that state relations; offsets index the article text.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Sentence {id: row.id})
SET s += row.props
MERGE (s)-[:IN_ARTICLE]->(a)
