package org.convene.practice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One collaborative adopts another's practice in its own workspace: the originator's page shows it
 * at once with the adopter's version, the originator's editor gets one e-mail, the version shows
 * where it came from, and an adaptation of the adaptation (a stopped attempt) hangs under it in the
 * lineage; a draft adoption is nowhere public.
 */
@ExtendWith(RunningPortal.class)
class AdoptionsIT {

  static final String PASSWORD = "correct horse battery staple";

  @Test
  void anAdaptationShowsOnTheOriginatorsPracticeAndLineageAndTheOriginatorIsTold(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String origin =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("orig"), "Origin Health", "OH");
    String adopter =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("adopt"), "Adopter Quality Forum", "AQF");
    String third =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("third"), "Third Network", "TN");
    long huddles = practice(origin, "huddles", "Peer support huddles", "now()");
    long rural = practice(adopter, "rural-huddles", "Huddles for rural clinics", "now()");
    long thirds = practice(third, "phone-huddles", "Huddles by phone", "now()");
    String originEditor = "editor-" + origin + "@example.org";
    TestDatabase.createAccount(originEditor, "Origin Editor", PASSWORD, false);
    TestDatabase.grantEditor(originEditor, origin);
    String adopterEditor = "editor-" + adopter + "@example.org";
    TestDatabase.createAccount(adopterEditor, "Adopter Editor", PASSWORD, false);
    TestDatabase.grantEditor(adopterEditor, adopter);

    FacesClient client = new FacesClient(portal);
    client.signIn(adopterEditor, PASSWORD);
    assertThat(client.get("/manage/adoptions").body())
        .contains("No adoptions recorded yet.")
        .contains("OH — Peer support huddles")
        .doesNotContain("AQF — Huddles for rural clinics");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("practiceId", Long.toString(huddles));
    form.put("status", "STOPPED");
    form.put("changes", "Weekly instead of every shift; led by the clinic manager.");
    form.put("adaptationId", Long.toString(rural));
    form.put("published", "on");
    assertThat(client.submit("adoption", "save", form).body())
        .contains("Nothing was saved")
        .contains("Say why it stopped");
    form.put("status", "PILOTING");
    form.put("startedOn", "2021-03-01");
    assertThat(client.submit("adoption", "save", form).body())
        .contains("The adoption is saved and shown on the practice page.");

    String page = portal.get("/c/" + origin + "/practices/huddles").body();
    assertThat(page)
        .contains("Adopted once by 1 collaborative")
        .contains("Adopter Quality Forum")
        .contains("Piloting")
        .contains("2021")
        .contains("href=\"/c/" + adopter + "/practices/rural-huddles\"");
    assertThat(portal.get("/c/" + adopter + "/practices/rural-huddles").body())
        .contains("id=\"practice-origin\"")
        .contains("href=\"/c/" + origin + "/practices/huddles\"")
        .contains("Weekly instead of every shift");

    List<MimeMessage> told = EventFixtures.mailTo(portal, originEditor, 1, Duration.ofSeconds(30));
    assertThat(told).hasSize(1);
    assertThat(told.get(0).getSubject()).isEqualTo("AQF is adopting “Peer support huddles”");
    assertThat(EventFixtures.text(told.get(0)))
        .contains("Adopter Quality Forum has recorded that it is adopting")
        .contains("/c/" + origin + "/practices/huddles");
    assertThat(EventFixtures.html(told.get(0)))
        .contains("See your practice")
        .contains("you edit a collaborative");

    // the adaptation adapted again (a stopped attempt), and a draft adoption that stays private
    adoption(third, rural, thirds, "STOPPED", "'Staff would not join by phone.'", "now()");
    adoption(third, huddles, null, "CONSIDERING", "NULL", "NULL");
    String lineage = portal.get("/c/" + origin + "/practices/huddles").body();
    assertThat(lineage)
        .contains("Adopted 2 times by 2 collaboratives")
        .contains("Stopped: Staff would not join by phone.")
        .contains("href=\"/c/" + third + "/practices/phone-huddles\"")
        .doesNotContain("Considering");
    // nested: the third network's attempt is listed inside the adopter's entry
    String adopterEntry = lineage.substring(lineage.indexOf("Adopter Quality Forum"));
    assertThat(adopterEntry.indexOf("Third Network")).isLessThan(adopterEntry.indexOf("</li>"));

    // the origin's series counts the practice presented in it and its direct adoptions
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, status, published_at,"
            + " created_at, updated_at) SELECT id, 'wellbeing-series', 'Wellbeing series',"
            + " 'CONCLUDED', now(), now(), now() FROM collaborative WHERE slug = ?",
        origin);
    TestDatabase.update(
        "INSERT INTO event (collaborative_id, series_id, slug, title, starts_at, ends_at, zone_id,"
            + " format, status, published_at, created_at, updated_at) SELECT c.id, s.id,"
            + " 'huddles-talk', 'Huddles talk', now() - interval '9 days', now() - interval '9 days'"
            + " + interval '1 hour', 'UTC', 'ONLINE', 'COMPLETED', now() - interval '20 days',"
            + " now(), now() FROM collaborative c JOIN event_series s ON s.collaborative_id = c.id"
            + " WHERE c.slug = ?",
        origin);
    TestDatabase.update(
        "INSERT INTO practice_event (practice_id, event_id) SELECT ?, e.id FROM event e"
            + " JOIN collaborative c ON c.id = e.collaborative_id WHERE c.slug = ?",
        huddles,
        origin);
    assertThat(portal.get("/c/" + origin + "/series/wellbeing-series").body())
        .contains("1 practice presented in this series, adopted once by 1 collaborative.")
        .contains("href=\"/c/" + origin + "/practices/huddles\"");

    // saving again does not tell the originator twice
    client.get(
        "/manage/adoptions?id="
            + TestDatabase.queryString(
                "SELECT a.id::text FROM adoption a JOIN collaborative c ON c.id = a.collaborative_id"
                    + " WHERE c.slug = ?",
                adopter));
    form.put("status", "ADOPTED");
    assertThat(client.submit("adoption", "save", form).body()).contains("The adoption is saved");
    Thread.sleep(3_000);
    assertThat(EventFixtures.mailTo(portal, originEditor, 2, Duration.ofSeconds(2))).hasSize(1);
  }

  private static long practice(String slug, String practiceSlug, String name, String published)
      throws Exception {
    return Long.parseLong(
        TestDatabase.queryString(
            "INSERT INTO practice (collaborative_id, slug, name, published_at, created_at,"
                + " updated_at) SELECT id, ?, ?, "
                + published
                + ", now(), now() FROM collaborative WHERE slug = ? RETURNING id::text",
            practiceSlug,
            name,
            slug));
  }

  private static void adoption(
      String slug, long practice, Long adaptation, String status, String reason, String published)
      throws Exception {
    TestDatabase.update(
        "INSERT INTO adoption (collaborative_id, practice_id, adaptation_id, status,"
            + " stopped_reason, published_at, created_at, updated_at)"
            + " SELECT id, ?, ?, ?, "
            + reason
            + ", "
            + published
            + ", now(), now() FROM collaborative WHERE slug = ?",
        practice,
        adaptation,
        status,
        slug);
  }
}
