// How many relationships have the type REL_TYPE (a count-store lookup); REL_TYPE comes from an allow-list (the vocabulary, or the types the database lists).
MATCH ()-[r:REL_TYPE]->() RETURN count(r) AS n
