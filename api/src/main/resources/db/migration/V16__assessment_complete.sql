-- Scorecards written as they are assessed (issue 24): an assessment's row is inserted first, not
-- complete, its parts are written country by country as each is concluded, and the row is made
-- complete (with its summary) in the last step. Readers read complete rows only, so no one sees an
-- unfinished assessment; a failed run deletes its parts and row. Rows stored before are complete.
ALTER TABLE assessment ADD COLUMN complete BOOLEAN DEFAULT TRUE NOT NULL;
