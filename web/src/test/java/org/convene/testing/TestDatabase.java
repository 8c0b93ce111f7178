package org.convene.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The integration tests' own database (never the demo one): its address comes from the same DB_URL
 * / DB_USER / DB_PASSWORD variables the portal reads, set by Failsafe. Tests create the rows they
 * need with unique slugs, so they neither depend on nor disturb each other.
 */
public final class TestDatabase {

  private TestDatabase() {}

  /** The password {@link #createAccount} is given in the tests that sign in. */
  public static final String PASSWORD = "correct horse battery staple";

  /**
   * The schema {@link #inSchema} put this thread's connections in (null: the database's default):
   * per thread, as a test class with a schema of its own runs beside the others (see {@code
   * junit-platform.properties}).
   */
  private static final ThreadLocal<String> SCHEMA = new ThreadLocal<>();

  /**
   * Until the returned handle is closed, every connection of this class ({@link #connect()}, {@link
   * #connectAsOwner()} and the helpers on them) is in {@code name}: a test class with a portal and
   * data of its own there drops the schema at the end instead of deleting its rows (ScaleIT:
   * deleting two thousand collaboratives row by row, cascades and search entries included, took 46
   * s).
   */
  public static AutoCloseable inSchema(String name) {
    SCHEMA.set(name);
    return SCHEMA::remove;
  }

  public static String url() {
    String url = require("DB_URL");
    String in = SCHEMA.get();
    return in == null ? url : url + (url.contains("?") ? "&" : "?") + "currentSchema=" + in;
  }

  public static String host() {
    return jdbcUri().getHost();
  }

  public static int port() {
    int port = jdbcUri().getPort();
    return port < 0 ? 5432 : port;
  }

  /**
   * The same database reached through another host and port (a {@link DatabaseLink}), without TLS
   * so the link can read the protocol (loopback only).
   */
  public static String urlVia(String host, int port) {
    URI uri = jdbcUri();
    String query = uri.getRawQuery() == null ? "" : "&" + uri.getRawQuery();
    return "jdbc:postgresql://" + host + ":" + port + uri.getRawPath() + "?sslmode=disable" + query;
  }

  /**
   * A connection as the application's role. A test's write reaches the running portals' page caches
   * through PostgreSQL's change notices, which arrive a moment after the commit: closing a
   * connection that wrote waits until every running portal has seen them ({@link
   * Portal#awaitChangesSeen()}), so the test's next request sees what it wrote.
   */
  public static Connection connect() throws SQLException {
    Connection real =
        DriverManager.getConnection(url(), require("DB_USER"), require("DB_PASSWORD"));
    boolean[] wrote = {false};
    return (Connection)
        java.lang.reflect.Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, arguments) -> {
              String name = method.getName();
              if (name.equals("createStatement")
                  || (name.startsWith("prepare")
                      && arguments != null
                      && arguments[0] instanceof String sql
                      && WRITES.matcher(sql).find())) {
                wrote[0] = true;
              }
              if (name.equals("close") && wrote[0] && !real.isClosed() && real.getAutoCommit()) {
                // everything it wrote is committed: its own notice follows it
                wrote[0] = false;
                Portal.awaitChangesSeen(real);
              }
              Object result;
              try {
                result = method.invoke(real, arguments);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
              if (name.equals("close") && wrote[0]) {
                wrote[0] = false;
                Portal.awaitChangesSeen();
              }
              return result;
            });
  }

  /**
   * Every table of this thread's schema announced as changed, as PostgreSQL does after a commit,
   * and seen by every portal running on that schema: the next render keeps nothing from earlier
   * ones — no page, no read kept between renders ({@code ReadCache}) — and so runs every statement
   * the page needs.
   */
  public static void nothingKept() {
    // a statement from connect() counts as a write: closing waits until the portals saw it
    try (Connection c = connect();
        java.sql.Statement notify = c.createStatement()) {
      notify.execute(
          "SELECT count(pg_notify('convene_changes:' || schemaname, tablename)) FROM pg_tables"
              + " WHERE schemaname = current_schema()");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final java.util.regex.Pattern WRITES =
      java.util.regex.Pattern.compile("(?i)\\b(insert|update|delete|truncate|alter)\\b");

  /**
   * A connection as the schema's owner (DDL in tests: schemas of their own); the portal and {@link
   * #connect()} use the application's role, which owns nothing.
   */
  public static Connection connectAsOwner() throws SQLException {
    return DriverManager.getConnection(
        url(), require("DB_OWNER_USER"), require("DB_OWNER_PASSWORD"));
  }

  /** A slug no other test uses: {@code prefix-xxxxxxxx}. */
  public static String uniqueSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Makes sure the network row exists (the portal migrates the schema at start-up, so call this
   * once the portal is ready). Returns the network's name.
   */
  public static String ensureNetwork() throws SQLException {
    try (Connection c = connect()) {
      try (PreparedStatement q =
              c.prepareStatement("SELECT name FROM network ORDER BY id LIMIT 1");
          ResultSet rs = q.executeQuery()) {
        if (rs.next()) {
          return rs.getString(1);
        }
      }
      String name = "Test Network for Regional Improvement";
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO network (name, short_name, tagline, about) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, name);
        insert.setString(2, "TNRI");
        insert.setString(3, "A network made by the integration tests");
        insert.setString(4, "Rows in this database are created by tests.");
        insert.executeUpdate();
      }
      return name;
    }
  }

  /** Inserts a collaborative and returns its slug. */
  public static String insertCollaborative(String slug, String name, String shortName)
      throws SQLException {
    try (Connection c = connect();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO collaborative (slug, name, short_name, tagline, region, website)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, slug);
      insert.setString(2, name);
      insert.setString(3, shortName);
      insert.setString(4, "Tagline of " + name);
      insert.setString(5, "Test region");
      insert.setString(6, "https://example.org/" + slug);
      insert.executeUpdate();
      return slug;
    }
  }

  /** Sets a collaborative's colours (lower-case #rrggbb). */
  public static void setColours(String slug, String primary, String accent) throws SQLException {
    update(
        "UPDATE collaborative SET primary_colour = ?, accent_colour = ? WHERE slug = ?",
        primary,
        accent,
        slug);
  }

  public static void mapHost(String slug, String host) throws SQLException {
    update("UPDATE collaborative SET host_name = ? WHERE slug = ?", host, slug);
  }

  public static void suspend(String slug) throws SQLException {
    update("UPDATE collaborative SET status = 'SUSPENDED' WHERE slug = ?", slug);
  }

  public static void addStates(String slug, String... codes) throws SQLException {
    for (String code : codes) {
      update(
          "INSERT INTO collaborative_state (collaborative_id, state)"
              + " SELECT id, ? FROM collaborative WHERE slug = ?",
          code,
          slug);
    }
  }

  public static void addRedirect(String oldSlug, String slug) throws SQLException {
    update(
        "INSERT INTO slug_redirect (old_slug, collaborative_id, created_at)"
            + " SELECT ?, id, now() FROM collaborative WHERE slug = ?",
        oldSlug,
        slug);
  }

  /**
   * A new collaborative ({@code prefix-xxxxxxxx}) and an editor of it, {@code
   * editor-<slug>@example.org} with {@link #PASSWORD}; returns the editor's e-mail.
   */
  public static String newEditor(String prefix) throws Exception {
    ensureNetwork();
    String slug = insertCollaborative(uniqueSlug(prefix), "Test Collaborative " + prefix, "TC");
    String email = "editor-" + slug + "@example.org";
    createAccount(email, "Test Editor", PASSWORD, false);
    grantEditor(email, slug);
    return email;
  }

  /** Stores a PNG as the collaborative's current logo; returns its SHA-256 (hex). */
  public static String setPngLogo(String slug, byte[] png) throws Exception {
    String sha256 = org.convene.platform.Digests.sha256Hex(png);
    try (Connection c = connect();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO logo (collaborative_id, format, sha256, content, uploaded_at)"
                    + " SELECT id, 'PNG', ?, ?, now() FROM collaborative WHERE slug = ?")) {
      insert.setString(1, sha256);
      insert.setBytes(2, png);
      insert.setString(3, slug);
      insert.executeUpdate();
    }
    update(
        "UPDATE collaborative SET logo_sha256 = ?, logo_format = 'PNG' WHERE slug = ?",
        sha256,
        slug);
    return sha256;
  }

  /** Slugs of the first {@code limit} active collaboratives, in the order pages list them. */
  public static java.util.List<String> firstActiveSlugs(int limit) throws SQLException {
    java.util.List<String> slugs = new java.util.ArrayList<>();
    try (Connection c = connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT slug FROM collaborative WHERE status = 'ACTIVE'"
                    + " ORDER BY lower(name), id LIMIT ?")) {
      q.setInt(1, limit);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          slugs.add(rs.getString(1));
        }
      }
    }
    return slugs;
  }

  public static long countActive() throws SQLException {
    try (Connection c = connect();
        PreparedStatement q =
            c.prepareStatement("SELECT count(*) FROM collaborative WHERE status = 'ACTIVE'");
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Creates an active account with a known password; returns its id. */
  public static long createAccount(String email, String name, String password, boolean admin)
      throws Exception {
    try (Connection c = connect();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO account (email, display_name, password_hash, administrator, status,"
                    + " created_at) VALUES (?, ?, ?, ?, 'ACTIVE', now()) RETURNING id")) {
      insert.setString(1, email);
      insert.setString(2, name);
      insert.setString(3, org.convene.account.CreateAdministrator.hash(password));
      insert.setBoolean(4, admin);
      try (ResultSet rs = insert.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  public static void grantEditor(String email, String slug) throws SQLException {
    update(
        "INSERT INTO membership (account_id, collaborative_id, role, created_at)"
            + " SELECT a.id, c.id, 'EDITOR', now() FROM account a, collaborative c"
            + " WHERE a.email = ? AND c.slug = ?",
        email,
        slug);
  }

  /** A single value from the test database. */
  public static String queryString(String sql, Object... parameters) throws SQLException {
    try (Connection c = connect();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        q.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The first column of every row of a parameterised query, in order. */
  public static java.util.List<String> strings(String sql, Object... parameters)
      throws SQLException {
    try (Connection c = connect();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        q.setObject(i + 1, parameters[i]);
      }
      java.util.List<String> rows = new java.util.ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
      return rows;
    }
  }

  /** Runs one parameterised statement on the test database. */
  public static int update(String sql, Object... parameters) throws SQLException {
    try (Connection c = connect();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  private static URI jdbcUri() {
    return URI.create(require("DB_URL").substring("jdbc:".length()));
  }

  static String require(String variable) {
    String value = System.getenv(variable);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          variable + " is not set: run the integration tests through './convene test'");
    }
    return value;
  }
}
