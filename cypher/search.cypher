// Entities by name, Vietnamese name or alias, folded (case and diacritics), ranked by Lucene score.
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit})
YIELD node, score
RETURN node.id AS id, node.name AS name, node.nameVi AS nameVi, node.entityType AS entityType,
       coalesce(node.aliases, []) AS aliases, score
ORDER BY score DESC, size(node.name)
