// The nodes with these element ids: ends of relationships a user query returned without their nodes.
MATCH (n) WHERE elementId(n) IN $ids RETURN n
