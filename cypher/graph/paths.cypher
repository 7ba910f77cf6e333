// All shortest paths between two entities through allowed relation types, up to $maxHops.
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
MATCH p = allShortestPaths((a)-[*..10]-(b))
WHERE length(p) <= $maxHops AND all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.id] AS nodes,
       [r IN relationships(p) | {id: type(r) + '|' + startNode(r).id + '|' + endNode(r).id,
                                 source: startNode(r).id, target: endNode(r).id, type: type(r),
                                 count: r.count}] AS edges
LIMIT $limit
