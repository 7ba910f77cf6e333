// Remove the evidence of edited articles $ids; relationships left without evidence go, the rest are recounted.
MATCH (v:Evidence) WHERE v.articleId IN $ids
WITH collect(DISTINCT {key: v.relKey, source: v.source, target: v.target, type: v.type}) AS rels,
     collect(v) AS stale
FOREACH (v IN stale | DETACH DELETE v)
WITH rels
UNWIND rels AS rel
MATCH (s:Entity {id: rel.source})-[r {key: rel.key}]->(t:Entity {id: rel.target})
OPTIONAL MATCH (left:Evidence {relKey: rel.key})
WITH r, count(left) AS remaining, min(left.date) AS first, max(left.date) AS last
FOREACH (_ IN CASE WHEN remaining = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN remaining > 0 THEN [1] ELSE [] END |
  SET r.count = remaining, r.firstDate = first, r.lastDate = last)
