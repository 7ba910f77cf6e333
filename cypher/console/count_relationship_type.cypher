// How many relationships have the type REL_TYPE (a count-store lookup); REL_TYPE comes from db.relationshipTypes().
MATCH ()-[r:`REL_TYPE`]->() RETURN count(r) AS n
