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
