// The next ring of a breadth-first expansion: neighbours of $frontier through allowed types, kinds, dates and evidence.
UNWIND $frontier AS fid
MATCH (n:Entity {id: fid})-[r]-(m:Entity)
WHERE type(r) IN $types AND m.kind IN $kinds AND r.count >= $minEvidence
  AND ($since IS NULL OR r.lastDate >= $since) AND ($until IS NULL OR r.firstDate <= $until)
  AND NOT m.id IN $seen
WITH m, count(r) AS links
ORDER BY links DESC, m.id
RETURN m.id AS id, links
LIMIT $limit
