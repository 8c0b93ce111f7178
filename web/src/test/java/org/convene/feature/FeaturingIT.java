package org.convene.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administrators feature a member and an event; the home follows the owner's item live. */
@ExtendWith(RunningPortal.class)
class FeaturingIT {

  static final String PASSWORD = "correct horse battery staple";

  private static String featured(String home, String id) {
    int start = home.indexOf("id=\"" + id + "\"");
    return start < 0 ? "" : home.substring(start, home.indexOf("</article>", start));
  }

  @Test
  void aFeaturedEventLeavesTheHomeAsSoonAsItsOwnerUnpublishesOrCancelsIt(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug = TestDatabase.uniqueSlug("featured");
    TestDatabase.insertCollaborative(slug, "Featured Health " + slug, "FH");
    String admin = "admin-" + slug + "@example.org";
    String editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(admin, "Feature Admin", PASSWORD, true);
    TestDatabase.createAccount(editor, "Feature Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    long event =
        EventFixtures.insertEvent(
            slug,
            "Featured talk " + slug,
            Instant.now().plus(Duration.ofDays(9)),
            Duration.ofMinutes(45),
            "America/Chicago",
            100);
    String member = TestDatabase.queryString("SELECT id FROM collaborative WHERE slug = ?", slug);

    FacesClient administrator = new FacesClient(portal);
    administrator.signIn(admin, PASSWORD);
    administrator.get("/admin/featuring");
    String today = chicagoToday().toString();
    String later = chicagoToday().plusDays(7).toString();
    assertThat(
            administrator
                .submit(
                    "member",
                    "save",
                    withZone(
                        Map.of(
                            "memberPick_input",
                            slug,
                            "memberBlurb",
                            "A member worth knowing " + slug,
                            "from",
                            today,
                            "to",
                            later,
                            "replace",
                            "on")))
                .body())
        .contains("The member is featured from " + today);
    // the days are Central Time days: from midnight there, named so in the history
    assertThat(
            TestDatabase.queryString(
                "SELECT zone_id || ' ' || to_char(starts_at AT TIME ZONE 'America/Chicago',"
                    + " 'YYYY-MM-DD HH24:MI') FROM feature WHERE collaborative_id = ?::bigint"
                    + " AND kind = 'MEMBER'",
                member))
        .isEqualTo("America/Chicago " + today + " 00:00");
    assertThat(administrator.get("/admin/featuring").body()).contains("· Central Time");
    administrator.get("/admin/featuring");
    assertThat(
            administrator
                .submit(
                    "item",
                    "save",
                    withZone(
                        Map.of(
                            "eventPick_input",
                            "Featured talk #" + event,
                            "from",
                            today,
                            "to",
                            later,
                            "replace",
                            "on")))
                .body())
        .contains("The event is featured from " + today);

    String home = portal.get("/").body();
    assertThat(featured(home, "featured-member")).contains("A member worth knowing " + slug);
    assertThat(featured(home, "featured-item")).contains("Featured talk " + slug);

    // the owner keeps the item: a new title shows at once; unpublished or cancelled, it is gone
    TestDatabase.update("UPDATE event SET title = ? WHERE id = ?", "Renamed talk " + slug, event);
    assertThat(featured(portal.get("/").body(), "featured-item")).contains("Renamed talk " + slug);
    TestDatabase.update("UPDATE event SET published_at = NULL WHERE id = ?", event);
    assertThat(portal.get("/").body()).doesNotContain("Renamed talk " + slug);
    assertThat(featured(portal.get("/").body(), "featured-item"))
        .doesNotContain("Renamed talk " + slug);
    TestDatabase.update(
        "UPDATE event SET published_at = now(), status = 'CANCELLED' WHERE id = ?", event);
    assertThat(featured(portal.get("/").body(), "featured-item"))
        .doesNotContain("Renamed talk " + slug);

    // the history keeps both periods; ending the member's period takes it off the home
    String history = administrator.get("/admin/featuring").body();
    assertThat(history).contains("Featured Health " + slug).contains("Renamed talk " + slug);
    // newest first: event, then member; ending asks first
    assertThat(administrator.submit("history", "table:1:end", Map.of()).body())
        .contains("It leaves the network home at once.");
    assertThat(featured(portal.get("/").body(), "featured-member"))
        .contains("A member worth knowing " + slug);
    administrator.submit("history", "table:1:confirmEnd", Map.of());
    assertThat(featured(portal.get("/").body(), "featured-member"))
        .doesNotContain("A member worth knowing " + slug);
    assertThat(
            EventFixtures.count(
                "SELECT count(*) FROM feature WHERE collaborative_id = ?", Long.parseLong(member)))
        .isEqualTo(2);

    // an editor can feature nothing
    FacesClient edits = new FacesClient(portal);
    edits.signIn(editor, PASSWORD);
    assertThat(edits.get("/admin/featuring").statusCode()).isEqualTo(404);
  }

  @Test
  void anOverlappingPeriodIsRefusedNamingTheOtherUnlessItIsReplacedOnPurpose(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String first = TestDatabase.uniqueSlug("overlap-a");
    String second = TestDatabase.uniqueSlug("overlap-b");
    TestDatabase.insertCollaborative(first, "First Featured " + first, "FF");
    TestDatabase.insertCollaborative(second, "Second Featured " + second, "SF");
    String admin = "admin-" + first + "@example.org";
    TestDatabase.createAccount(admin, "Overlap Admin", PASSWORD, true);
    FacesClient administrator = new FacesClient(portal);
    administrator.signIn(admin, PASSWORD);
    String from = chicagoToday().toString();
    String to = chicagoToday().plusDays(10).toString();
    administrator.get("/admin/featuring");
    administrator.submit(
        "member",
        "save",
        withZone(Map.of("memberPick_input", first, "from", from, "to", to, "replace", "on")));

    administrator.get("/admin/featuring");
    String refused =
        administrator
            .submit(
                "member",
                "save",
                withZone(
                    Map.of(
                        "memberPick_input",
                        second,
                        "from",
                        chicagoToday().plusDays(3).toString(),
                        "to",
                        to)))
            .body();
    assertThat(refused)
        .contains("“First Featured " + first + "” is featured from " + from + " to " + to)
        .contains("which overlaps these days");
    assertThat(featured(portal.get("/").body(), "featured-member"))
        .contains("First Featured " + first);
    // a title typed rather than chosen is said on the field, as is a second item at once
    administrator.get("/admin/featuring");
    assertThat(
            administrator
                .submit(
                    "item",
                    "save",
                    withZone(Map.of("eventPick_input", "Some talk", "from", from, "to", to)))
                .body())
        .contains("“Some talk” is not one of the suggestions: choose one.");
    // a name typed rather than chosen from the suggestions is said on the field
    administrator.get("/admin/featuring");
    HttpResponse<String> unknown =
        administrator.submit(
            "member",
            "save",
            withZone(Map.of("memberPick_input", "No Such Member", "from", from, "to", to)));
    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(unknown.body()).contains("No collaborative is called “No Such Member”");

    administrator.submit(
        "member",
        "save",
        withZone(Map.of("memberPick_input", second, "from", from, "to", to, "replace", "on")));
    assertThat(featured(portal.get("/").body(), "featured-member"))
        .contains("Second Featured " + second);
    assertThat(
            TestDatabase.queryString(
                "SELECT count(*) FROM feature f JOIN collaborative c ON c.id = f.collaborative_id"
                    + " WHERE c.slug = ? AND f.ends_at <= now()",
                first))
        .as("the first period ended, kept in the history")
        .isEqualTo("1");
  }

  @Test
  void aSeriesIsFeaturedOnTheNetworkHome(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug = TestDatabase.uniqueSlug("series-feature");
    TestDatabase.insertCollaborative(slug, "Series Health " + slug, "SH");
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, cadence, status, published_at,"
            + " created_at, updated_at) SELECT id, 'flagship', 'Flagship series ' || slug,"
            + " 'Bi-weekly', 'RUNNING', now(), now(), now() FROM collaborative WHERE slug = ?",
        slug);
    String series =
        TestDatabase.queryString(
            "SELECT s.id FROM event_series s JOIN collaborative c ON c.id = s.collaborative_id"
                + " WHERE c.slug = ?",
            slug);
    String admin = "admin-" + slug + "@example.org";
    TestDatabase.createAccount(admin, "Series Admin", PASSWORD, true);
    FacesClient administrator = new FacesClient(portal);
    administrator.signIn(admin, PASSWORD);
    administrator.get("/admin/featuring");
    String today = chicagoToday().toString();
    String later = chicagoToday().plusDays(5).toString();
    assertThat(
            administrator
                .submit(
                    "item",
                    "save",
                    withZone(
                        Map.of(
                            "seriesPick_input",
                            "Flagship series #" + series,
                            "from",
                            today,
                            "to",
                            later,
                            "replace",
                            "on")))
                .body())
        .contains("The series is featured from " + today);
    // an event featured at the same time would come first: end any, so that the series shows
    TestDatabase.update(
        "UPDATE feature SET ends_at = now() WHERE kind = 'EVENT' AND ends_at > now()"
            + " AND starts_at < now()");
    String card = featured(portal.get("/").body(), "featured-item");
    assertThat(card)
        .contains("Featured series")
        .contains("Flagship series " + slug)
        .contains("/c/" + slug + "/series/flagship")
        .contains("Bi-weekly");
  }

  private static String idOf(String slug) throws Exception {
    return TestDatabase.queryString("SELECT id FROM collaborative WHERE slug = ?", slug);
  }

  @Test
  void theLastDayMustNotComeBeforeTheFirst(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug = TestDatabase.uniqueSlug("period");
    TestDatabase.insertCollaborative(slug, "Period Health", "PH");
    String admin = "admin-" + slug + "@example.org";
    TestDatabase.createAccount(admin, "Period Admin", PASSWORD, true);
    String member = TestDatabase.queryString("SELECT id FROM collaborative WHERE slug = ?", slug);
    FacesClient administrator = new FacesClient(portal);
    administrator.signIn(admin, PASSWORD);
    administrator.get("/admin/featuring");
    String body =
        administrator
            .submit(
                "member",
                "save",
                withZone(
                    Map.of(
                        "memberPick_input",
                        slug,
                        "from",
                        chicagoToday().toString(),
                        "to",
                        chicagoToday().minusDays(2).toString())))
            .body();
    assertThat(body).contains("The last day is before the first day.");
    // a zone that is not one of the form's (a tampered post) is named, not a 500
    administrator.get("/admin/featuring");
    HttpResponse<String> tampered =
        administrator.submit(
            "member",
            "save",
            Map.of(
                "memberPick_input",
                slug,
                "from",
                chicagoToday().toString(),
                "to",
                chicagoToday().plusDays(2).toString(),
                "zoneId",
                "Mars/Olympus_Mons"));
    assertThat(tampered.statusCode()).isEqualTo(200);
    assertThat(tampered.body()).contains("Choose one of the options listed.");
    assertThat(
            EventFixtures.count(
                "SELECT count(*) FROM feature WHERE collaborative_id = ?", Long.parseLong(member)))
        .isZero();
  }

  /** The form's fields as a browser sends them: with the zone select's value (Central Time). */
  private static Map<String, String> withZone(Map<String, String> fields) {
    Map<String, String> all = new java.util.LinkedHashMap<>(fields);
    all.put("zoneId", "America/Chicago");
    return all;
  }

  /** Today where the featuring form's days are counted unless changed (Central Time). */
  private static LocalDate chicagoToday() {
    return LocalDate.now(java.time.ZoneId.of("America/Chicago"));
  }
}
