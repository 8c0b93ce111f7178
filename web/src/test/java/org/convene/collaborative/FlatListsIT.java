package org.convene.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.testing.Portal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Public lists stay flat as the network grows: with 40,000 events and 25,000 news items, showing
 * the network home, the events list and month, a collaborative's pages, a topic, the directory, the
 * read API and the feeds reads no whole events or news table — every list walks an index to the
 * page it shows (issue 15, "Flat as the network grows"). Statement counts cannot show this (the
 * statements are the same; what they read is not), so PostgreSQL's own per-table counters are read:
 * the portal runs in a schema of its own, so its tables' counters are its own, and its timers are
 * quiet.
 */
@Execution(ExecutionMode.CONCURRENT) // beside the other classes (its schema and portal its own)
class FlatListsIT {

  private static final int EVENTS = 40_000;
  private static final int NEWS = 25_000;
  private static final int COLLABORATIVES = 40;

  private static final List<String> TABLES =
      List.of("collaborative", "topic", "event", "event_topic", "news_item");

  private static final String SCHEMA = "flat_" + Long.toHexString(System.nanoTime());
  private static Portal portal;

  private static AutoCloseable inSchema;

  @BeforeAll
  static void portalInASchemaOfItsOwn() throws Exception {
    try (Connection c = TestDatabase.connectAsOwner();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + SCHEMA);
    }
    inSchema = TestDatabase.inSchema(SCHEMA);
    portal =
        Portal.launch(
            Portal.war(),
            SCHEMA,
            false,
            Map.of(
                "CONVENE_MAIL_OUTBOX_INTERVAL_SECONDS", "0",
                "CONVENE_REMINDERS_INTERVAL_SECONDS", "86400"));
    portal.awaitReady(Duration.ofMinutes(3));
  }

  @AfterAll
  static void dropIt() throws Exception {
    if (portal != null) {
      portal.close();
    }
    if (inSchema != null) {
      inSchema.close();
    }
    try (Connection c = TestDatabase.connectAsOwner();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  @Test
  void publicListsReadNoWholeTableOfEventsOrNews() throws Exception {
    generate();

    String[] pages = {
      "/",
      "/events",
      "/events?page=40",
      "/events?view=month",
      "/events?collaborative=flat-7",
      "/collaboratives",
      "/c/flat-7",
      "/c/flat-7/events",
      "/c/flat-7/news",
      "/topics/flat-topic",
      "/feeds/news.atom",
      "/feeds/events.atom",
      "/events.ics"
    };
    String[] api = {"/api/v1/events", "/api/v1/news", "/api/v1/news?page=30"};
    for (String page : concat(pages, api)) {
      assertThat(portal.get(page).statusCode()).as(page).isEqualTo(200); // warm
    }
    Map<String, long[]> start = counters();
    Map<String, long[]> pagesDone = fetchRendered(pages);
    Map<String, Long> scanned = scanned(start, pagesDone, "flat-lists-pages.txt");
    assertThat(scanned.get("event")).as("rows of event read by whole-table scans").isZero();
    assertThat(scanned.get("news_item")).as("rows of news_item read by whole-table scans").isZero();
    assertThat(scanned.get("event_topic")).as("rows of event_topic read by scans").isZero();

    // The read API's lists give their total: counting every published news item is the one whole
    // read allowed (PostgreSQL may count from the table or from the index, whichever is cheaper)
    // — one per request, never more; events count only those to come, from the index.
    Map<String, long[]> apiDone = fetchRendered(api);
    Map<String, Long> read = scanned(pagesDone, apiDone, "flat-lists-api.txt");
    assertThat(read.get("event")).as("rows of event read by whole-table scans (API)").isZero();
    assertThat(read.get("news_item"))
        .as("rows of news_item read by whole-table scans (API)")
        .isLessThanOrEqualTo(3L * 2 * NEWS);

    // A list of events to come walks the start-time index from a month back (an event lasts at
    // most 31 days): the ≈840 events that began in the last month and have ended are passed over
    // in the index alone, and only the page's own events are read from the table.
    String[] lists = {
      "/events",
      "/events?page=40",
      "/events?format=ONLINE",
      "/api/v1/events",
      "/api/v1/events?page=9"
    };
    Map<String, long[]> listsDone = fetchRendered(lists);
    Map<String, Long> fetched = fetched(apiDone, listsDone, "flat-lists-fetched.txt");
    assertThat(fetched.get("event"))
        .as("rows of event read from the table by the events lists (3 rounds of 5 pages)")
        .isLessThanOrEqualTo(3L * lists.length * 200);

    // and the pages show what they should
    assertThat(portal.get("/").body()).contains("Flat event").contains("Flat news");
    assertThat(portal.get("/events").body()).contains("Flat event");
    assertThat(portal.get("/c/flat-7/events").body()).contains("Flat event");
  }

  private static String[] concat(String[] first, String[] second) {
    return java.util.stream.Stream.concat(
            java.util.Arrays.stream(first), java.util.Arrays.stream(second))
        .toArray(String[]::new);
  }

  /**
   * Fetches every page three times, each rendered (not answered from the page cache) with no read
   * kept from before, and returns the scan counters after.
   */
  private static Map<String, long[]> fetchRendered(String[] pages) throws Exception {
    for (int i = 0; i < 3; i++) {
      for (String page : pages) {
        TestDatabase.nothingKept();
        assertThat(portal.get(page, "Cache-Control", "no-cache").statusCode())
            .as(page)
            .isEqualTo(200);
      }
    }
    return counters();
  }

  /** Rows of each table read by whole-table scans between two readings of the counters. */
  private static Map<String, Long> scanned(
      Map<String, long[]> before, Map<String, long[]> after, String file) throws Exception {
    return change(before, after, file, 1);
  }

  /**
   * Rows of each table read from the table itself by index scans (not whole-table scans, not those
   * answered from an index alone) between two readings of the counters.
   */
  private static Map<String, Long> fetched(
      Map<String, long[]> before, Map<String, long[]> after, String file) throws Exception {
    return change(before, after, file, 2);
  }

  /**
   * One counter's change per table between two readings; every counter's change also goes to {@code
   * file} in the temporary directory.
   */
  private static Map<String, Long> change(
      Map<String, long[]> before, Map<String, long[]> after, String file, int counter)
      throws Exception {
    Map<String, Long> changed = new LinkedHashMap<>();
    StringBuilder report =
        new StringBuilder("table\tseq scans\trows read by them\trows fetched by index scans\n");
    after.forEach(
        (table, now) -> {
          long[] then = before.getOrDefault(table, new long[3]);
          changed.put(table, now[counter] - then[counter]);
          report.append(table);
          for (int i = 0; i < 3; i++) {
            report.append('\t').append(now[i] - then[i]);
          }
          report.append('\n');
        });
    Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), file), report);
    return changed;
  }

  /**
   * 40 collaboratives, 40,000 events over four years (half to come) on 20 topics, 25,000 news
   * items.
   */
  private static void generate() throws Exception {
    try (Connection c = TestDatabase.connectAsOwner();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO network (name, short_name, tagline, about) VALUES ('Flat Network', 'FN',"
              + " 'Large', 'Generated by FlatListsIT.')");
      s.execute(
          "INSERT INTO collaborative (slug, name, short_name) SELECT 'flat-' || g,"
              + " 'Flat Collaborative ' || g, 'FC' || g FROM generate_series(1, "
              + COLLABORATIVES
              + ") g");
      s.execute(
          "INSERT INTO topic (slug, name, created_at) SELECT 'flat-topic' || CASE WHEN g = 1 THEN ''"
              + " ELSE '-' || g END, 'Flat topic ' || g, now() FROM generate_series(1, 20) g");
      // without the search index's triggers (a row at a time, minutes for this many): the pages
      // measured here do not search
      for (String table : TABLES) {
        s.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
      }
      s.execute(
          "INSERT INTO event (collaborative_id, slug, title, starts_at, ends_at, zone_id, format,"
              + " capacity, registration_open, status, published_at, created_at, updated_at)"
              + " SELECT c.id, 'flat-' || g, 'Flat event ' || g,"
              + " now() + (g - "
              + EVENTS / 2
              + ") * interval '53 minutes', now() + (g - "
              + EVENTS / 2
              + ") * interval '53 minutes' + interval '1 hour', 'America/Chicago', 'ONLINE', 50,"
              + " TRUE, 'SCHEDULED', now() - interval '1500 days', now(), now()"
              + " FROM generate_series(1, "
              + EVENTS
              + ") g JOIN collaborative c ON c.slug = 'flat-' || (1 + g % "
              + COLLABORATIVES
              + ")");
      s.execute(
          "INSERT INTO event_topic (event_id, topic_id) SELECT e.id, t.id FROM event e JOIN topic t"
              + " ON t.slug = 'flat-topic' || CASE WHEN e.id % 20 = 0 THEN '' ELSE '-' || (1 + e.id"
              + " % 20) END");
      s.execute(
          "INSERT INTO news_item (collaborative_id, slug, kind, title, summary, dated,"
              + " published_at, created_at, updated_at) SELECT c.id, 'flat-' || g, 'POST',"
              + " 'Flat news ' || g, 'Summary.', current_date - g / 20, now() - g * interval"
              + " '1 hour', now(), now() FROM generate_series(1, "
              + NEWS
              + ") g JOIN collaborative c ON c.slug = 'flat-' || (1 + g % "
              + COLLABORATIVES
              + ")");
      for (String table : TABLES) {
        s.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
        // as autovacuum leaves a table in use: statistics, and the visibility map that lets a
        // count be answered from an index alone
        s.execute("VACUUM ANALYZE " + table);
      }
    }
  }

  /**
   * Each table's whole-table scans and the rows they read so far. PostgreSQL's backends report
   * their counts when idle, at most once a second and at the latest after 10 s: read after 11 s.
   */
  private static Map<String, long[]> counters() throws Exception {
    Thread.sleep(11_000);
    Map<String, long[]> counters = new LinkedHashMap<>();
    try (Connection c = TestDatabase.connectAsOwner();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT relname, seq_scan, seq_tup_read, idx_tup_fetch FROM pg_stat_user_tables"
                    + " WHERE schemaname = ? ORDER BY relname")) {
      q.setString(1, SCHEMA);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          counters.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        }
      }
    }
    return counters;
  }
}
