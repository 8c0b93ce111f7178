package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal connects as a role that owns nothing: it reads and writes rows, and cannot change the
 * schema or the migration history (Flyway migrates as the owner role).
 */
@ExtendWith(RunningPortal.class)
class DatabaseRolesIT {

  @Test
  void thePortalsRoleOwnsNothingAndMayOnlyReadAndWriteRows(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    try (Connection app = TestDatabase.connect();
        Statement s = app.createStatement()) {
      String role = single(s, "SELECT current_user");
      assertThat(role).isNotEqualTo(System.getenv("DB_OWNER_USER"));
      assertThat(single(s, "SELECT count(*) FROM pg_tables WHERE tableowner = current_user"))
          .isEqualTo("0");
      assertThat(single(s, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
          .isNotEqualTo("0");

      // rows: yes
      assertThat(single(s, "SELECT count(*) FROM network")).isEqualTo("1");
      // schema: no
      assertRefused(s, "CREATE TABLE intruder (id int)");
      assertRefused(s, "DROP TABLE registration");
      assertRefused(s, "ALTER TABLE account ADD COLUMN backdoor text");
      assertRefused(s, "TRUNCATE audit_entry");
      assertRefused(s, "DELETE FROM flyway_schema_history");
      assertRefused(s, "CREATE SCHEMA intruder");
    }
  }

  /**
   * Every foreign key leads an index: without one, each delete of the row it refers to scans the
   * referring table (a collaborative with 20,000 events took 49 s to delete before V21).
   */
  @Test
  void everyForeignKeyHasAnIndex(Portal portal) throws Exception {
    assertThat(
            TestDatabase.queryString(
                "SELECT coalesce(string_agg(c.conrelid::regclass || '.' || a.attname, ', '), '')"
                    + " FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid"
                    + " AND a.attnum = c.conkey[1] WHERE c.contype = 'f' AND NOT EXISTS"
                    + " (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid"
                    + " AND i.indkey[0] = c.conkey[1])"))
        .as("foreign keys without an index")
        .isEmpty();
  }

  @Test
  void everyConnectionOfTheRunningPortalUsesThatRole(Portal portal) throws Exception {
    portal.get("/collaboratives");
    try (Connection app = TestDatabase.connect();
        Statement s = app.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT usename FROM pg_stat_activity WHERE application_name = 'convene'")) {
      List<String> roles = new ArrayList<>();
      while (rs.next()) {
        roles.add(rs.getString(1));
      }
      assertThat(roles).containsExactly(System.getenv("DB_USER"));
    }
  }

  private static void assertRefused(Statement s, String sql) {
    assertThatThrownBy(() -> s.execute(sql))
        .isInstanceOf(SQLException.class)
        .satisfies(
            e ->
                assertThat(((SQLException) e).getSQLState())
                    .as(sql)
                    .isEqualTo("42501")); // insufficient_privilege
  }

  private static String single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
