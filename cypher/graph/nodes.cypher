// Entities by id, as JSON-shaped maps with their degree.
UNWIND $ids AS nid
MATCH (e:Entity {id: nid})
RETURN e {.id, .name, .kind, .aliases, .office, .iso3, .orgType, degree: COUNT { (e)--(:Entity) }} AS node
