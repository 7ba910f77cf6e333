// Upsert article nodes by id with their metadata, content hash and evidence: one element per relation mention in the parallel claim* arrays (claimKeys[i] is the relationship key TYPE|sourceId|targetId of claimSentences[i]).
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.url = row.url, a.date = row.date, a.sha = row.sha, a.source = row.source,
    a.length = row.length, a += row.claims
