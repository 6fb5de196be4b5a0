-- An officer's decision on a name in an evidence item that the registry did not recognise: linked to an entity
-- (the name then also becomes an alias of that entity, in its registry body) or accepted as unknown
-- (entity_id NULL), which lets the item be verified without the name counting for anything.
CREATE TABLE name_decision (
  evidence_id VARCHAR(200) NOT NULL REFERENCES evidence (id),
  field       VARCHAR(20)  NOT NULL,
  name        VARCHAR(500) NOT NULL,
  entity_type VARCHAR(20)  NOT NULL,
  entity_id   VARCHAR(200),
  decided_by  VARCHAR(100) NOT NULL,
  decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (evidence_id, field, name)
);
