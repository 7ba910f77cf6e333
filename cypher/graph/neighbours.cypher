// The next ring of a breadth-first expansion: ids of neighbours of $frontier through allowed types, kinds, dates and evidence, best linked first (one row: a list decodes far faster than many records).
UNWIND $frontier AS fid
MATCH (n:Entity {id: fid})-[r]-(m:Entity)
WHERE type(r) IN $types AND m.kind IN $kinds AND r.count >= $minEvidence
  AND ($since IS NULL OR r.lastDate >= $since) AND ($until IS NULL OR r.firstDate <= $until)
  AND NOT m.id IN $seen
WITH m.id AS id, count(r) AS links
ORDER BY links DESC, id
LIMIT $limit
RETURN collect(id) AS ids
