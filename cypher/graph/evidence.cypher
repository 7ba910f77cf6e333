// The sentences behind one relationship key (TYPE|sourceId|targetId), with their article, newest first: the relationship names its articles, each article holds its mentions in the parallel claim* arrays.
WITH split($key, '|') AS part
MATCH (:Entity {id: part[1]})-[r]->(:Entity {id: part[2]})
WHERE type(r) = part[0]
UNWIND r.articles AS articleId
MATCH (a:Article {id: articleId})
UNWIND range(0, size(a.claimKeys) - 1) AS i
WITH a, i WHERE a.claimKeys[i] = $key
WITH a, i, nullIf(a.claimDates[i], '') AS date
RETURN {sentence: a.claimSentences[i], start: a.claimStarts[i], end: a.claimEnds[i],
        spanStart: a.claimSpanStarts[i], spanEnd: a.claimSpanEnds[i], rule: a.claimRules[i], date: date,
        detail: nullIf(a.claimDetails[i], ''), article: a {.id, .title, .url, .date}} AS evidence
ORDER BY date DESC, a.id, a.claimStarts[i]
LIMIT $limit
