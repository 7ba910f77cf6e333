// Relationships among the entities with element ids $eids passing the filters, as [type, source, target, count, firstDate, lastDate] rows in one list.
UNWIND $eids AS aid
MATCH (a:Entity)-[r]->(b:Entity)
WHERE elementId(a) = aid AND elementId(b) IN $eids AND type(r) IN $types AND r.count >= $minEvidence
  AND ($since IS NULL OR r.lastDate >= $since) AND ($until IS NULL OR r.firstDate <= $until)
WITH a, r, b
LIMIT $limit
RETURN collect([type(r), a.id, b.id, r.count, r.firstDate, r.lastDate]) AS edges
