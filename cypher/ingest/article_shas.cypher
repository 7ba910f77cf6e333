// The stored content hash of each article id in $ids (to skip unchanged, replace edited).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.sha AS sha
