// Mark the entity graph as changed: the API's in-memory projection is used only while this version and the counts are the ones it was built from.
MERGE (v:GraphVersion {id: 'entities'})
SET v.version = coalesce(v.version, 0) + 1
