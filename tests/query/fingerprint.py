"""Everything a write or admin attempt could change, as one comparable value."""
from __future__ import annotations

import hashlib
import json


def fingerprint(driver, database: str) -> dict:
    with driver.session(database=database) as s:
        nodes = s.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props "
                      "ORDER BY id").data()
        rels = s.run("MATCH ()-[r]->() RETURN elementId(r) AS id, type(r) AS type, properties(r) AS props "
                     "ORDER BY id").data()
        tokens = {
            "labels": sorted(s.run("CALL db.labels() YIELD label RETURN label").value()),
            "types": sorted(s.run("CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t").value()),
            "keys": sorted(s.run("CALL db.propertyKeys() YIELD propertyKey AS k RETURN k").value()),
            "indexes": sorted(s.run("SHOW INDEXES YIELD name RETURN name").value()),
            "constraints": sorted(s.run("SHOW CONSTRAINTS YIELD name RETURN name").value()),
        }
    with driver.session(database="system") as s:
        tokens["users"] = sorted(s.run("SHOW USERS YIELD user RETURN user").value())
        tokens["databases"] = sorted(map(str, s.run("SHOW DATABASES YIELD name, currentStatus "
                                                   "RETURN name + ':' + currentStatus").value()))
    body = json.dumps([nodes, rels], sort_keys=True, default=str).encode()
    return {"nodes": len(nodes), "relationships": len(rels), "content": hashlib.sha256(body).hexdigest(), **tokens}
