// Upserts one article (text byte-exact, with its content hash for idempotent ingest).
MERGE (a:Article {id: $id})
SET a += $props, a.date = date($props.date)
