-- Scorecards stored by recommendation (issue 24): a view of one recommendation, or of one page of
-- findings, reads its rows only, not the whole scorecard. Each part is one recommendation's result
-- (with its findings and the corroboration of the items they name) as compressed JSON, in
-- paragraph order; first_finding counts the findings of the parts before it, so a page of
-- findings finds its parts without reading the others. The row keeps what lies outside
-- recommendations: the aggregate scores apart (lists read only them) and the rest of the summary.
-- Rows stored before keep their results column and no parts; they are read as before.
ALTER TABLE assessment ADD COLUMN aggregates BYTEA;
ALTER TABLE assessment ADD COLUMN summary BYTEA;

CREATE TABLE assessment_part (
  assessment_id     VARCHAR(50)  NOT NULL REFERENCES assessment (id),
  position          INTEGER      NOT NULL,
  recommendation_id VARCHAR(200) NOT NULL,
  document_id       VARCHAR(200) NOT NULL,
  status            VARCHAR(40)  NOT NULL,
  score             DOUBLE PRECISION,
  first_finding     INTEGER      NOT NULL,
  findings          INTEGER      NOT NULL,
  result            BYTEA        NOT NULL,
  PRIMARY KEY (assessment_id, position)
);
CREATE UNIQUE INDEX assessment_part_recommendation ON assessment_part (assessment_id, recommendation_id);
