// Full-text hits only, as internal node ids and scores in two columns, with the graph's change stamp (as graph/version) so one round trip tells whether the in-memory projection may rank them (kind, degree, name). id() is deprecated in Neo4j 5 but exact, and ints decode far faster than element-id strings.
CALL () { OPTIONAL MATCH (v:GraphVersion {id: 'entities'}) RETURN v.version AS version }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
  RETURN collect(id(node)) AS ids, collect(score) AS scores
}
RETURN version, entities, relationships, ids, scores
