package org.convene.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.convene.account.AccountService;
import org.convene.demo.DemoDataLoader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Declares Convene's datasource and brings the schema up to date with Flyway at start-up.
 *
 * <p>A failed migration or an unreachable database does not fail the deployment (Payara Micro would
 * then log "ready" and serve nothing): the failure is recorded for the readiness check, which
 * reports DOWN with the reason, and the migration is retried (first after {@value
 * #FIRST_RETRY_MILLIS} ms, backing off to every {@value #MAX_RETRY_MILLIS} ms) until it succeeds.
 * Once migrated, demo data is loaded if configured.
 *
 * <p>A database that is unreachable while the application deploys is another case: Payara's JPA
 * deployer opens a connection during deployment, the deployment fails, and Payara's own readiness
 * check reports DOWN ("No Application deployed").
 */
@DataSourceDefinition(
    name = DatabaseMigrator.DATASOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    initialPoolSize = 0,
    minPoolSize = 0,
    maxPoolSize = 32,
    properties = {
      // Connections broken by a database restart are detected and replaced, so the
      // portal recovers on its own when PostgreSQL comes back.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true",
      // Validate a pooled connection at most every 10 s, not on every checkout: saves a round
      // trip per transaction; a restarted database is still noticed within seconds.
      "fish.payara.validate-atmost-once-period-in-seconds=10",
      // A burst (a hundred sign-ups for one event at the same instant) queues on the event's row
      // with every connection in use: a request waits up to 15 s for one (the statement timeout)
      // before it is told "busy, try again" (ErrorCause) — 5 s failed sign-ups a cold instance
      // would have finished (RegistrationConcurrencyIT).
      "fish.payara.max-wait-time-in-millis=15000",
      "connectTimeout=3",
      "socketTimeout=60",
      "ApplicationName=convene",
      // No statement waits forever: a held lock fails a page after 5 s (a friendly 503), a runaway
      // query after 15 s, instead of hanging requests and exhausting the pool (migrations lift
      // both).
      "options=-c statement_timeout=15000 -c lock_timeout=5000"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseMigrator {

  public static final String DATASOURCE = "java:app/jdbc/convene";
  static final long FIRST_RETRY_MILLIS = 2_000;
  static final long MAX_RETRY_MILLIS = 30_000;
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource private TimerService timers;

  @EJB private DemoDataLoader demoData;
  @EJB private AccountService accounts;

  @Inject
  @ConfigProperty(name = "convene.admin.email", defaultValue = "admin@convene.local")
  private String firstAdministrator;

  @Inject
  @ConfigProperty(name = "convene.demo", defaultValue = "false")
  private boolean demo;

  @Inject
  @ConfigProperty(name = "db.url")
  private String url;

  @Inject
  @ConfigProperty(name = "db.user")
  private String user;

  @Inject
  @ConfigProperty(name = "db.password")
  private String password;

  /** The role that owns the schema and migrates it; empty: the portal's own role does. */
  @Inject
  @ConfigProperty(name = "db.owner.user", defaultValue = " ")
  private String ownerUser;

  @Inject
  @ConfigProperty(name = "db.owner.password", defaultValue = " ")
  private String ownerPassword;

  private volatile SchemaStatus status = SchemaStatus.pending();
  private long retryMillis = FIRST_RETRY_MILLIS;

  @PostConstruct
  void start() {
    migrate();
  }

  @Timeout
  void retry() {
    migrate();
  }

  /** The schema's state as last seen; never blocks on the database. */
  public SchemaStatus status() {
    return status;
  }

  private synchronized void migrate() {
    if (status.migrated()) {
      return;
    }
    try {
      Flyway flyway =
          Flyway.configure(DatabaseMigrator.class.getClassLoader())
              // its own connection as the schema's owner (the portal's pool connects as a role
              // that owns nothing), without the pool's statement timeouts
              .dataSource(
                  url,
                  ownerUser.isBlank() ? user : ownerUser,
                  ownerUser.isBlank() ? password : ownerPassword)
              .placeholders(Map.of("app_role", user))
              .locations("classpath:db/migration")
              .load();
      MigrateResult result = flyway.migrate();
      String version =
          flyway.info().current() == null
              ? "none"
              : flyway.info().current().getVersion().toString();
      LOG.info(
          () ->
              "Database schema at version "
                  + version
                  + " ("
                  + result.migrationsExecuted
                  + " migration(s) applied now)");
      accounts
          .createFirstAdministrator(firstAdministrator)
          .ifPresent(
              password ->
                  LOG.warning(
                      "\n\n  First administrator created: "
                          + firstAdministrator
                          + "\n  Password (shown once, change it after signing in): "
                          + password
                          + "\n"));
      if (demo) {
        demoData.loadIfEmpty();
      }
      status = SchemaStatus.migrated(version);
    } catch (RuntimeException e) {
      status = SchemaStatus.failed(e);
      LOG.log(
          Level.WARNING,
          "Database not ready, retrying in {0} ms: {1}",
          new Object[] {retryMillis, status.detail()});
      timers.createSingleActionTimer(retryMillis, new TimerConfig("schema-migration-retry", false));
      retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
    }
  }
}
