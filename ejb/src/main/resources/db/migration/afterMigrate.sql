-- Runs after every migration, as the schema's owner: the portal's own role (${app_role}) may read
-- and write rows, and nothing more (no DDL, no TRUNCATE, no changing the migration history).
-- When the owner and the portal are one role (a single-role deployment) there is nothing to grant.
DO $$
BEGIN
  IF current_user <> '${app_role}' THEN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', '${flyway:defaultSchema}', '${app_role}');
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
                   '${flyway:defaultSchema}', '${app_role}');
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I',
                   '${flyway:defaultSchema}', '${app_role}');
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %I.flyway_schema_history FROM %I',
                   '${flyway:defaultSchema}', '${app_role}');
  END IF;
END
$$;

-- Every committed write tells the portals which table it changed (the page cache drops what it
-- built from that table): PostgreSQL delivers a NOTIFY only when its transaction commits, to
-- every instance listening, in commit order, and folds a transaction's identical notices into
-- one. Row-level, so a statement that changes no row (a timer's UPDATE that finds nothing due)
-- tells nobody; TRUNCATE has only a statement-level trigger. Put on every table there is — a
-- table added by a later migration gets them here too. The channel names the schema
-- (convene_changes:public): portals on other schemas of the same database hear nothing of it.
CREATE OR REPLACE FUNCTION "${flyway:defaultSchema}".convene_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('convene_changes:' || TG_TABLE_SCHEMA, TG_TABLE_NAME);
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables
           WHERE schemaname = '${flyway:defaultSchema}' AND tablename <> 'flyway_schema_history'
  LOOP
    EXECUTE format('CREATE OR REPLACE TRIGGER convene_row_changed AFTER INSERT OR UPDATE OR DELETE'
                   ' ON %I.%I FOR EACH ROW EXECUTE FUNCTION %I.convene_changed()',
                   '${flyway:defaultSchema}', t, '${flyway:defaultSchema}');
    EXECUTE format('CREATE OR REPLACE TRIGGER convene_truncated AFTER TRUNCATE'
                   ' ON %I.%I FOR EACH STATEMENT EXECUTE FUNCTION %I.convene_changed()',
                   '${flyway:defaultSchema}', t, '${flyway:defaultSchema}');
  END LOOP;
END
$$;
