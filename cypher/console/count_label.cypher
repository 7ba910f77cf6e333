// How many nodes carry the label LABEL (a count-store lookup); LABEL comes from db.labels().
MATCH (n:`LABEL`) RETURN count(n) AS n
