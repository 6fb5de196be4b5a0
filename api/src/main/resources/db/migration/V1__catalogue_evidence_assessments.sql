-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode. Domain objects are kept as JSON text in the exchange
-- format (the same the API and fixtures use); the columns beside them are what queries filter and join on.

CREATE TABLE entity (
  type        VARCHAR(20)  NOT NULL,
  id          VARCHAR(200) NOT NULL,
  body        TEXT         NOT NULL,
  PRIMARY KEY (type, id)
);

CREATE TABLE document (
  id          VARCHAR(200) PRIMARY KEY,
  body        TEXT         NOT NULL,
  created_by  VARCHAR(100) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE recommendation (
  id          VARCHAR(200) PRIMARY KEY,
  document_id VARCHAR(200) NOT NULL REFERENCES document (id),
  position    INTEGER      NOT NULL,
  addressee   VARCHAR(50)  NOT NULL,
  body        TEXT         NOT NULL
);
CREATE INDEX recommendation_document ON recommendation (document_id, position);

CREATE TABLE evidence (
  id            VARCHAR(200) PRIMARY KEY,
  status        VARCHAR(20)  NOT NULL,
  event_start   DATE         NOT NULL,
  event_end     DATE         NOT NULL,
  body          TEXT         NOT NULL,
  submitted_by  VARCHAR(100) NOT NULL,
  submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  reviewed_by   VARCHAR(100),
  reviewed_at   TIMESTAMP WITH TIME ZONE,
  seq           BIGINT       NOT NULL
);
CREATE INDEX evidence_status ON evidence (status);
CREATE INDEX evidence_submitter ON evidence (submitted_by);
CREATE SEQUENCE evidence_seq;

CREATE TABLE evidence_history (
  evidence_id VARCHAR(200) NOT NULL REFERENCES evidence (id),
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  actor       VARCHAR(100) NOT NULL,
  action      VARCHAR(20)  NOT NULL,
  status      VARCHAR(20)  NOT NULL,
  note        TEXT,
  body        TEXT         NOT NULL,
  seq         BIGINT       NOT NULL
);
CREATE INDEX evidence_history_item ON evidence_history (evidence_id, seq);

-- A retried submission (same account, same Idempotency-Key) finds the item stored the first time.
CREATE TABLE idempotency_key (
  principal     VARCHAR(100) NOT NULL,
  idem_key      VARCHAR(200) NOT NULL,
  request_hash  VARCHAR(64)  NOT NULL,
  evidence_id   VARCHAR(200) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (principal, idem_key)
);

CREATE TABLE assessment (
  id                 VARCHAR(50)  PRIMARY KEY,
  created_by         VARCHAR(100) NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  documents          VARCHAR(1000) NOT NULL,
  as_of              DATE         NOT NULL,
  include_unverified BOOLEAN      NOT NULL,
  rules_version      VARCHAR(50)  NOT NULL,
  input_hash         VARCHAR(64)  NOT NULL,
  overall            DOUBLE PRECISION,
  scorecard          TEXT         NOT NULL,
  seq                BIGINT       NOT NULL
);
CREATE SEQUENCE assessment_seq;
