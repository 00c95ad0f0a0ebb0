// Upserts evidence: where in a sentence a relation's two mentions and its trigger stand.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MERGE (v:Evidence {id: row.id})
SET v += row.props
MERGE (v)-[:IN_SENTENCE]->(s)
