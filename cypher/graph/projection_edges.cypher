// Every relationship between entities, column by column, for the in-memory projection ('' stands for a missing date: collect() drops nulls).
MATCH (a:Entity)-[r]->(b:Entity)
RETURN collect(a.id) AS sources, collect(b.id) AS targets, collect(type(r)) AS types,
       collect(coalesce(r.count, 0)) AS counts, collect(coalesce(r.firstDate, '')) AS firsts,
       collect(coalesce(r.lastDate, '')) AS lasts
