// Withdraw the claims of edited articles $ids before their new text is written: each relationship they supported loses their mentions and article ids; one left without evidence goes, the rest get their dates recomputed from the articles still stating them.
MATCH (a:Article) WHERE a.id IN $ids AND a.claimKeys IS NOT NULL
UNWIND a.claimKeys AS key
WITH a.id AS articleId, key, count(*) AS mentions
WITH key, split(key, '|') AS part, collect(articleId) AS gone, sum(mentions) AS dropped
MATCH (s:Entity {id: part[1]})-[r]->(t:Entity {id: part[2]})
WHERE type(r) = part[0]
SET r.count = r.count - dropped, r.articles = [id IN r.articles WHERE NOT id IN gone]
WITH r, key, r.count AS remaining
CALL (r, key) {
  UNWIND r.articles AS articleId
  MATCH (b:Article {id: articleId})
  UNWIND range(0, size(b.claimKeys) - 1) AS i
  WITH b, i WHERE b.claimKeys[i] = key AND b.claimDates[i] <> ''
  RETURN min(b.claimDates[i]) AS first, max(b.claimDates[i]) AS last
}
FOREACH (_ IN CASE WHEN remaining <= 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN remaining > 0 THEN [1] ELSE [] END | SET r.firstDate = first, r.lastDate = last)
