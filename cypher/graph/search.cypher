// Entities whose name or alias matches a full-text query (prefix and fuzzy terms), best first, with kind and degree.
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE node.kind IN $kinds
RETURN node.id AS id, node.name AS name, node.kind AS kind, COUNT { (node)--() } AS degree, score
ORDER BY score DESC, degree DESC, name
LIMIT $limit
