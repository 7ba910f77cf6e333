// As graph/search, for every kind: no property read per hit for the kind (a broad prefix has thousands of hits), and id and kind read only for the top ones.
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WITH node, score, COUNT { (node)--() } AS degree
ORDER BY score DESC, degree DESC, node.name
LIMIT $limit
RETURN node.id AS id, node.name AS name, node.kind AS kind, degree, score
