// Every label in the database (for completion and :schema).
CALL db.labels() YIELD label RETURN label ORDER BY label
