-- PostgreSQL only (spring.flyway.locations adds db/{vendor}): the audit log cannot be changed, only
-- added to.
--
-- Privileges. Nobody but the owner gets UPDATE, DELETE or TRUNCATE through PUBLIC. To make the
-- service itself unable to change entries, run the migrations as the owning role and the service as
-- another role with only what it needs on this table, e.g. (as the owner):
--   CREATE ROLE compliance_app LOGIN PASSWORD '...';
--   GRANT SELECT, INSERT ON audit_entry TO compliance_app;
--   -- (and its other tables as before; no UPDATE, DELETE or TRUNCATE on audit_entry)
-- with spring.flyway.user / spring.flyway.password naming the owner and spring.datasource.username
-- / password naming compliance_app.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC;

-- Even the owner (the role the service runs as when no separate role is set up) is refused: a
-- trigger rejects every UPDATE, DELETE and TRUNCATE. Only a superuser who drops it can.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_no_change
  BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

CREATE TRIGGER audit_entry_no_truncate
  BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
