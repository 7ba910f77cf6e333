// Evidence nodes (sentence, offsets, rule, date) linked to their article; new articles only, so CREATE.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (v:Evidence {id: row.id})
SET v += row.props
CREATE (v)-[:IN_ARTICLE]->(a)
