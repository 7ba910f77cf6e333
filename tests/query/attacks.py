r"""Write and admin attempts that read-only Cypher must refuse, plain and disguised.

Each entry is (statement, why it is here, status). None of them may change the database. The
status says how it is refused: 403 by the plan guard (or Neo4j refusing an admin command), 400
when Neo4j will not compile it at all (a second statement, `USE system`, unknown procedures).
"""
ATTACKS = [
    # writes, plain
    ("CREATE (n:Pwned {x: 1}) RETURN n", "CREATE", 403),
    ("MERGE (n:Entity {id: 'state:XXX'}) RETURN n", "MERGE", 403),
    ("MATCH (n:State) SET n.name = 'pwned'", "SET", 403),
    ("MATCH (n:State) SET n:Pwned", "SET label", 403),
    ("MATCH (n:Evidence) DELETE n", "DELETE", 403),
    ("MATCH (n) DETACH DELETE n", "DETACH DELETE", 403),
    ("MATCH (n:State) REMOVE n.name", "REMOVE property", 403),
    ("MATCH (n:State) REMOVE n:State", "REMOVE label", 403),
    ("FOREACH (i IN range(1, 3) | CREATE (:Pwned))", "FOREACH", 403),
    ("MATCH (n:State) FOREACH (x IN [1] | SET n.pwned = x)", "FOREACH with SET", 403),
    ("MATCH (a:State), (b:State) WITH a, b LIMIT 1 CREATE (a)-[:PWNED]->(b)", "CREATE relationship", 403),
    ("OPTIONAL MATCH (n:Nope) MERGE (:Pwned)", "MERGE after a read", 403),
    # files and URLs
    ("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "LOAD CSV, a read by query type", 403),
    ("LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row CREATE (:Pwned {v: row.v})", "LOAD CSV + CREATE", 403),
    # subqueries and inner transactions
    ("CALL { CREATE (:Pwned) } RETURN 1 AS x", "CALL { CREATE }", 403),
    ("CALL () { MATCH (n:State) SET n.x = 1 } RETURN 1 AS x", "CALL () { SET }", 403),
    ("MATCH (n:State) CALL (n) { SET n.pwned = true } RETURN count(*) AS c", "correlated CALL { SET }", 403),
    ("UNWIND range(1, 10) AS i CALL (i) { CREATE (:Pwned {i: i}) } IN TRANSACTIONS OF 2 ROWS", "IN TRANSACTIONS", 403),
    ("MATCH (n:Evidence) CALL (n) { DETACH DELETE n } IN TRANSACTIONS", "IN TRANSACTIONS delete", 403),
    # procedures that write or administer
    ("CALL db.createLabel('Pwned')", "db.* write procedure", 403),
    ("CALL db.createProperty('pwned')", "db.* write procedure", 403),
    ("CALL db.createRelationshipType('PWNED')", "db.* write procedure", 403),
    ("CALL db.clearQueryCaches()", "db.* DBMS procedure", 403),
    ("CALL db.stats.clear('QUERIES')", "READ-mode procedure that administers", 403),
    ("CALL db.resampleOutdatedIndexes()", "READ-mode procedure that administers", 403),
    ("CALL db.index.vector.createNodeIndex('pwned', 'State', 'v', 3, 'cosine')", "schema procedure", 403),
    ("CALL dbms.listConfig()", "dbms.* procedure", 403),
    ("CALL dbms.killConnections(['bolt-1'])", "dbms.* admin procedure", 403),
    ("CALL tx.setMetaData({pwned: true})", "tx.* procedure", 403),
    ("CALL apoc.cypher.runWrite('CREATE (:Pwned)', {})", "APOC write procedure (absent here)", 400),
    # users, databases, system
    ("CREATE USER pwned SET PASSWORD 'secret123' CHANGE NOT REQUIRED", "CREATE USER", 403),
    ("ALTER USER neo4j SET PASSWORD 'pwned-password'", "ALTER USER", 403),
    ("DROP USER neo4j", "DROP USER", 403),
    ("CREATE DATABASE pwned", "CREATE DATABASE", 403),
    ("DROP DATABASE neo4j", "DROP DATABASE", 403),
    ("STOP DATABASE neo4j", "STOP DATABASE", 403),
    ("USE system SHOW USERS", "USE system", 400),
    ("USE system CREATE USER pwned SET PASSWORD 'secret123'", "USE system + CREATE USER", 400),
    ("USE system MATCH (n) RETURN n", "USE system read", 400),
    # SHOW-style and schema commands
    ("SHOW USERS", "SHOW admin", 403),
    ("SHOW DATABASES", "SHOW admin", 403),
    ("SHOW TRANSACTIONS", "SHOW admin", 403),
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE, a read by query type", 403),
    ("SHOW SETTINGS", "SHOW admin", 403),
    ("SHOW PROCEDURES", "SHOW admin", 403),
    ("CREATE INDEX pwned FOR (n:State) ON (n.pwned)", "CREATE INDEX", 403),
    ("DROP INDEX entity_search", "DROP INDEX", 403),
    ("DROP CONSTRAINT entity_id", "DROP CONSTRAINT", 403),
    # the same, disguised
    ("/* just a read */ CREATE (:Pwned) // RETURN 1", "comments", 403),
    ("// RETURN 1\nCREATE (:Pwned)", "line comment first", 403),
    ("cReAtE (:Pwned)", "case", 403),
    ("MATCH (n:State)\n\n\tSET\n n.name\n=\n'pwned'", "whitespace", 403),
    ("MATCH (n:`State`) SET n.`name` = 'pwned'", "backtick names", 403),
    ("MATCH (n:State) SET n.name = '\\u0027; CREATE (:Pwned) //'", "string trick: a quote escape in a SET", 400),
    ("RETURN 'harmless' AS s; CREATE (:Pwned)", "a second statement after ;", 400),
    ("MATCH (n:State) RETURN n.name AS name UNION ALL CREATE (p:Pwned) RETURN 'x' AS name", "UNION with a write", 403),
    (r"CREATE (:\u0050wned)", "unicode escape in a label", 403),
    ("\uff23\uff32\uff25\uff21\uff34\uff25 (:Pwned)", "fullwidth letters", 400),
    ("EXPLAIN CREATE (:Pwned)", "EXPLAIN of a write", 403),
    ("PROFILE MATCH (n:State) SET n.name = 'pwned'", "PROFILE of a write", 403),
    ("CYPHER runtime=slotted CREATE (:Pwned)", "query options first", 403),
    ("MATCH (n) WHERE n.name = 'x' OR true DETACH DELETE n", "tautology", 403),
    ("WITH 1 AS x MERGE (a:Pwned {x: x}) ON CREATE SET a.y = 2 RETURN a", "MERGE ON CREATE", 403),
]
