// Node and relationship totals, for ingest summaries and tests.
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
RETURN entities, articles, evidence, relationships
