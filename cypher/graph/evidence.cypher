// The sentences behind one relationship key, with their article, newest first.
MATCH (v:Evidence {relKey: $key})-[:IN_ARTICLE]->(a:Article)
RETURN v {.sentence, .start, .end, .spanStart, .spanEnd, .rule, .date, .detail,
          article: a {.id, .title, .url, .date}} AS evidence
ORDER BY v.date DESC, a.id, v.start
LIMIT $limit
