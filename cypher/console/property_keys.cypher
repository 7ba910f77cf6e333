// Every property key in the database (for completion).
CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey AS key ORDER BY key
