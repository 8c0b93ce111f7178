package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.convene.testing.Portal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A portal that cannot reach or migrate its database at start-up must say DOWN, never "ready" with
 * nothing behind it. Each test boots a Payara Micro of its own.
 */
@Execution(ExecutionMode.CONCURRENT) // beside the other classes: its portals and schema are its own
class StartupWithoutDatabaseIT {

  private final String schema = "startup_" + Long.toHexString(System.nanoTime());

  @Test
  @Execution(ExecutionMode.SAME_THREAD) // one portal at a time
  void databaseUnreachableAtBootMeansNotReady() throws Exception {
    // Payara's JPA deployer opens a connection while deploying, so with PostgreSQL down the
    // deployment itself fails; Micro then answers DOWN rather than serving an empty shell.
    try (Portal portal = Portal.launchToBoot(Portal.war(), null, true)) {
      portal.awaitBooted();
      HttpResponse<String> ready = portal.get("/health/ready");

      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("\"status\":\"DOWN\"");
      assertThat(portal.get("/").statusCode()).isNotEqualTo(200);
    }
  }

  @Test
  @Execution(ExecutionMode.SAME_THREAD) // one portal at a time
  void failedMigrationMeansNotReadyWithTheReasonAndRecoversOnceFixed() throws Exception {
    try (Connection c = TestDatabase.connectAsOwner();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
      // A table Flyway did not create: it must refuse to migrate this schema.
      s.execute("CREATE TABLE " + schema + ".stray (id int)");
    }

    try (Portal portal = Portal.launchToBoot(Portal.war(), schema, false)) {
      portal.awaitBooted();
      awaitSchemaDetail(portal, "non-empty schema");
      HttpResponse<String> ready = portal.get("/health/ready");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("\"migrated\":\"false\"").contains("\"connection\":\"ok\"");

      try (Connection c = TestDatabase.connectAsOwner();
          Statement s = c.createStatement()) {
        s.execute("DROP TABLE " + schema + ".stray");
      }
      portal.awaitReady(Duration.ofSeconds(60));
      assertThat(portal.get("/health/ready").body()).contains("\"migrated\":\"true\"");
    }
  }

  private static void awaitSchemaDetail(Portal portal, String expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body = portal.get("/health/ready").body();
      if (body.toLowerCase().contains(expected)) {
        return;
      }
      Thread.sleep(500);
    }
    assertThat(body.toLowerCase()).contains(expected);
  }

  @AfterEach
  void dropSchema() throws Exception {
    try (Connection c = TestDatabase.connectAsOwner();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
