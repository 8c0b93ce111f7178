package org.convene.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: the schema has been migrated and PostgreSQL answers now. Either failing reports DOWN
 * with the reason, so a load balancer stops sending traffic to an instance that would only show
 * error pages (Payara Micro says "ready" even when the deployment could not migrate).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

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
      return c.isValid(VALIDATION_TIMEOUT_SECONDS) ? "ok" : "not valid";
    } catch (SQLException | RuntimeException e) {
      return SchemaStatus.describe(e);
    }
  }
}
