// Upsert entity nodes by id; the kind label ($rows.label) is checked against an allow-list first.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.label), e.name = row.name, e.aliases = row.aliases, e.aliasText = row.aliasText,
    e.kind = row.label, e += row.props
