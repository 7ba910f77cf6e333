// Look-up and full-text indexes (idempotent).
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:State|Leader|Organization|Bloc) ON EACH [n.name, n.aliasText];
