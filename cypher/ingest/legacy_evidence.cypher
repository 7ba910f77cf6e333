// Whether the database still holds evidence as (:Evidence) nodes, the format before evidence moved onto its articles.
RETURN EXISTS { MATCH (:Evidence) } AS legacy
