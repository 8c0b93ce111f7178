package org.convene.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: the schema has been migrated, PostgreSQL answers now, and none of the portal's
 * statements has been stuck behind a lock for more than {@value #STALL_SECONDS} s. Either failing
 * reports DOWN with the reason, so a load balancer stops sending traffic to an instance that would
 * only show error pages (Payara Micro says "ready" even when the deployment could not migrate).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  /**
   * Pages hang when the portal's statements wait on a lock someone holds (until lock_timeout fails
   * them): an instance in that state is not ready, although PostgreSQL itself answers.
   */
  static final int STALL_SECONDS = 2;

  private static final String STALLED =
      "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
          + " AND application_name = 'convene' AND state = 'active' AND wait_event_type = 'Lock'"
          + " AND query_start < now() - interval '"
          + STALL_SECONDS
          + " seconds'";

  @Resource(lookup = DatabaseMigrator.DATASOURCE)
  private DataSource dataSource;

  @EJB private DatabaseMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    SchemaStatus schema = migrator.status();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("database")
            .withData("schema", schema.detail())
            .withData("migrated", schema.migrated());
    String connection = probeConnection();
    response.withData("connection", connection);
    return response.status(schema.migrated() && "ok".equals(connection)).build();
  }

  private String probeConnection() {
    try (Connection c = dataSource.getConnection()) {
      if (!c.isValid(VALIDATION_TIMEOUT_SECONDS)) {
        return "not valid";
      }
      try (PreparedStatement q = c.prepareStatement(STALLED)) {
        q.setQueryTimeout(VALIDATION_TIMEOUT_SECONDS);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          long stalled = rs.getLong(1);
          return stalled == 0
              ? "ok"
              : stalled
                  + " of the portal's statements have waited on locks for over "
                  + STALL_SECONDS
                  + " s";
        }
      }
    } catch (SQLException | RuntimeException e) {
      return SchemaStatus.describe(e);
    }
  }
}
