// One entity with its properties and its relations summarised by type and direction.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)-[r]-(other:Entity)
WITH e, type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
     count(r) AS relationships, sum(r.count) AS evidence
ORDER BY relationships DESC
RETURN e {.*, aliasText: null} AS entity,
       [row IN collect({type: type, direction: direction, relationships: relationships, evidence: evidence})
        WHERE row.type IS NOT NULL] AS relations
