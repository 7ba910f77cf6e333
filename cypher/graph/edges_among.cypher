// Relationships among the entities $ids that pass the type, date and evidence filters.
UNWIND $ids AS sid
MATCH (a:Entity {id: sid})-[r]->(b:Entity)
WHERE b.id IN $ids AND type(r) IN $types AND r.count >= $minEvidence
  AND ($since IS NULL OR r.lastDate >= $since) AND ($until IS NULL OR r.firstDate <= $until)
RETURN {id: type(r) + '|' + a.id + '|' + b.id, source: a.id, target: b.id, type: type(r),
        count: r.count, firstDate: r.firstDate, lastDate: r.lastDate} AS edge
LIMIT $limit
