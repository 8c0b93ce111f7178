package org.convene.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Practices as an editor writes them and visitors find them: a clear message for a missing name, a
 * draft nowhere public (page, list, search, sitemap), then published with the session where it was
 * presented and a resource that goes with it, each save kept as a revision.
 */
@ExtendWith(RunningPortal.class)
class PracticesIT {

  static final String PASSWORD = "correct horse battery staple";

  @Test
  void anEditorDescribesAPracticeAndPublishesItWithItsSessionAndResource(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("prac"), "Practice Health", "PH");
    String word =
        "zq" + Long.toString(System.nanoTime() % 1_000_000_000L, 26).replaceAll("[0-9]", "x");
    long session =
        Long.parseLong(
            TestDatabase.queryString(
                "INSERT INTO event (collaborative_id, slug, title, starts_at, ends_at, zone_id,"
                    + " format, status, published_at, created_at, updated_at)"
                    + " SELECT id, 'huddles-session', 'Huddles in practice', now() - interval '30"
                    + " days', now() - interval '30 days' + interval '1 hour', 'America/Chicago',"
                    + " 'ONLINE', 'COMPLETED', now() - interval '40 days', now(), now()"
                    + " FROM collaborative WHERE slug = ? RETURNING id::text",
                slug));
    long handout =
        Long.parseLong(
            TestDatabase.queryString(
                "INSERT INTO resource (collaborative_id, title, kind, url, published_at,"
                    + " created_at, updated_at) SELECT id, 'Huddle facilitation guide', 'TOOLKIT',"
                    + " 'https://example.org/guide', now(), now(), now() FROM collaborative"
                    + " WHERE slug = ? RETURNING id::text",
                slug));
    String topic = "t-" + word;
    long topicId =
        Long.parseLong(
            TestDatabase.queryString(
                "INSERT INTO topic (slug, name, created_at) VALUES (?, ?, now()) RETURNING id::text",
                topic,
                "Topic " + word));
    String editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Practice Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    FacesClient client = new FacesClient(portal);
    client.signIn(editor, PASSWORD);

    assertThat(client.get("/manage/practices").body())
        .contains("No practices yet.")
        .contains("Huddles in practice")
        .contains("Huddle facilitation guide");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", "");
    form.put("summary", "Fifteen minutes at shift change.");
    form.put("evidenceLevel", "PILOTED");
    form.put("zoneId", "America/Chicago");
    assertThat(client.submit("practice", "save", form).body())
        .contains("Nothing was saved")
        .contains("Name the practice.");
    assertThat(count(slug)).isEqualTo("0");

    form.put("name", "Peer support huddles " + word);
    form.put("problem", "Nurses carry distress from shift to shift.");
    form.put("howItWorks", "A trained peer leads a short huddle.\nAnyone may pass.");
    form.put("evidence", "Pilot on two units: fewer sick days.");
    form.put("eventIds", Long.toString(session));
    form.put("resourceIds", Long.toString(handout));
    form.put("topicIds", Long.toString(topicId));
    assertThat(client.submit("practice", "save", form).body())
        .contains("“Peer support huddles " + word + "” is saved as a draft.");
    String path = "/c/" + slug + "/practices/peer-support-huddles-" + word;
    assertThat(portal.get(path).statusCode()).isEqualTo(404);
    assertThat(portal.get("/c/" + slug + "/practices").body())
        .contains("No practices published yet.")
        .doesNotContain(word);
    assertThat(portal.get("/search?q=" + word).body()).contains("Nothing found for");
    assertThat(portal.get("/sitemaps/c/" + slug + ".xml").body()).doesNotContain(word);
    assertThat(portal.get("/topics/" + topic).body()).doesNotContain("Peer support huddles");
    assertThat(portal.get("/feeds/topics/" + topic + ".atom").body())
        .doesNotContain("Peer support huddles");

    long id =
        Long.parseLong(
            TestDatabase.queryString(
                "SELECT p.id::text FROM practice p JOIN collaborative c"
                    + " ON c.id = p.collaborative_id WHERE c.slug = ?",
                slug));
    client.get("/manage/practices?id=" + id);
    form.put("published", "on");
    assertThat(client.submit("practice", "save", form).body())
        .contains("“Peer support huddles " + word + "” is saved.");

    String page = portal.get(path).body();
    assertThat(page)
        .contains("<h1 id=\"practice-title\">Peer support huddles " + word + "</h1>")
        .contains("Piloted")
        .contains("Nurses carry distress from shift to shift.")
        .contains("Pilot on two units: fewer sick days.")
        .contains("Huddles in practice")
        .contains("/c/" + slug + "/events/" + session + "-huddles-session")
        .contains("Huddle facilitation guide");
    assertThat(portal.get("/c/" + slug + "/practices").body())
        .contains("href=\"/c/" + slug + "/practices/peer-support-huddles-" + word + "\"");
    assertThat(portal.get("/search?q=" + word).body())
        .contains("<span class=\"label\">Practice</span>")
        .contains(path);
    assertThat(portal.get("/sitemaps/c/" + slug + ".xml").body()).contains(path);
    // on its topic's page and in its topic's feed
    assertThat(portal.get("/topics/" + topic).body())
        .contains("id=\"topic-practices\"")
        .contains("href=\"/c/" + slug + "/practices/peer-support-huddles-" + word + "\"");
    assertThat(portal.get("/feeds/topics/" + topic + ".atom").body())
        .contains("<title>Peer support huddles " + word + "</title>")
        .contains("term=\"Practice\"");
    assertThat(
            TestDatabase.queryString(
                "SELECT count(*)::text FROM revision WHERE item_type = 'PRACTICE' AND item_id = ?",
                id))
        .isEqualTo("2");
    assertThat(portal.get("/c/" + slug + "/practices/no-such-practice").statusCode())
        .isEqualTo(404);
  }

  private static String count(String slug) throws Exception {
    return TestDatabase.queryString(
        "SELECT count(*)::text FROM practice p JOIN collaborative c ON c.id = p.collaborative_id"
            + " WHERE c.slug = ?",
        slug);
  }
}
