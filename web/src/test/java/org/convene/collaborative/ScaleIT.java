package org.convene.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * With a thousand collaboratives the network home and the directory still render, a page at a time,
 * with the same small number of SQL statements as with a handful. Statements are counted on the
 * wire between the portal and PostgreSQL (see {@code DatabaseLink}); the figures are written to
 * {@code target/scale-statements.txt}.
 */
@Execution(ExecutionMode.CONCURRENT) // beside the other classes; its own tests one at a time
class ScaleIT {

  /**
   * A portal of its own whose timers stay quiet (no mail delivery, reminders once a day), so that
   * what is counted on its database link is the pages' own statements: with the shared portal's
   * 2-second timers, a slow page (a lineage of thousands) caught a timer in try after try.
   */
  private static Portal quiet;

  /**
   * Its data in a schema of its own, dropped at the end: two thousand collaboratives and a hundred
   * thousand rows of each workspace list are quicker dropped than deleted.
   */
  private static final String SCHEMA = "scale_" + Long.toHexString(System.nanoTime());

  private static AutoCloseable inSchema;

  @BeforeAll
  static void startQuietPortal() throws Exception {
    try (java.sql.Connection c = TestDatabase.connectAsOwner();
        java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + SCHEMA);
    }
    inSchema = TestDatabase.inSchema(SCHEMA);
    quiet =
        Portal.launch(
            Portal.war(),
            SCHEMA,
            false,
            Map.of(
                "CONVENE_MAIL_OUTBOX_INTERVAL_SECONDS", "0",
                "CONVENE_REMINDERS_INTERVAL_SECONDS", "86400"));
    quiet.awaitReady(java.time.Duration.ofMinutes(3));
  }

  @AfterAll
  static void stopQuietPortal() throws Exception {
    if (quiet != null) {
      quiet.close();
    }
    if (inSchema != null) {
      inSchema.close();
    }
    try (java.sql.Connection c = TestDatabase.connectAsOwner();
        java.sql.Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  static final int COLLABORATIVES = 1000;

  /** Registrants of one event in the workspace table's test (half of them first). */
  static final int REGISTRANTS = 100_000;

  /**
   * Above any page's own queries, rendered with nothing kept from earlier renders: the busiest, an
   * event page, makes 20 (the mapped host names, read again after the notice that every table
   * changed, the space's collaborative with its states, links and partners, network, topics, the
   * event, its materials, seats taken, key findings with their topics and practices, related items,
   * partners, the transactions' commits, the next scheduled change, …), a practice page 19, the
   * network home 12; a connection check may add one now and then. What matters most is that the
   * count stays the same with twice the data.
   */
  static final int MAX_STATEMENTS = 21;

  /**
   * Above any workspace page's own queries: each service call an editor's page makes is authorised
   * against the account, the collaborative and the membership (three statements), and the busiest
   * pages make three calls — the resource library (its themes, its table, the storage used) 18
   * statements, the events page (two tables) 16.
   */
  static final int MAX_WORKSPACE_STATEMENTS = 20;

  private static final String[] PAGES = {
    "/",
    "/collaboratives",
    "/collaboratives?page=30",
    "/collaboratives?state=MN&page=5",
    "/collaboratives?q=generated"
  };

  private final String run = TestDatabase.uniqueSlug("scale");
  private final ScaleData data = new ScaleData(run);

  @Test
  @Execution(ExecutionMode.SAME_THREAD)
  void homeAndDirectoryCostABoundedNumberOfStatementsWithAThousandCollaboratives()
      throws Exception {
    Portal portal = quiet;
    TestDatabase.ensureNetwork();
    String admin = "scale-admin-" + run + "@example.org";
    TestDatabase.createAccount(admin, "Scale Admin", "a long enough passphrase", true);
    FacesClient signedIn = new FacesClient(portal);
    signedIn.signIn(admin, "a long enough passphrase");

    data.generate(1, COLLABORATIVES);
    // the workspace's tables: the administrators' collaboratives, and an event's registrants
    // (50,000, then 100,000) as its editor sees them
    String owner = run + "-1";
    long event =
        org.convene.testing.EventFixtures.insertEvent(
            owner,
            "Scale registrants",
            java.time.Instant.now().plus(java.time.Duration.ofDays(5)),
            java.time.Duration.ofHours(1),
            "America/Chicago",
            null);
    String editor = "scale-editor-" + run + "@example.org";
    TestDatabase.createAccount(editor, "Scale Editor", "a long enough passphrase", false);
    TestDatabase.grantEditor(editor, owner);
    FacesClient editing = new FacesClient(portal);
    editing.signIn(editor, "a long enough passphrase");
    ScaleData.register(event, 1, REGISTRANTS / 2);
    ScaleData.workspaceRows(owner, 1, REGISTRANTS / 2);
    ScaleData.analyze();
    String[] adminPages = {
      "/admin/index",
      "/admin/index?q=generated",
      "/manage/registrants?event=" + event,
      "/manage/registrants?event=" + event + "&q=person",
      "/manage/news",
      "/admin/accounts",
      "/manage/events",
      "/manage/resources",
      "/manage/presenters",
      "/admin/featuring",
      "/admin/audit?collaborative=" + owner,
      "/manage/check-in?event=" + event,
      "/manage/analytics",
      "/admin/analytics",
      "/admin/privacy"
    };
    Map<String, Long> thousand = measure(portal);
    Map<String, Long> tablesOnce = measure(portal, adminPages, signedIn, editing);
    Map<String, Long> adminThousand = bytesRead(portal, signedIn);
    data.generate(COLLABORATIVES + 1, 2 * COLLABORATIVES);
    ScaleData.register(event, REGISTRANTS / 2 + 1, REGISTRANTS);
    ScaleData.workspaceRows(owner, REGISTRANTS / 2 + 1, REGISTRANTS);
    TestDatabase.update(
        "INSERT INTO news_item (collaborative_id, slug, title, kind, dated, created_at,"
            + " updated_at) SELECT c.id, 'scale-' || g, 'Scale news ' || g, 'POST',"
            + " current_date, now(), now() FROM collaborative c, generate_series(1, 1000) g"
            + " WHERE c.slug = ?",
        owner);
    ScaleData.analyze();
    Map<String, Long> twoThousand = measure(portal);
    Map<String, Long> tablesTwice = measure(portal, adminPages, signedIn, editing);
    Map<String, Long> adminTwoThousand = bytesRead(portal, signedIn);
    assertBoundedAndConstant(
        adminPages,
        tablesOnce,
        tablesTwice,
        "scale-table-statements.txt",
        MAX_WORKSPACE_STATEMENTS);
    assertThat(signedIn.get("/admin/index").body()).contains("1–25 of ");
    assertThat(editing.get("/manage/registrants?event=" + event).body())
        .contains("1–25 of " + REGISTRANTS);
    assertThat(editing.get("/manage/events").body()).contains("1–25 of " + (REGISTRANTS + 1));
    assertThat(editing.get("/manage/presenters").body()).contains("1–25 of " + REGISTRANTS);
    assertThat(signedIn.get("/admin/audit?collaborative=" + owner).body())
        .contains("1–25 of " + REGISTRANTS);

    // A signed-in administrator's public pages read the same data however many collaboratives
    // exist (the list of all of them is for workspace pages only).
    for (String page : new String[] {"/", "/collaboratives"}) {
      assertThat(adminTwoThousand.get(page))
          .as("bytes read from PostgreSQL for " + page + " as administrator")
          .isLessThan(adminThousand.get(page) * 3 / 2);
    }

    assertBoundedAndConstant(PAGES, thousand, twoThousand, "scale-statements.txt");

    HttpResponse<String> page30 = portal.get("/collaboratives?page=30");
    assertThat(page30.body()).contains("Page 30 of ");
    assertThat(org.convene.testing.Html.cardSlugs(page30.body())).hasSize(24);
    assertThat(org.convene.testing.Html.cardSlugs(portal.get("/").body())).hasSize(12);
  }

  /** Bytes read from PostgreSQL for each page, fetched by {@code client}. */
  private static Map<String, Long> bytesRead(Portal portal, FacesClient client) {
    Map<String, Long> bytes = new LinkedHashMap<>();
    for (String page : new String[] {"/", "/collaboratives"}) {
      client.get(page);
      // the fewest of five: the portal's timers (every 2 s here) read too, and under the full
      // suite's load a page can take long enough for one to fall inside three windows running
      long fewest = Long.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        long start = portal.databaseLink().bytesFromDatabase();
        assertThat(client.get(page).statusCode()).isEqualTo(200);
        fewest = Math.min(fewest, portal.databaseLink().bytesFromDatabase() - start);
      }
      bytes.put(page, fewest);
    }
    return bytes;
  }

  @Test
  @Execution(ExecutionMode.SAME_THREAD)
  void eventPagesCostABoundedNumberOfStatementsWithThousandsOfEvents() throws Exception {
    Portal portal = quiet;
    TestDatabase.ensureNetwork();
    data.generate(1, 20);
    String host = run + "-1";
    TestDatabase.update(
        "INSERT INTO topic (slug, name, created_at) VALUES (? || '-topic', 'Scale topic', now())",
        run);
    // a running campaign every generated collaborative joined, with all its events and practices
    TestDatabase.update(
        "INSERT INTO campaign (slug, name, topic_id, starts_on, ends_on, published_at, created_at,"
            + " updated_at) SELECT ? || '-month', 'Scale month', t.id, current_date - 1,"
            + " current_date + 30, now(), now(), now() FROM topic t WHERE t.slug = ? || '-topic'",
        run,
        run);
    TestDatabase.update(
        "INSERT INTO campaign_member (campaign_id, collaborative_id, joined_at) SELECT k.id, c.id,"
            + " now() FROM campaign k, collaborative c WHERE k.slug = ? || '-month'"
            + " AND c.slug LIKE ? || '-%'",
        run, run);
    data.generateEvents(1, 1000);
    data.generateKnowledge(1, 1000);
    data.tagEvents();
    String event =
        TestDatabase.queryString(
            "SELECT e.id FROM event e JOIN collaborative c ON c.id = e.collaborative_id"
                + " WHERE c.slug = ? AND e.starts_at > now() ORDER BY e.starts_at LIMIT 1",
            host);
    String[] pages = {
      "/events",
      "/events?page=3",
      "/events?collaborative=" + host + "&from=2020-01-01",
      "/events?view=month",
      "/events?view=month&topic=" + run + "-topic&format=ONLINE",
      "/events?topic=" + run + "-topic",
      "/events.ics?topic=" + run + "-topic&collaborative=" + host,
      "/c/" + host,
      "/c/" + host + "/events",
      "/c/" + host + "/events/" + event,
      "/c/" + host + "/practices?page=2",
      "/c/" + host + "/practices/generated-20",
      "/api/v1/events",
      "/api/v1/events/" + event,
      "/api/v1/events?topic=" + run + "-topic",
      "/api/v1/search?q=generated&kind=EVENT",
      "/api/v1/collaboratives?page=2",
      "/api/v1/series",
      "/api/v1/news?page=2",
      "/api/v1/resources?topic=" + run + "-topic",
      "/api/v1/topics",
      "/topics/" + run + "-topic",
      "/search?q=generated+event",
      "/search?q=generated&kind=EVENT&topic=" + run + "-topic&c=" + host,
      "/search?q=generated&sort=date&page=3",
      "/findings",
      "/findings?page=3&topic=" + run + "-topic",
      "/findings?c=" + host,
      "/campaigns",
      "/campaigns/" + run + "-month",
      "/campaigns/" + run + "-month.ics",
      "/feeds/campaigns/" + run + "-month.atom",
      "/"
    };
    ScaleData.analyze();
    Map<String, Long> thousand = measure(portal, pages);
    data.generateEvents(1001, 2000);
    data.generateKnowledge(1001, 2000);
    data.tagEvents();
    assertThat(
            TestDatabase.queryString(
                "SELECT count(*) || ' ' || (SELECT count(*) FROM adoption a"
                    + " JOIN collaborative c ON c.id = a.collaborative_id WHERE c.slug LIKE ? || '-%')"
                    + " FROM practice p JOIN collaborative c ON c.id = p.collaborative_id"
                    + " WHERE c.slug LIKE ? || '-%'",
                run, run))
        .matches(
            counts -> counts.startsWith("1000 ") && Long.parseLong(counts.split(" ")[1]) >= 5000,
            "1,000 practices, 5,000 adoptions");
    ScaleData.analyze();
    Map<String, Long> twoThousand = measure(portal, pages);
    assertBoundedAndConstant(pages, thousand, twoThousand, "scale-event-statements.txt");
    assertThat(portal.get("/events").body()).contains("Generated event");
    // its lineage, counted here independently: adoptions of it and of the adaptations made of it
    // (the generated data goes two levels deep)
    String[] figures =
        TestDatabase.queryString(
                "WITH o AS (SELECT p.id FROM practice p JOIN collaborative c"
                    + " ON c.id = p.collaborative_id WHERE c.slug = ? || '-1'"
                    + " AND p.slug = 'generated-20'),"
                    + " t AS (SELECT a.* FROM adoption a WHERE a.practice_id = (SELECT id FROM o)"
                    + " OR a.practice_id IN (SELECT adaptation_id FROM adoption"
                    + " WHERE practice_id = (SELECT id FROM o)))"
                    + " SELECT count(*) || ' ' || count(DISTINCT collaborative_id) FROM t",
                run)
            .split(" ");
    assertThat(Long.parseLong(figures[0])).isGreaterThan(5000);
    assertThat(portal.get("/c/" + host + "/practices/generated-20").body())
        .contains("Where it was presented")
        .contains("Generated event 1980")
        .contains(
            "Adopted "
                + String.format(java.util.Locale.US, "%,d", Long.parseLong(figures[0]))
                + " times by "
                + String.format(java.util.Locale.US, "%,d", Long.parseLong(figures[1]))
                + " collaboratives")
        .contains(
            "The 200 nearest adoptions are listed; "
                + String.format(java.util.Locale.US, "%,d", Long.parseLong(figures[0]) - 200)
                + " more");
    assertThat(portal.get("/campaigns/" + run + "-month").body())
        .contains("Members taking part (20)")
        .contains("Generated practice 1002");
    assertThat(portal.get("/findings?c=" + host).body()).contains("Generated event 1980 found");
  }

  /**
   * Each page costs at most {@link #MAX_STATEMENTS}, and the same with twice as much data: allowed
   * to differ by two, as the pool validates a connection at most every 10 s and the mapped-hosts
   * cache refreshes every 10 s, so a request may carry one of those statements, or not. The figures
   * go to {@code file} in the temporary directory.
   */
  private static void assertBoundedAndConstant(
      String[] pages, Map<String, Long> once, Map<String, Long> twice, String file)
      throws IOException {
    assertBoundedAndConstant(pages, once, twice, file, MAX_STATEMENTS);
  }

  private static void assertBoundedAndConstant(
      String[] pages, Map<String, Long> once, Map<String, Long> twice, String file, int max)
      throws IOException {
    StringBuilder report = new StringBuilder("page\tstatements\tstatements (twice the data)\n");
    for (String page : pages) {
      report.append(page).append('\t').append(once.get(page)).append('\t');
      report.append(twice.get(page)).append('\n');
    }
    // written first, so that a failure can be read with every page's figures
    Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), file), report);
    for (String page : pages) {
      assertThat(twice.get(page)).as(page).isLessThanOrEqualTo(max);
      assertThat(twice.get(page)).as(page).isBetween(once.get(page) - 2, once.get(page) + 2);
    }
  }

  private static Map<String, Long> measure(Portal portal) throws IOException {
    return measure(portal, PAGES);
  }

  /**
   * As {@link #measure(Portal, String[])} for workspace pages: {@code /admin} ones fetched by the
   * administrator, {@code /manage} ones by the editor.
   */
  private static Map<String, Long> measure(
      Portal portal, String[] pages, FacesClient admin, FacesClient editor) {
    Map<String, Long> statements = new LinkedHashMap<>();
    for (String page : pages) {
      FacesClient client = page.startsWith("/admin") ? admin : editor;
      client.get(page);
      long fewest = Long.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        long start = portal.databaseLink().statements();
        HttpResponse<String> response = client.get(page);
        fewest = Math.min(fewest, portal.databaseLink().statements() - start);
        assertThat(response.statusCode()).as(page).isEqualTo(200);
      }
      statements.put(page, fewest);
    }
    return statements;
  }

  private static Map<String, Long> measure(Portal portal, String[] pages) throws IOException {
    Map<String, Long> statements = new LinkedHashMap<>();
    for (String page : pages) {
      portal.get(page); // warm: first rendering of a view compiles it
      // The fewest of three: a pooled connection is validated now and then, and the mapped-hosts
      // cache refreshes every 10 s, either of which may fall inside one request's window.
      long fewest = Long.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        TestDatabase.nothingKept();
        long start = portal.databaseLink().statements();
        // rendered each time, with nothing kept from earlier renders: a page cache hit would cost
        // no statement at all (checked below), and neither would reads kept between renders
        HttpResponse<String> response = portal.get(page, "Cache-Control", "no-cache");
        fewest = Math.min(fewest, portal.databaseLink().statements() - start);
        assertThat(response.statusCode()).as(page).isEqualTo(200);
      }
      statements.put(page, fewest);
      // answered from the page cache: no statement — not even the tenant's lookup
      long cached = Long.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        long start = portal.databaseLink().statements();
        HttpResponse<String> response = portal.get(page);
        cached = Math.min(cached, portal.databaseLink().statements() - start);
        assertThat(response.statusCode()).as(page).isEqualTo(200);
      }
      assertThat(cached).as("statements for " + page + " from the page cache").isZero();
    }
    return statements;
  }
}
