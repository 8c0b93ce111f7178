package org.convene.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drafts and scheduled items are absent from every public surface — pages, lists, topic pages,
 * calendars, the API — and appear when their time comes, with nothing to run.
 */
@ExtendWith(RunningPortal.class)
class PublishingIT {

  static final String PASSWORD = "correct horse battery staple";

  @Test
  void draftAndScheduledEventsSeriesAndResourcesAreNowhereUntilTheirTime(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug = TestDatabase.uniqueSlug("publishing");
    TestDatabase.insertCollaborative(slug, "Publishing Health", "PUB");
    String topic = TestDatabase.uniqueSlug("pubtopic");
    long topicId =
        Long.parseLong(
            TestDatabase.queryString(
                "INSERT INTO topic (slug, name, created_at) VALUES (?, 'Pub topic', now())"
                    + " RETURNING id",
                topic));
    Instant soon = Instant.now().plus(Duration.ofDays(6));
    long live =
        EventFixtures.insertEvent(
            slug, "Live event " + slug, soon, Duration.ofHours(1), "America/Chicago", 10);
    long draft =
        EventFixtures.insertEvent(
            slug, "Draft event " + slug, soon, Duration.ofHours(1), "America/Chicago", 10);
    long later =
        EventFixtures.insertEvent(
            slug, "Scheduled event " + slug, soon, Duration.ofHours(1), "America/Chicago", 10);
    TestDatabase.update("UPDATE event SET published_at = NULL WHERE id = ?", draft);
    TestDatabase.update(
        "UPDATE event SET published_at = now() + interval '1 day' WHERE id = ?", later);
    for (long id : new long[] {live, draft, later}) {
      TestDatabase.update(
          "INSERT INTO event_topic (event_id, topic_id) VALUES (?, ?)", id, topicId);
    }
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, status, published_at,"
            + " created_at, updated_at) SELECT id, 'draft-series', 'Draft series "
            + slug
            + "',"
            + " 'PLANNED', NULL, now(), now() FROM collaborative WHERE slug = ?",
        slug);
    TestDatabase.update(
        "INSERT INTO resource (collaborative_id, title, kind, url, published_at, created_at,"
            + " updated_at) SELECT id, 'Draft resource "
            + slug
            + "', 'WEBSITE',"
            + " 'https://x.example', NULL, now(), now() FROM collaborative WHERE slug = ?",
        slug);

    String[] surfaces = {
      "/",
      "/events",
      "/events?collaborative=" + slug,
      "/events.ics",
      "/c/" + slug,
      "/c/" + slug + "/events",
      "/c/" + slug + "/events.ics",
      "/c/" + slug + "/resources",
      "/topics/" + topic,
      "/api/v1/events?collaborative=" + slug
    };
    for (String surface : surfaces) {
      String body = portal.get(surface).body();
      assertThat(body)
          .as(surface)
          .doesNotContain("Draft event " + slug)
          .doesNotContain("Scheduled event " + slug)
          .doesNotContain("Draft series " + slug)
          .doesNotContain("Draft resource " + slug);
    }
    assertThat(portal.get("/c/" + slug + "/events").body()).contains("Live event " + slug);
    for (long hidden : new long[] {draft, later}) {
      assertThat(portal.get("/c/" + slug + "/events/" + hidden).statusCode()).isEqualTo(404);
      assertThat(portal.get("/c/" + slug + "/events/" + hidden + ".ics").statusCode())
          .isEqualTo(404);
      assertThat(portal.get("/api/v1/events/" + hidden).statusCode()).isEqualTo(404);
    }
    assertThat(portal.get("/c/" + slug + "/series/draft-series").statusCode()).isEqualTo(404);

    // uploaded files follow their item: a draft's file is not served, a published one is, as a
    // download that browsers must not sniff into something else
    String liveFile = material(live);
    String draftFile = material(draft);
    assertThat(portal.get("/c/" + slug + "/materials/" + draftFile + "/slides.pdf").statusCode())
        .isEqualTo(404);
    var served = portal.get("/c/" + slug + "/materials/" + liveFile + "/slides.pdf");
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment");
    assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(served.body()).startsWith("%PDF-");
    String draftResource =
        TestDatabase.queryString(
            "INSERT INTO resource (collaborative_id, title, kind, file_name, file_type, size_bytes,"
                + " sha256, content, created_at, updated_at) SELECT id, 'Draft file', 'DOCUMENT',"
                + " 'guide.pdf', 'PDF', 9, 'x', convert_to('%PDF-1.4 ', 'UTF8'), now(), now()"
                + " FROM collaborative WHERE slug = ? RETURNING id",
            slug);
    assertThat(portal.get("/c/" + slug + "/resources/" + draftResource + "/guide.pdf").statusCode())
        .isEqualTo(404);
    TestDatabase.update(
        "UPDATE resource SET published_at = now() WHERE id = ?", Long.parseLong(draftResource));
    assertThat(portal.get("/c/" + slug + "/resources/" + draftResource + "/guide.pdf").statusCode())
        .isEqualTo(200);
    // another collaborative's space does not serve it
    String other =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("other"), "Other", "OT");
    assertThat(
            portal.get("/c/" + other + "/resources/" + draftResource + "/guide.pdf").statusCode())
        .isEqualTo(404);

    // the scheduled time comes
    TestDatabase.update(
        "UPDATE event SET published_at = now() - interval '1 second' WHERE id = ?", later);
    assertThat(portal.get("/c/" + slug + "/events/" + later).statusCode()).isEqualTo(200);
    assertThat(portal.get("/topics/" + topic).body()).contains("Scheduled event " + slug);
    assertThat(portal.get("/events.ics").body()).contains("Scheduled event " + slug);
  }

  /** A PDF material on {@code event}; returns its id. */
  private static String material(long event) throws Exception {
    return TestDatabase.queryString(
        "INSERT INTO material (collaborative_id, event_id, title, file_name, file_type, size_bytes,"
            + " sha256, content, created_at) SELECT collaborative_id, id, 'Slides', 'slides.pdf',"
            + " 'PDF', 9, 'x', convert_to('%PDF-1.4 ', 'UTF8'), now() FROM event WHERE id = ?"
            + " RETURNING id",
        event);
  }

  @Test
  void anEditorSchedulesAnEventFromTheForm(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug = TestDatabase.uniqueSlug("schedule");
    TestDatabase.insertCollaborative(slug, "Schedule Health", "SCH");
    String editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Schedule Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    FacesClient client = new FacesClient(portal);
    client.signIn(editor, PASSWORD);
    client.get("/manage/event");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("title", "Announced tomorrow");
    form.put("date", LocalDate.now().plusDays(30).toString());
    form.put("startTime", "12:00");
    form.put("endTime", "13:00");
    form.put("zoneId", "America/Chicago");
    form.put("format", "ONLINE");
    form.put("published", "on");
    form.put("publishAt", LocalDateTime.now().plusDays(1).withNano(0).withSecond(0).toString());
    String id =
        client.submit("event", "save", form).uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
    assertThat(
            TestDatabase.queryString(
                "SELECT published_at > now() FROM event WHERE id = ?", Long.parseLong(id)))
        .isEqualTo("t");
    assertThat(portal.get("/c/" + slug + "/events/" + id).statusCode()).isEqualTo(404);
  }
}
