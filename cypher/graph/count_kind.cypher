// How many nodes carry the label KIND (a count-store lookup); KIND comes from an allow-list (the entity kinds, or the labels the database lists).
MATCH (n:KIND) RETURN count(n) AS n
