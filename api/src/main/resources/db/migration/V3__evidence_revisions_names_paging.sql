-- Review notes on the item, the type as a column (filter, duplicate look-up) and a table of the names each item
-- mentions, so that lists filter, sort and page in the database. Runs on PostgreSQL and on H2 (PostgreSQL mode).
-- Items stored before this version get their type and names filled in at start-up (EvidenceNameIndex).

ALTER TABLE evidence ADD COLUMN review_note TEXT;
ALTER TABLE evidence ADD COLUMN type VARCHAR(40);

-- One row per name an item mentions: field is persons, laws, organisations or recommendations; name_key is the
-- name in lower case; entity_id the registry entity it resolved to when stored (null when unknown).
CREATE TABLE evidence_name (
  evidence_id VARCHAR(200) NOT NULL REFERENCES evidence (id),
  field       VARCHAR(20)  NOT NULL,
  name_key    VARCHAR(1000) NOT NULL,
  entity_id   VARCHAR(200)
);
CREATE INDEX evidence_name_item ON evidence_name (evidence_id);
CREATE INDEX evidence_name_entity ON evidence_name (entity_id, evidence_id);
CREATE INDEX evidence_name_key ON evidence_name (name_key, evidence_id);

-- Pages are ordered by seq (newest first by default) or by event date; filters by status, submitter, type.
-- (status, seq) replaces the status-only index so that a status filter walks the index in page order.
DROP INDEX evidence_status;
CREATE UNIQUE INDEX evidence_by_seq ON evidence (seq);
CREATE INDEX evidence_status_seq ON evidence (status, seq);
CREATE INDEX evidence_submitter_seq ON evidence (submitted_by, seq);
CREATE INDEX evidence_type_seq ON evidence (type, seq);
CREATE INDEX evidence_period ON evidence (event_start, event_end);
CREATE INDEX assessment_by_seq ON assessment (seq);
