-- Users and organisations (V10). Runs on PostgreSQL and on H2 (PostgreSQL mode).
-- Until V10 the accounts were a list in the configuration; at start-up a configured account missing
-- here is added (account.AccountSeeder), and evidence.submitter_org is filled from the accounts.

-- An organisation: its members see each other's items. shows_submitter: whether other
-- organisations may see that it submitted a verified item (its name on the item).
CREATE TABLE organisation (
  id              VARCHAR(40)  NOT NULL PRIMARY KEY,
  name            VARCHAR(200) NOT NULL,
  shows_submitter BOOLEAN DEFAULT FALSE NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX organisation_name ON organisation (name);

-- A user. password: a DelegatingPasswordEncoder hash ({bcrypt}...); null while an invitation waits.
-- org_admin: manages its own organisation's members. changed_at: the last change of role, password
-- or enabled flag (sessions and remembered credentials older than it are ended).
CREATE TABLE account (
  username        VARCHAR(100) NOT NULL PRIMARY KEY,
  organisation_id VARCHAR(40)  NOT NULL REFERENCES organisation (id),
  role            VARCHAR(10)  NOT NULL,
  org_admin       BOOLEAN DEFAULT FALSE NOT NULL,
  email           VARCHAR(320),
  password        VARCHAR(200),
  enabled         BOOLEAN DEFAULT TRUE NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX account_organisation ON account (organisation_id, username);

-- One-time links: an invitation (set a first password) or a password reset. Only a SHA-256 of the
-- token is kept, so a copy of the table opens no account.
CREATE TABLE account_link (
  token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
  username    VARCHAR(100) NOT NULL REFERENCES account (username),
  purpose     VARCHAR(10)  NOT NULL,
  created_by  VARCHAR(100) NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX account_link_user ON account_link (username);

-- The submitter's organisation on each item, so "verified, or of the reader's organisation" stays
-- one indexed query (EvidenceStore.list, EvidenceQuery). Null for items of no known account (seed
-- data): those are seen by officers, and by everyone once verified.
ALTER TABLE evidence ADD COLUMN submitter_org VARCHAR(40);
DROP INDEX evidence_period;
CREATE INDEX evidence_period ON evidence (event_start, event_end, seq, status, submitter_org);
DROP INDEX evidence_visible;
CREATE INDEX evidence_visible ON evidence (seq, status, submitter_org);
CREATE INDEX evidence_org_seq ON evidence (submitter_org, seq);
