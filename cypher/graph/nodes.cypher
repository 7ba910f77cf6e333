// Entities by id as [id, name, kind, degree, elementId, office, iso3, orgType] rows in one list.
UNWIND $ids AS nid
MATCH (e:Entity {id: nid})
RETURN collect([e.id, e.name, e.kind, COUNT { (e)--() }, elementId(e), e.office, e.iso3, e.orgType]) AS nodes
