package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editor of one collaborative ("lakes") tries every page route to another's ("peaks") events
 * and registrants — their ids in the URL, a tampered form post, the CSV export, the other space's
 * registration form — and sees nothing and changes nothing. (The services are tried directly in
 * AccessControlIT.)
 */
@ExtendWith(RunningPortal.class)
class EventIsolationIT {

  @Test
  void anEditorCannotSeeOrEditAnotherCollaborativesEventsOrRegistrantsByAnyRoute(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String lakes =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("lakes"), "Lakes", "LC");
    String peaks =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("peaks"), "Peaks", "PC");
    String editor = "editor-" + lakes + "@example.org";
    TestDatabase.createAccount(editor, "Lakes Editor", EventEditingIT.PASSWORD, false);
    TestDatabase.grantEditor(editor, lakes);
    Instant later = Instant.now().plus(Duration.ofDays(8));
    long own =
        EventFixtures.insertEvent(
            lakes, "Lakes meeting", later, Duration.ofHours(1), "America/Chicago", 10);
    long theirs =
        EventFixtures.insertEvent(
            peaks, "Peaks meeting", later, Duration.ofHours(1), "America/Denver", 10);
    TestDatabase.update(
        "INSERT INTO registration (collaborative_id, event_id, name, email, status,"
            + " cancel_token_sha256, requested_at) SELECT collaborative_id, id, 'Private Person',"
            + " 'private-"
            + peaks
            + "@example.org', 'CONFIRMED', md5(random()::text), now()"
            + " FROM event WHERE id = ?",
        theirs);
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, status, created_at, updated_at)"
            + " SELECT id, 'peaks-series', 'Peaks series', 'PLANNED', now(), now()"
            + " FROM collaborative WHERE slug = ?",
        peaks);
    String series =
        TestDatabase.queryString(
            "SELECT id FROM event_series WHERE slug = 'peaks-series'"
                + " AND collaborative_id = (SELECT id FROM collaborative WHERE slug = ?)",
            peaks);

    FacesClient client = new FacesClient(portal);
    client.signIn(editor, EventEditingIT.PASSWORD);
    for (String path :
        new String[] {
          "/manage/event?id=" + theirs,
          "/manage/registrants?event=" + theirs,
          "/manage/registrants.csv?event=" + theirs,
          "/manage/series?id=" + series,
        }) {
      var response = client.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body())
          .as(path)
          .doesNotContain("Private Person")
          .doesNotContain("Peaks meeting");
    }
    assertThat(client.get("/manage/events").body())
        .contains("Lakes meeting")
        .doesNotContain("Peaks meeting");

    // a post of the editor's own form with the other event's id slipped in
    client.get("/manage/event?id=" + own);
    var tampered =
        client.submit(
            "event", "save", Map.of("title", "Hijacked"), Map.of("id", Long.toString(theirs)));
    assertThat(tampered.body()).doesNotContain("Peaks meeting");
    assertThat(TestDatabase.queryString("SELECT title FROM event WHERE id = ?", theirs))
        .isEqualTo("Peaks meeting");

    // the other collaborative's event through this collaborative's space: not there
    assertThat(portal.get("/c/" + lakes + "/events/" + theirs).statusCode()).isEqualTo(404);
    var wrongSpace =
        client.post(
            "/c/" + lakes + "/events/" + theirs,
            Map.of("name", "X", "email", "x-" + lakes + "@example.org"));
    assertThat(wrongSpace.statusCode()).isEqualTo(404);
    assertThat(EventFixtures.count("SELECT count(*) FROM registration WHERE event_id = ?", theirs))
        .isEqualTo(1);
  }
}
