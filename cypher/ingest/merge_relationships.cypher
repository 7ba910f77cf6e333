// Upsert typed relationships by key, adding evidence count and date range; REL_TYPE is filled from the allow-list.
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:REL_TYPE {key: row.key}]->(t)
ON CREATE SET r.count = 0, r.symmetric = row.symmetric, r.cameo = row.cameo, r.plover = row.plover
SET r.count = r.count + row.count,
    r.firstDate = CASE WHEN r.firstDate IS NULL OR row.firstDate < r.firstDate THEN row.firstDate ELSE r.firstDate END,
    r.lastDate = CASE WHEN r.lastDate IS NULL OR row.lastDate > r.lastDate THEN row.lastDate ELSE r.lastDate END
