// Every relationship type in the database (for completion and :schema).
CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS type ORDER BY type
