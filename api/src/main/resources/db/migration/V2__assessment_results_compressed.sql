-- Assessments keep their results compressed (the JSON of a large scorecard repeats the same names and
-- ids many times over); rows written before keep their text column.
ALTER TABLE assessment ADD COLUMN results BYTEA;
ALTER TABLE assessment ALTER COLUMN scorecard DROP NOT NULL;
