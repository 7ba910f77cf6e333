// The entity graph's change stamp: the writers' version counter plus the entity and relationship totals (count-store reads).
CALL () { OPTIONAL MATCH (v:GraphVersion {id: 'entities'}) RETURN v.version AS version }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN version, entities, relationships
