// Upserts articles (text byte-exact, with its content hash for idempotent ingest).
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props, a.date = date(row.props.date)
