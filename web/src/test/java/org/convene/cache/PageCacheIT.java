package org.convene.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page cache on the real portal: for each source of change, a page is first served from the
 * cache (the readiness report's hit count moves and nothing is rendered), then the change is made —
 * by an editor through the portal, by a visitor, by the database (as another instance or psql
 * would), or by the clock alone — and the very next anonymous request shows the new state.
 */
@ExtendWith(RunningPortal.class)
class PageCacheIT {

  private static final Pattern HITS = Pattern.compile("\"hits\":\"(\\d+)\"");
  private static final Pattern MISSES = Pattern.compile("\"misses\":\"(\\d+)\"");

  private String slug;
  private String editor;

  @BeforeEach
  void space(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    slug = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("cache"), "Cache Health", "CH");
    editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Cache Editor", TestDatabase.PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
  }

  private static long figure(Portal portal, Pattern pattern) {
    Matcher m = pattern.matcher(portal.get("/health/ready").body());
    assertThat(m.find()).as("the readiness report has the page cache's figures").isTrue();
    return Long.parseLong(m.group(1));
  }

  /** Fetches a page twice and checks the second answer came from the cache; returns its body. */
  private static String cached(Portal portal, String path) {
    HttpResponse<String> first = portal.get(path);
    assertThat(first.statusCode()).as(path).isEqualTo(200);
    long hits = figure(portal, HITS);
    long misses = figure(portal, MISSES);
    HttpResponse<String> second = portal.get(path);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(figure(portal, HITS)).as("served from the cache: " + path).isEqualTo(hits + 1);
    assertThat(figure(portal, MISSES)).as("not rendered again: " + path).isEqualTo(misses);
    return second.body();
  }

  private long event(String title, int capacity) throws Exception {
    return EventFixtures.insertEvent(
        slug,
        title,
        Instant.now().plus(Duration.ofDays(10)),
        Duration.ofHours(1),
        "America/Chicago",
        capacity);
  }

  private FacesClient signedIn(Portal portal) {
    FacesClient client = new FacesClient(portal);
    assertThat(client.signIn(editor, TestDatabase.PASSWORD).uri().getPath()).isEqualTo("/manage/");
    return client;
  }

  @Test
  void anonymousPagesComeFromTheCacheWithValidatorsCompressionAndSharing(Portal portal)
      throws Exception {
    String path = "/c/" + slug;
    cached(portal, path);
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<byte[]> zipped =
        http.send(
            HttpRequest.newBuilder(portal.uri(path)).header("Accept-Encoding", "gzip").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.headers().firstValue("Vary").orElseThrow())
        .contains("Accept-Encoding")
        .contains("Accept-Language");
    assertThat(zipped.headers().firstValue("Cache-Control").orElseThrow())
        .startsWith("public")
        .contains("s-maxage=");
    String unzipped =
        new String(
            new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(),
            StandardCharsets.UTF_8);
    assertThat(unzipped).isEqualTo(portal.get(path).body());
    // the nonce of the kept page's scripts is the one its policy allows
    String policy = zipped.headers().firstValue("Content-Security-Policy").orElseThrow();
    Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
    assertThat(nonce.find()).isTrue();
    assertThat(unzipped).contains("nonce=\"" + nonce.group(1) + "\"");

    String etag = zipped.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> notModified =
        http.send(
            HttpRequest.newBuilder(portal.uri(path))
                .header("Accept-Encoding", "gzip")
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(notModified.statusCode()).isEqualTo(304);
    assertThat(notModified.body()).isEmpty();

    // one copy per language
    assertThat(portal.get(path, "Accept-Language", "es").body()).contains("lang=\"es\"");
    assertThat(portal.get(path).body()).contains("lang=\"en\"");
  }

  @Test
  void anEditorsChangeShowsAtTheVeryNextRequest(Portal portal) throws Exception {
    long id = event("Before the edit " + slug, 10);
    String page = "/c/" + slug + "/events/" + id;
    assertThat(cached(portal, page)).contains("Before the edit " + slug);
    assertThat(cached(portal, "/c/" + slug + "/events")).contains("Before the edit " + slug);
    assertThat(cached(portal, "/api/v1/events/" + id)).contains("Before the edit " + slug);

    FacesClient client = signedIn(portal);
    client.get("/manage/event?id=" + id);
    Map<String, String> edit = new LinkedHashMap<>();
    edit.put("zoneId", "America/Chicago");
    edit.put("format", "ONLINE");
    edit.put("title", "After the edit " + slug);
    edit.put("capacity", "10");
    edit.put("registrationOpen", "on");
    edit.put("published", "on");
    assertThat(client.submit("event", "save", edit).body()).contains("is saved.");

    assertThat(portal.get(page).body()).contains("After the edit " + slug);
    assertThat(portal.get("/c/" + slug + "/events").body()).contains("After the edit " + slug);
    assertThat(portal.get("/api/v1/events/" + id).body()).contains("After the edit " + slug);
  }

  @Test
  void cancellingAnEventShowsAtOnce(Portal portal) throws Exception {
    long id = event("Soon cancelled " + slug, 10);
    String page = "/c/" + slug + "/events/" + id;
    assertThat(cached(portal, page)).doesNotContain("This event has been cancelled.");
    FacesClient client = signedIn(portal);
    client.get("/manage/event?id=" + id);
    client.submit("lifecycle", "askCancel", Map.of());
    assertThat(client.submit("confirmCancel", "cancelEvent", Map.of()).body())
        .contains("The event is cancelled");
    assertThat(portal.get(page).body()).contains("This event has been cancelled.");
  }

  @Test
  void registrationsAndCancellationsChangeTheSeatsLeftAtOnce(Portal portal) throws Exception {
    long id = event("Seats " + slug, 10);
    String page = "/c/" + slug + "/events/" + id;
    assertThat(cached(portal, page)).contains("10 of 10 seats left");
    String guest = "guest-" + slug + "@example.org";
    HttpResponse<String> registered =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(portal.uri("/api/v1/events/" + id + "/registrations"))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"Guest\",\"email\":\"" + guest + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(registered.statusCode()).isBetween(200, 201);
    assertThat(portal.get(page).body()).contains("9 of 10 seats left");

    assertThat(cached(portal, page)).contains("9 of 10 seats left");
    String token =
        EventFixtures.cancelLink(
                EventFixtures.mailTo(portal, guest, 1, Duration.ofSeconds(30)).get(0))
            .replaceAll(".*token=", "");
    assertThat(
            new FacesClient(portal)
                .post("/registrations/cancel-confirm", Map.of("token", token))
                .body())
        .contains("Your registration is cancelled");
    assertThat(portal.get(page).body()).contains("10 of 10 seats left");
  }

  @Test
  void unpublishingAndPublishingShowAtOnce(Portal portal) throws Exception {
    long id = event("Published " + slug, 10);
    String list = "/c/" + slug + "/events";
    assertThat(cached(portal, list)).contains("Published " + slug);
    TestDatabase.update("UPDATE event SET published_at = NULL WHERE id = ?", id);
    assertThat(portal.get(list).body()).doesNotContain("Published " + slug);
    assertThat(portal.get(list + "/" + id).statusCode()).isEqualTo(404);
    TestDatabase.update("UPDATE event SET published_at = now() WHERE id = ?", id);
    assertThat(portal.get(list).body()).contains("Published " + slug);
  }

  @Test
  void aScheduledPublicationAndAFeaturingPeriodShowOnTimeWithNoWrite(Portal portal)
      throws Exception {
    long id = event("Scheduled " + slug, 10);
    TestDatabase.update(
        "UPDATE event SET published_at = now() + interval '3 seconds' WHERE id = ?", id);
    Instant published =
        Instant.parse(
            TestDatabase.queryString(
                "SELECT to_char(published_at AT TIME ZONE 'UTC',"
                    + " 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM event WHERE id = ?",
                id));
    String list = "/c/" + slug + "/events";
    assertThat(cached(portal, list)).doesNotContain("Scheduled " + slug);
    sleepUntil(published);
    assertThat(portal.get(list).body()).contains("Scheduled " + slug);

    // featured on the network's home from 3 s to 6 s from now
    TestDatabase.update(
        "INSERT INTO feature (kind, collaborative_id, event_id, starts_at, ends_at, created_by,"
            + " created_at, zone_id) SELECT 'EVENT', collaborative_id, id,"
            + " now() + interval '3 seconds', now() + interval '6 seconds', 'test', now(),"
            + " 'UTC' FROM event WHERE id = ?",
        id);
    Instant starts = Instant.now().plusSeconds(3);
    assertThat(featured(cached(portal, "/"))).doesNotContain("Scheduled " + slug);
    sleepUntil(starts.plusMillis(300));
    assertThat(featured(portal.get("/").body())).contains("Scheduled " + slug);
    assertThat(featured(cached(portal, "/"))).contains("Scheduled " + slug);
    sleepUntil(starts.plusSeconds(3).plusMillis(300));
    assertThat(featured(portal.get("/").body())).doesNotContain("Scheduled " + slug);
  }

  @Test
  void anEventRunningNowLeavesTheUpcomingListWhenItEndsWithNoWrite(Portal portal) throws Exception {
    long id = event("Running " + slug, 10);
    TestDatabase.update(
        "UPDATE event SET starts_at = now() - interval '1 minute',"
            + " ends_at = now() + interval '3 seconds' WHERE id = ?",
        id);
    Instant ends =
        Instant.parse(
            TestDatabase.queryString(
                "SELECT to_char(ends_at AT TIME ZONE 'UTC',"
                    + " 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM event WHERE id = ?",
                id));
    String list = "/c/" + slug + "/events";
    assertThat(upcoming(cached(portal, list))).contains("Running " + slug);
    sleepUntil(ends);
    assertThat(upcoming(portal.get(list).body())).doesNotContain("Running " + slug);
  }

  /** The part of a space's events page listing what is to come (not the past events below it). */
  private static String upcoming(String page) {
    int past = page.indexOf("id=\"past");
    return past < 0 ? page : page.substring(0, past);
  }

  private static String featured(String home) {
    int start = home.indexOf("id=\"featured-item\"");
    return start < 0 ? "" : home.substring(start, home.indexOf("</article>", start));
  }

  private static void sleepUntil(Instant at) throws InterruptedException {
    long wait = Duration.between(Instant.now(), at).toMillis() + 50;
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  @Test
  void suspendingAndRenamingACollaborativeShowAtOnce(Portal portal) throws Exception {
    String home = "/c/" + slug;
    cached(portal, home);
    String renamed = slug + "-new";
    TestDatabase.update("UPDATE collaborative SET slug = ? WHERE slug = ?", renamed, slug);
    TestDatabase.addRedirect(slug, renamed);
    HttpResponse<String> moved = portal.get(home);
    assertThat(moved.statusCode()).isEqualTo(301);
    assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/c/" + renamed);

    cached(portal, "/c/" + renamed);
    TestDatabase.suspend(renamed);
    assertThat(portal.get("/c/" + renamed).statusCode()).isEqualTo(404);
  }

  @Test
  void profileAndColourChangesShowAtOnce(Portal portal) throws Exception {
    String home = "/c/" + slug;
    assertThat(cached(portal, home)).doesNotContain("Quality for every clinic " + slug);
    TestDatabase.update(
        "UPDATE collaborative SET tagline = ? WHERE slug = ?",
        "Quality for every clinic " + slug,
        slug);
    assertThat(portal.get(home).body()).contains("Quality for every clinic " + slug);

    assertThat(cached(portal, home).toLowerCase()).doesNotContain("#1a5d3b");
    TestDatabase.setColours(slug, "#1a5d3b", "#8e3b12");
    assertThat(portal.get(home).body().toLowerCase()).contains("#1a5d3b");
  }

  @Test
  void topicChangesShowAtOnce(Portal portal) throws Exception {
    String topic = TestDatabase.uniqueSlug("topic");
    TestDatabase.update(
        "INSERT INTO topic (slug, name, created_at) VALUES (?, ?, now())",
        topic,
        "Old name " + topic);
    long id = event("Topical " + slug, 10);
    TestDatabase.update(
        "INSERT INTO event_topic (event_id, topic_id) SELECT ?, id FROM topic WHERE slug = ?",
        id,
        topic);
    String page = "/c/" + slug + "/events/" + id;
    assertThat(cached(portal, page)).contains("Old name " + topic);
    assertThat(cached(portal, "/topics/" + topic)).contains("Topical " + slug);
    TestDatabase.update("UPDATE topic SET name = ? WHERE slug = ?", "New name " + topic, topic);
    assertThat(portal.get(page).body()).contains("New name " + topic);
    assertThat(portal.get("/topics/" + topic).body()).contains("New name " + topic);
    TestDatabase.update("DELETE FROM event_topic WHERE event_id = ?", id);
    assertThat(portal.get("/topics/" + topic).body()).doesNotContain("Topical " + slug);
  }

  private static final Pattern READ_HITS = Pattern.compile("\"readHits\":\"(\\d+)\"");

  /** The network home rendered afresh (not from the page cache), as an editor or a CDN would. */
  private static String rendered(Portal portal) {
    HttpResponse<String> home = portal.get("/", "Cache-Control", "no-cache");
    assertThat(home.statusCode()).isEqualTo(200);
    return home.body();
  }

  @Test
  void readsKeptBetweenRendersFollowEveryChangeAtOnce(Portal portal) throws Exception {
    rendered(portal);
    long readHits = figure(portal, READ_HITS);
    String before = rendered(portal);
    assertThat(figure(portal, READ_HITS))
        .as("a second render uses the reads kept from the first")
        .isGreaterThan(readHits);

    String tagline = "Learning together " + slug;
    assertThat(before).doesNotContain(tagline);
    TestDatabase.update("UPDATE network SET tagline = ?", tagline);
    assertThat(rendered(portal)).contains(tagline);

    String headline = "Headline " + slug;
    TestDatabase.update(
        "INSERT INTO news_item (collaborative_id, slug, kind, title, summary, dated,"
            + " published_at, created_at, updated_at) SELECT id, 'headline', 'POST', ?,"
            + " 'Summary', current_date + 3650, now(), now(), now() FROM collaborative"
            + " WHERE slug = ?",
        headline,
        slug);
    assertThat(rendered(portal)).contains(headline);

    String topic = TestDatabase.uniqueSlug("kept");
    TestDatabase.update(
        "INSERT INTO topic (slug, name, created_at) VALUES (?, ?, now())", topic, "Kept " + topic);
    assertThat(rendered(portal)).contains("Kept " + topic);
    TestDatabase.update("UPDATE topic SET name = ? WHERE slug = ?", "Renamed " + topic, topic);
    String after = rendered(portal);
    assertThat(after).contains("Renamed " + topic).doesNotContain("Kept " + topic);
  }

  private static final Pattern READ_LOADS = Pattern.compile("\"readLoads\":\"(\\d+)\"");
  private static final Pattern NOT_SHARED = Pattern.compile("\"readsNotShared\":\"(\\d+)\"");

  /**
   * Reads kept between renders are shared between visitors: a signed-in request neither uses nor
   * keeps one (whatever its services show a signed-in caller can never reach a visitor), and the
   * next anonymous render does.
   */
  @Test
  void aSignedInRequestNeitherUsesNorKeepsSharedReads(Portal portal) throws Exception {
    FacesClient client = signedIn(portal);
    rendered(portal);
    long hits = figure(portal, READ_HITS);
    long loads = figure(portal, READ_LOADS);
    long notShared = figure(portal, NOT_SHARED);
    for (String page : new String[] {"/", "/events", "/c/" + slug}) {
      assertThat(client.get(page).statusCode()).as(page).isEqualTo(200);
    }
    assertThat(figure(portal, READ_HITS)).as("kept reads used when signed in").isEqualTo(hits);
    assertThat(figure(portal, READ_LOADS)).as("reads kept when signed in").isEqualTo(loads);
    assertThat(figure(portal, NOT_SHARED)).isGreaterThan(notShared);
    rendered(portal);
    assertThat(figure(portal, READ_HITS)).as("an anonymous render uses them").isGreaterThan(hits);
  }

  @Test
  void aRolledBackWriteLeavesTheCacheAsItWas(Portal portal) throws Exception {
    long id = event("Kept " + slug, 10);
    String page = "/c/" + slug + "/events/" + id;
    String before = cached(portal, page);
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement update =
          c.prepareStatement("UPDATE event SET title = 'Rolled back' WHERE id = ?")) {
        update.setLong(1, id);
        update.executeUpdate();
      }
      c.rollback();
    }
    long hits = figure(portal, HITS);
    assertThat(portal.get(page).body()).isEqualTo(before);
    assertThat(figure(portal, HITS)).as("still served from the cache").isEqualTo(hits + 1);
  }

  @Test
  void signedInAndAnonymousPagesAreNeverMixed(Portal portal) throws Exception {
    String[] paths = {"/", "/c/" + slug, "/events", "/collaboratives"};
    for (String path : paths) {
      assertThat(cached(portal, path)).doesNotContain("signout-form");
    }
    FacesClient client = signedIn(portal);
    for (String path : paths) {
      long hits = figure(portal, HITS);
      HttpResponse<String> mine = client.get(path);
      assertThat(mine.body()).as(path).contains("signout-form");
      assertThat(mine.headers().firstValue("Cache-Control").orElseThrow()).startsWith("private");
      assertThat(figure(portal, HITS)).as("not from the cache: " + path).isEqualTo(hits);
    }
    for (String path : paths) {
      assertThat(portal.get(path).body()).as(path).doesNotContain("signout-form");
    }
    // the workspace is never shared
    assertThat(client.get("/manage/").headers().firstValue("Cache-Control").orElseThrow())
        .contains("no-store");

    // a visitor who only opened the sign-in page is still anonymous: served from the cache
    FacesClient visitor = new FacesClient(portal);
    visitor.get("/login");
    assertThat(visitor.sessionId()).isPresent();
    long hits = figure(portal, HITS);
    assertThat(visitor.get("/c/" + slug).body()).doesNotContain("signout-form");
    assertThat(figure(portal, HITS)).isEqualTo(hits + 1);
  }

  @Test
  void withTheDatabaseAwayHeldPagesAreServedForABoundedTime(Portal portal) throws Exception {
    String home = "/c/" + slug;
    String before = cached(portal, home);
    portal.databaseLink().cut();
    try {
      Instant cut = Instant.now();
      assertThat(portal.get(home).body()).isEqualTo(before);
      String report = portal.get("/health/ready").body();
      // the cache says it is serving unvalidated pages, and until when (6 s in the tests)
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!report.contains("\"validated\":\"false\"") && System.nanoTime() < deadline) {
        Thread.sleep(200);
        report = portal.get("/health/ready").body();
      }
      assertThat(report).contains("\"validated\":\"false\"").contains("\"servedUntil\"");
      assertThat(Duration.between(cut, Instant.now())).isLessThan(Duration.ofSeconds(20));
      // past the bound, nothing unvalidated is served: the page is rendered, and fails
      sleepUntil(Instant.now().plusSeconds(7));
      assertThat(portal.get(home).statusCode()).isNotEqualTo(200);
    } finally {
      portal.databaseLink().restore();
      portal.awaitReady(Duration.ofSeconds(60));
    }
    long validatedBy = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!portal.get("/health/ready").body().contains("\"validated\":\"true\"")
        && System.nanoTime() < validatedBy) {
      Thread.sleep(200);
    }
    HttpResponse<String> again = portal.get(home);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("Cache Health");
  }
}
