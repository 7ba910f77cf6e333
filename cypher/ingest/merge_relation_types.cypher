// The relation vocabulary as (:RelationType) nodes: CAMEO/PLOVER codes live here once, joined on type(r).
UNWIND $rows AS row
MERGE (t:RelationType {name: row.name})
SET t.cameo = row.cameo, t.plover = row.plover, t.symmetric = row.symmetric, t.description = row.description
