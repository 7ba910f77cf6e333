// Upsert one typed relationship per (source, type, target): add this batch's evidence count, dates and the ids of the articles that state it (their claim* arrays hold the sentences); REL_TYPE comes from the allow-list.
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:REL_TYPE]->(t)
ON CREATE SET r.count = row.count, r.firstDate = row.firstDate, r.lastDate = row.lastDate, r.articles = row.articles
ON MATCH SET r.count = r.count + row.count, r.articles = r.articles + row.articles,
  r.firstDate = CASE WHEN r.firstDate IS NULL OR row.firstDate < r.firstDate THEN row.firstDate ELSE r.firstDate END,
  r.lastDate = CASE WHEN r.lastDate IS NULL OR row.lastDate > r.lastDate THEN row.lastDate ELSE r.lastDate END
