// Evidence nodes (sentence, offsets, rule, date) linked to their article; keyed by relationship key.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (v:Evidence {id: row.id})
SET v += row.props
MERGE (v)-[:IN_ARTICLE]->(a)
