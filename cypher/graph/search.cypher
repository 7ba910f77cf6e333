// Entities of the kinds $kinds whose name or alias matches a full-text query (prefix and fuzzy terms), best first, then by degree and name.
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE node.kind IN $kinds
WITH node, score, COUNT { (node)--() } AS degree
ORDER BY score DESC, degree DESC, node.name
LIMIT $limit
RETURN node.id AS id, node.name AS name, node.kind AS kind, degree, score
