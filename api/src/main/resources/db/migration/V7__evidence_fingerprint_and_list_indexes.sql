-- Runs on PostgreSQL and on H2 (PostgreSQL mode, DEFAULT_NULL_ORDERING=HIGH).

-- 1. A duplicate cannot be stored twice, even by two requests at the same instant. The look-up
-- before writing (EvidenceIntake) cannot see a twin that is not yet committed; this index can.
-- fingerprint: SHA-256 of what makes two items the same event (EvidenceIntake.fingerprint); per
-- submitter, because an NGO must not learn of another NGO's unreviewed item by being refused.
-- Null for items stored before this version and for corrections that equal another item.
ALTER TABLE evidence ADD COLUMN fingerprint VARCHAR(64);
CREATE UNIQUE INDEX evidence_fingerprint ON evidence (submitted_by, fingerprint);

-- 2. A date window (from/to) finds the items whose period overlaps it. Bounded on one side only
-- (event_start <= to), that range is most of the table; the longest period stored (event_days,
-- its maximum read from an index) bounds the other side: event_start >= from - longest.
-- Most items are one day (0); only the others are rewritten.
ALTER TABLE evidence ADD COLUMN event_days INTEGER DEFAULT 0 NOT NULL;
UPDATE evidence SET event_days =
  EXTRACT(DAY FROM (CAST(event_end AS TIMESTAMP) - CAST(event_start AS TIMESTAMP)))
  WHERE event_end <> event_start;
CREATE INDEX evidence_event_days ON evidence (event_days);

-- 3. Pages of the evidence list (EvidenceQuery) read the page's seq numbers from an index that
-- holds every column the filter and the order need (no table row is read), then the bodies of
-- those 50. H2 walks an index only forwards, and picks it by the WHERE clause before the ORDER BY,
-- so each order (equality filter, then sort column, ascending or descending) has its own index
-- whose columns and directions are exactly the ORDER BY's. PostgreSQL would read the ascending
-- ones backwards; the descending ones cost it some writes and nothing else.
DROP INDEX evidence_period;
CREATE INDEX evidence_period ON evidence (event_start, event_end, seq, status, submitted_by);
CREATE INDEX evidence_period_desc ON evidence
  (event_start DESC NULLS FIRST, event_end DESC NULLS FIRST, seq DESC NULLS FIRST, status, submitted_by);
-- An NGO sees verified items and its own: (status = 'VERIFIED' OR submitted_by = ?) is checked in
-- the index.
CREATE INDEX evidence_visible ON evidence (seq, status, submitted_by);
CREATE INDEX evidence_visible_desc ON evidence (seq DESC NULLS FIRST, status, submitted_by);
CREATE INDEX evidence_status_seq_desc ON evidence (status DESC NULLS FIRST, seq DESC NULLS FIRST);
CREATE INDEX evidence_status_date ON evidence (status, event_start, event_end, seq);
CREATE INDEX evidence_status_date_desc ON evidence
  (status DESC NULLS FIRST, event_start DESC NULLS FIRST, event_end DESC NULLS FIRST, seq DESC NULLS FIRST);
CREATE INDEX evidence_type_seq_desc ON evidence (type DESC NULLS FIRST, seq DESC NULLS FIRST);
CREATE INDEX evidence_type_date ON evidence (type, event_start, event_end, seq);
CREATE INDEX evidence_type_date_desc ON evidence
  (type DESC NULLS FIRST, event_start DESC NULLS FIRST, event_end DESC NULLS FIRST, seq DESC NULLS FIRST);
