// Upsert article nodes by id with their metadata and content hash.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.url = row.url, a.date = row.date, a.sha = row.sha, a.source = row.source,
    a.length = row.length
