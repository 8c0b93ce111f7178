package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Editor input that used to answer 500 or change data silently: each gets a clear message (or just
 * works) and changes nothing it should not.
 */
@ExtendWith(RunningPortal.class)
class EditorBadInputIT {

  private static final String PASSWORD = "correct horse battery staple";
  private String slug;
  private String editor;
  private long event;

  @BeforeEach
  void editor(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    slug = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("bad"), "Bad Input", "BI");
    editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Careful Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    event =
        EventFixtures.insertEvent(
            slug,
            "Original",
            Instant.now().plus(Duration.ofDays(9)),
            Duration.ofHours(1),
            "America/Chicago",
            10);
  }

  private FacesClient onEventPage(Portal portal) {
    FacesClient client = new FacesClient(portal);
    assertThat(client.signIn(editor, PASSWORD).uri().getPath()).isEqualTo("/manage/");
    client.get("/manage/event?id=" + event);
    return client;
  }

  private static Map<String, String> edit(String title) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("zoneId", "America/Chicago");
    fields.put("format", "ONLINE");
    fields.put("title", title);
    return fields;
  }

  @Test
  void aPresenterChosenTwiceInATamperedPostIsSavedOnce(Portal portal) throws Exception {
    String presenter =
        TestDatabase.queryString(
            "INSERT INTO presenter (collaborative_id, name) SELECT id, 'Dr. Twice' FROM"
                + " collaborative WHERE slug = ? RETURNING id::text",
            slug);
    FacesClient client = onEventPage(portal);

    HttpResponse<String> saved =
        client.submitRepeating(
            "event",
            "save",
            edit("With a presenter"),
            "presenterIds",
            List.of(presenter, presenter));

    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("is saved.");
    assertThat(
            EventFixtures.count("SELECT count(*) FROM event_presenter WHERE event_id = ?", event))
        .isEqualTo(1);
  }

  @Test
  void tooLongATextIsRefusedWithItsLimitInsteadOfBeingCut(Portal portal) throws Exception {
    FacesClient client = onEventPage(portal);
    Map<String, String> fields = edit("Renamed");
    fields.put("format", "IN_PERSON");
    fields.put("location", "x".repeat(301));
    fields.put("discussionTopics", "y".repeat(4_001));

    String refused = client.submit("event", "save", fields).body();

    assertThat(refused)
        .contains("The location can be at most 300 characters; it has 301.")
        .contains("The discussion topics can be at most 4,000 characters; it has 4,001.");
    assertThat(TestDatabase.queryString("SELECT title FROM event WHERE id = ?", event))
        .isEqualTo("Original");
  }

  @Test
  void savingAfterTheCollaborativeWasRenamedStillSaves(Portal portal) throws Exception {
    FacesClient client = onEventPage(portal);
    String renamed = slug + "-new";
    TestDatabase.update("UPDATE collaborative SET slug = ? WHERE slug = ?", renamed, slug);
    TestDatabase.addRedirect(slug, renamed);

    HttpResponse<String> saved = client.submit("event", "save", edit("Saved after rename"));

    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("is saved.").doesNotContain("Something went wrong");
    assertThat(TestDatabase.queryString("SELECT title FROM event WHERE id = ?", event))
        .isEqualTo("Saved after rename");
  }

  @Test
  void aPostFromAnExpiredPageComesBackFreshWithANoticeAndSavesNothing(Portal portal)
      throws Exception {
    FacesClient client = onEventPage(portal);
    String first = client.get("/manage/event?id=" + event).body();
    for (int i = 0; i < 30; i++) { // thirty more tabs: the first one's view is long gone
      client.get("/manage/event?id=" + event);
    }
    java.util.regex.Matcher state =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(first.substring(first.indexOf("id=\"event\"")));
    assertThat(state.find()).isTrue();
    Map<String, String> post = new LinkedHashMap<>();
    post.put("event", "event");
    post.put("jakarta.faces.ViewState", state.group(1));
    edit("From the first tab").forEach((k, v) -> post.put("event:" + k, v));
    post.put("event:save", "x");

    HttpResponse<String> answer = client.post("/manage/event?id=" + event, post);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.uri().getPath()).isEqualTo("/manage/event");
    assertThat(answer.body())
        .contains("This page had expired, so nothing was saved.")
        .contains("Edit event");
    assertThat(TestDatabase.queryString("SELECT title FROM event WHERE id = ?", event))
        .isEqualTo("Original");
  }

  @Test
  void loweringTheCapacityBelowTheConfirmedSaysWhatHappensToThem(Portal portal) throws Exception {
    for (int i = 0; i < 4; i++) {
      TestDatabase.update(
          "INSERT INTO registration (collaborative_id, event_id, name, email, status,"
              + " cancel_token_sha256, requested_at, confirmed_at) SELECT collaborative_id, id,"
              + " 'P', ?, 'CONFIRMED', md5(random()::text), now(), now() FROM event WHERE id = ?",
          "p" + i + "-" + slug + "@example.org",
          event);
    }
    FacesClient client = onEventPage(portal);
    Map<String, String> fields = edit("Smaller room");
    fields.put("capacity", "2");

    String saved = client.submit("event", "save", fields).body();

    assertThat(saved)
        .contains("is saved.")
        .contains("4 people are already confirmed, more than the new capacity of 2.")
        .contains("They all keep their seats");
    assertThat(EventFixtures.registrations(event, "CONFIRMED")).isEqualTo(4);
  }
}
