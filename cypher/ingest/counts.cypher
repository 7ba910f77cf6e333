// Node and relationship totals, for ingest summaries and tests (evidence: relation mentions held by articles).
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (a:Article) RETURN count(a) AS articles, coalesce(sum(size(a.claimKeys)), 0) AS evidence }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
RETURN entities, articles, evidence, relationships
