// Mark the entity graph as changed with a fresh random version (never repeated, even after the graph is wiped and rewritten identically): the API's in-memory projection is used only while this version and the counts are the ones it was built from.
MERGE (v:GraphVersion {id: 'entities'})
SET v.version = randomUUID()
