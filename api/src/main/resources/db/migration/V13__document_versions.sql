-- A document is published as versions: each keeps the whole bundle as published (the document, its recommendations,
-- the registry entries and listings it brought), who published it and when. The rows of `document` and
-- `recommendation` are the current version; `current_version` names it. An assessment names the versions it judged
-- ("ep-2019-2610@1,ep-2021-2544@2"), so reading it later takes the texts of those versions; rows from before this
-- column read as version 1 of each document. Versions of documents stored before this migration are written at
-- start-up from their rows (catalogue.DocumentVersions).
CREATE TABLE document_version (
  document_id  VARCHAR(200) NOT NULL REFERENCES document (id),
  version      INTEGER      NOT NULL,
  body         TEXT         NOT NULL,
  created_by   VARCHAR(100) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (document_id, version)
);

ALTER TABLE document ADD COLUMN current_version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE assessment ADD COLUMN catalogue_versions VARCHAR(4000);
