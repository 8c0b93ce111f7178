package org.convene.cache;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.convene.persistence.Tables;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens to PostgreSQL's notices of committed writes ({@code convene_changes:<schema>}, sent by
 * the triggers afterMigrate.sql puts on every table) and passes the tables to the {@link
 * PageCache}. This covers what the instance's own transactions do not tell it: other instances of a
 * cluster, scheduled work, a change made with psql.
 *
 * <p>Its own connection, outside the pool. While it is connected and answering, the cache is
 * {@linkplain PageCache#confirmed() confirmed}; when it is lost, nothing is confirmed any more (the
 * cache serves what it holds for a bounded time) and, once back, everything held is dropped: the
 * notices sent meanwhile are gone.
 */
@ApplicationScoped
public class ChangeFeed {

  /**
   * The channel's name before the schema's: a portal hears only the writes to its own schema, so
   * portals sharing one database in different schemas (the test suite's) never empty each other's
   * caches.
   */
  static final String CHANNEL = "convene_changes:";

  /** The listening connection's application name before the schema's (the tests count them). */
  static final String APPLICATION = "convene-change-feed:";

  /**
   * A notice that names no table: a caller waiting until every earlier change has been seen. Each
   * instance answers it on {@link #SYNCED} with the same token once it has taken in every notice
   * before it (the tests use it after writing to the database directly).
   */
  static final String SYNC = "sync:";

  static final String SYNCED = "convene_synced";

  private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());
  private static final int WAIT_MILLIS = 1_000;
  private static final long PING_MILLIS = 5_000;
  private static final long RETRY_MILLIS = 1_000;

  @Inject private PageCache cache;

  @Resource private ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "db.url")
  private String url;

  @Inject
  @ConfigProperty(name = "db.user")
  private String user;

  @Inject
  @ConfigProperty(name = "db.password")
  private String password;

  private volatile boolean running;
  private Thread listener;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ready) {
    running = true;
    listener = threads.newThread(this::listen);
    listener.setName("convene-change-feed");
    listener.setDaemon(true);
    listener.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    if (listener != null) {
      listener.interrupt();
    }
  }

  private void listen() {
    boolean reported = false;
    while (running) {
      try (Connection connection = connect()) {
        Tables.know(tables(connection));
        String schema = currentSchema(connection);
        connection.setClientInfo("ApplicationName", APPLICATION + schema);
        try (Statement s = connection.createStatement()) {
          s.execute("LISTEN \"" + (CHANNEL + schema).replace("\"", "\"\"") + "\"");
        }
        // whatever is held was built while nobody listened: it cannot be vouched for
        cache.invalidateAll();
        cache.confirmed();
        if (reported) {
          LOG.info("Change notices received again; the page cache starts afresh");
          reported = false;
        }
        receive(connection);
      } catch (SQLException | RuntimeException e) {
        if (!reported && running) {
          LOG.log(
              Level.WARNING,
              "Change notices lost ({0}); cached pages are served for at most {1} s",
              new Object[] {e.getMessage(), cache.unvalidatedBound().toSeconds()});
          reported = true;
        }
      }
      pause(RETRY_MILLIS);
    }
  }

  private void receive(Connection connection) throws SQLException {
    PGConnection notices = connection.unwrap(PGConnection.class);
    Set<String> schema = tables(connection);
    long pinged = System.currentTimeMillis();
    while (running) {
      PGNotification[] arrived = notices.getNotifications(WAIT_MILLIS);
      if (arrived != null && arrived.length > 0) {
        Set<String> tables = new HashSet<>();
        String sync = null;
        for (PGNotification notice : arrived) {
          String payload = notice.getParameter();
          if (payload.startsWith(SYNC)) {
            sync = payload.substring(SYNC.length());
          } else {
            tables.add(payload);
          }
        }
        if (!tables.isEmpty()) {
          cache.invalidate(tables);
        }
        if (sync != null) {
          // every change committed before the sync notice has been taken in: say so
          try (PreparedStatement ack = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            ack.setString(1, SYNCED);
            ack.setString(2, sync);
            ack.execute();
          }
        }
      }
      if (System.currentTimeMillis() - pinged > PING_MILLIS) {
        // a connection that no longer answers is found out, not only a closed one
        try (Statement s = connection.createStatement()) {
          s.setQueryTimeout(5);
          s.execute("SELECT 1");
        }
        Set<String> now = tables(connection);
        if (!now.equals(schema)) {
          // a table appeared (the schema was migrated meanwhile): pages built before did not
          // know to name it
          Tables.know(now);
          cache.invalidateAll();
          schema = now;
        }
        pinged = System.currentTimeMillis();
      }
      cache.confirmed();
    }
  }

  private Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "3");
    properties.setProperty("socketTimeout", "15");
    properties.setProperty("ApplicationName", APPLICATION);
    Connection connection = new org.postgresql.Driver().connect(url, properties);
    if (connection == null) {
      throw new SQLException("Not a PostgreSQL address: " + url);
    }
    return connection;
  }

  private static String currentSchema(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet row = s.executeQuery("SELECT current_schema()")) {
      row.next();
      return row.getString(1);
    }
  }

  private static Set<String> tables(Connection connection) throws SQLException {
    Set<String> tables = new HashSet<>();
    try (Statement s = connection.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  private void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
