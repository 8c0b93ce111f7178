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

  public static String url() {
    return require("DB_URL");
  }

  public static String host() {
    return jdbcUri().getHost();
  }

  public static int port() {
    int port = jdbcUri().getPort();
    return port < 0 ? 5432 : port;
  }

  /** The same database reached through another host and port (a {@link DatabaseLink}). */
  public static String urlVia(String host, int port) {
    URI uri = jdbcUri();
    return "jdbc:postgresql://"
        + host
        + ":"
        + port
        + uri.getRawPath()
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), require("DB_USER"), require("DB_PASSWORD"));
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

  private static URI jdbcUri() {
    return URI.create(url().substring("jdbc:".length()));
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
