// Relationship-key indexes, one per allowed relation type (idempotent).
CREATE INDEX rel_key_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.key);
CREATE INDEX rel_key_supplies_arms IF NOT EXISTS FOR ()-[r:SUPPLIES_ARMS]-() ON (r.key);
CREATE INDEX rel_key_deploys_troops IF NOT EXISTS FOR ()-[r:DEPLOYS_TROOPS]-() ON (r.key);
CREATE INDEX rel_key_trades_with IF NOT EXISTS FOR ()-[r:TRADES_WITH]-() ON (r.key);
CREATE INDEX rel_key_vetoes IF NOT EXISTS FOR ()-[r:VETOES]-() ON (r.key);
CREATE INDEX rel_key_sanctions IF NOT EXISTS FOR ()-[r:SANCTIONS]-() ON (r.key);
CREATE INDEX rel_key_allied_with IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() ON (r.key);
CREATE INDEX rel_key_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.key);
CREATE INDEX rel_key_meets IF NOT EXISTS FOR ()-[r:MEETS]-() ON (r.key);
CREATE INDEX rel_key_condemns IF NOT EXISTS FOR ()-[r:CONDEMNS]-() ON (r.key);
CREATE INDEX rel_key_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.key);
CREATE INDEX rel_key_attacks IF NOT EXISTS FOR ()-[r:ATTACKS]-() ON (r.key);
