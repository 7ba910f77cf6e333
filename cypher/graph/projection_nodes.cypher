// Every entity, column by column (with its internal id, to rank full-text hits), for the in-memory projection (columns decode far faster than rows; collect() drops nulls, hence the coalesce and the triples).
MATCH (e:Entity)
RETURN collect(e.id) AS ids, collect(id(e)) AS internal, collect(coalesce(e.name, e.id)) AS names, collect(coalesce(e.kind, '')) AS kinds,
       collect([e.office, e.iso3, e.orgType]) AS extras
