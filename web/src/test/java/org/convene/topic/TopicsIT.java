package org.convene.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Topics: managed by administrators, tagged by editors, gathered live on the topic page. */
@ExtendWith(RunningPortal.class)
class TopicsIT {

  static final String PASSWORD = "correct horse battery staple";

  private static long topic(String slug, String name, LocalDate from, LocalDate to)
      throws Exception {
    return Long.parseLong(
        TestDatabase.queryString(
            "INSERT INTO topic (slug, name, observance_name, observance_start_month,"
                + " observance_start_day, observance_end_month, observance_end_day, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, now()) RETURNING id",
            slug,
            name,
            from == null ? null : name + " Month",
            from == null ? null : (short) from.getMonthValue(),
            from == null ? null : (short) from.getDayOfMonth(),
            to == null ? null : (short) to.getMonthValue(),
            to == null ? null : (short) to.getDayOfMonth()));
  }

  private static void tag(long event, long topic) throws Exception {
    TestDatabase.update("INSERT INTO event_topic (event_id, topic_id) VALUES (?, ?)", event, topic);
  }

  @Test
  void aTopicPageGathersEveryCollaborativesPublishedEventsLive(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String north =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("north"), "North Health", "NH");
    String south =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("south"), "South Health", "SH");
    String slug = TestDatabase.uniqueSlug("wellbeing");
    long topic = topic(slug, "Clinician wellbeing " + slug, null, null);
    Instant soon = Instant.now().plus(Duration.ofDays(5));
    long a =
        EventFixtures.insertEvent(
            north, "North wellbeing forum", soon, Duration.ofHours(1), "America/Chicago", 20);
    long b =
        EventFixtures.insertEvent(
            south, "South peer support", soon, Duration.ofHours(1), "America/Denver", 20);
    long draft =
        EventFixtures.insertEvent(
            south, "South draft session", soon, Duration.ofHours(1), "America/Denver", 20);
    long untagged =
        EventFixtures.insertEvent(
            north, "North untagged", soon, Duration.ofHours(1), "America/Chicago", 20);
    tag(a, topic);
    tag(b, topic);
    tag(draft, topic);
    TestDatabase.update("UPDATE event SET published_at = NULL WHERE id = ?", draft);

    String page = portal.get("/topics/" + slug).body();
    assertThat(page)
        .contains("North wellbeing forum")
        .contains("South peer support")
        .contains("<h3>North Health</h3>")
        .contains("<h3>South Health</h3>")
        .doesNotContain("South draft session")
        .doesNotContain("North untagged");

    // nothing is copied: the owner's change shows on the topic page at once
    TestDatabase.update(
        "UPDATE event SET title = 'North wellbeing forum, renamed' WHERE id = ?", a);
    assertThat(portal.get("/topics/" + slug).body()).contains("North wellbeing forum, renamed");
    // a suspended collaborative's items leave it
    TestDatabase.suspend(south);
    assertThat(portal.get("/topics/" + slug).body()).doesNotContain("South peer support");
    assertThat(portal.get("/topics/no-such-topic-" + slug).statusCode()).isEqualTo(404);
  }

  @Test
  void aTopicInItsObservanceWindowIsPromotedOnTheNetworkHome(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String now = TestDatabase.uniqueSlug("observed");
    String later = TestDatabase.uniqueSlug("later");
    LocalDate today = LocalDate.now();
    topic(now, "Observed " + now, today.minusDays(1), today.plusDays(1));
    topic(
        later,
        "Later " + later,
        today.plusMonths(2).withDayOfMonth(1),
        today.plusMonths(2).withDayOfMonth(2));

    String home = portal.get("/").body();
    String observances = sections(home, "observance");
    assertThat(observances).contains("/topics/" + now).doesNotContain("/topics/" + later);
    assertThat(home).contains("/topics/" + later); // still listed among the topics
  }

  @Test
  void administratorsManageTopicsEditorsTagTheirEventsWithThem(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug = TestDatabase.uniqueSlug("tagging");
    String admin = "admin-" + slug + "@example.org";
    String editor = "editor-" + slug + "@example.org";
    TestDatabase.insertCollaborative(slug, "Tagging Collaborative", "TC");
    TestDatabase.createAccount(admin, "Topic Admin", PASSWORD, true);
    TestDatabase.createAccount(editor, "Topic Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);

    FacesClient administrator = new FacesClient(portal);
    administrator.signIn(admin, PASSWORD);
    administrator.get("/admin/topics");
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("name", "Month of nonsense " + slug);
    bad.put("startMonth", "2");
    bad.put("startDay", "30");
    bad.put("endMonth", "3");
    bad.put("endDay", "1");
    assertThat(administrator.submit("topic", "save", bad).body())
        .contains("each a month and a day that exist");
    administrator.get("/admin/topics");
    String saved =
        administrator
            .submit(
                "topic", "save", Map.of("name", "Rural health " + slug, "slug", "rural-" + slug))
            .body();
    assertThat(saved).contains("The topic “Rural health " + slug + "” is saved.");
    assertThat(portal.get("/topics").body()).contains("/topics/rural-" + slug);
    String topicId =
        TestDatabase.queryString("SELECT id FROM topic WHERE slug = ?", "rural-" + slug);

    FacesClient edits = new FacesClient(portal);
    edits.signIn(editor, PASSWORD);
    assertThat(edits.get("/admin/topics").statusCode()).isEqualTo(404);
    edits.get("/manage/event");
    Map<String, String> event = new LinkedHashMap<>();
    event.put("title", "Rural clinicians' roundtable");
    event.put("date", LocalDate.now().plusDays(20).toString());
    event.put("startTime", "12:00");
    event.put("endTime", "13:00");
    event.put("zoneId", "America/Chicago");
    event.put("format", "ONLINE");
    event.put("topicIds", topicId);
    event.put("published", "on");
    event.put("registrationOpen", "on");
    assertThat(edits.submit("event", "save", event).body()).contains("is saved and public now");
    String topicPage = portal.get("/topics/rural-" + slug).body();
    assertThat(topicPage)
        .contains("Rural clinicians' roundtable")
        .contains("Tagging Collaborative");
  }

  /** The text of every {@code <section class="… cssClass">} of a page. */
  private static String sections(String html, String cssClass) {
    Matcher m =
        Pattern.compile(
                "<section class=\"[^\"]*\\b" + cssClass + "\\b[^\"]*\"[^>]*>(.*?)</section>",
                Pattern.DOTALL)
            .matcher(html);
    StringBuilder all = new StringBuilder();
    while (m.find()) {
      all.append(m.group(1));
    }
    return all.toString();
  }
}
