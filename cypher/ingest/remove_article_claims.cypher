// Remove the evidence of edited articles $ids; relationships left without evidence go, the rest are recounted.
MATCH (a:Article)<-[:IN_ARTICLE]-(v:Evidence) WHERE a.id IN $ids
WITH collect(DISTINCT v.relKey) AS keys, collect(v) AS stale
FOREACH (v IN stale | DETACH DELETE v)
WITH keys
UNWIND keys AS key
WITH key, split(key, '|') AS part
MATCH (s:Entity {id: part[1]})-[r]->(t:Entity {id: part[2]})
WHERE type(r) = part[0]
OPTIONAL MATCH (left:Evidence {relKey: key})
WITH r, count(left) AS remaining, min(left.date) AS first, max(left.date) AS last
FOREACH (_ IN CASE WHEN remaining = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN remaining > 0 THEN [1] ELSE [] END |
  SET r.count = remaining, r.firstDate = first, r.lastDate = last)
