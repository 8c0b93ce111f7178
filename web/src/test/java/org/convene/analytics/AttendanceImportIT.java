package org.convene.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
 * Attendance import over HTTP: bad files are refused with their reason and change nothing; the
 * analytics count only the caller's collaborative; another collaborative's event, analytics and
 * network figures are out of reach.
 */
@ExtendWith(RunningPortal.class)
class AttendanceImportIT {

  private String slug;
  private long event;
  private String editor;

  @BeforeEach
  void pastEventWithRegistrants(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    slug = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("att"), "Attending", "AT");
    event =
        EventFixtures.insertEvent(
            slug,
            "Held last week",
            Instant.now().minus(Duration.ofDays(7)),
            Duration.ofHours(1),
            "America/Chicago",
            null);
    for (String who : new String[] {"ann", "bob", "cy"}) {
      TestDatabase.update(
          "INSERT INTO registration (collaborative_id, event_id, name, email, organization,"
              + " status, cancel_token_sha256, requested_at, confirmed_at) SELECT"
              + " collaborative_id, id, ?, ?, 'Mayo Clinic', 'CONFIRMED', md5(random()::text),"
              + " now() - interval '9 days', now() - interval '9 days' FROM event WHERE id = ?",
          who,
          who + "-" + slug + "@example.org",
          event);
    }
    editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Att Editor", TestDatabase.PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
  }

  private HttpResponse<String> preview(FacesClient client, byte[] file) {
    client.get("/manage/registrants?event=" + event);
    return client.submitFile("import", "preview", Map.of(), "attendeeFile", "zoom.csv", file);
  }

  private long attended() throws Exception {
    return EventFixtures.count(
        "SELECT count(*) FROM registration WHERE event_id = ? AND attended", event);
  }

  @Test
  void badFilesAreRefusedWithTheirReasonAndChangeNothing(Portal portal) throws Exception {
    FacesClient client = new FacesClient(portal);
    client.signIn(editor, TestDatabase.PASSWORD);
    String ann = "ann-" + slug + "@example.org";
    assertThat(preview(client, ("Name,Phone\nAnn,555\n").getBytes(StandardCharsets.UTF_8)).body())
        .contains("No e-mail column")
        .contains("Its first line is: Name, Phone");
    assertThat(
            preview(
                    client,
                    ("Email,Name\n" + ann + ",Jos\u00e9\n").getBytes(StandardCharsets.ISO_8859_1))
                .body())
        .contains("not UTF-8 text");
    StringBuilder million = new StringBuilder("Email\n");
    for (int i = 0; i < 60_000; i++) {
      million.append("p").append(i).append("@x.org\n");
    }
    assertThat(preview(client, million.toString().getBytes(StandardCharsets.UTF_8)).body())
        .contains("more than 50,000 rows");
    assertThat(attended()).isZero();

    // a good file: the preview changes nothing, the confirmation marks, audited
    String good = "Email,Name\n" + ann + ",Ann\nstranger@example.org,Stranger\n";
    HttpResponse<String> shown = preview(client, good.getBytes(StandardCharsets.UTF_8));
    assertThat(shown.body())
        .contains("1 registrant</strong> would be marked as attended")
        .contains("stranger@example.org");
    assertThat(attended()).isZero();
    HttpResponse<String> done = client.submit("importPreview", "confirm", Map.of());
    assertThat(done.body()).contains("1 person marked as attended.");
    assertThat(attended()).isEqualTo(1);
    assertThat(
            TestDatabase.queryString(
                "SELECT count(*) FROM audit_entry WHERE action = 'registration.attendance-import'"
                    + " AND summary LIKE ?",
                "%event #" + event + ": 1 marked%"))
        .isEqualTo("1");

    // the collaborative's analytics count it; its public page too
    String analytics = client.get("/manage/analytics").body();
    assertThat(analytics).contains("Held last week").contains("Attending");
    String csv = client.get("/manage/analytics.csv?part=events").body();
    assertThat(csv).contains("Held last week").contains(",3,1,0,0,");
    assertThat(portal.get("/c/" + slug + "/events/" + event).body())
        .contains("1 person took part.");
  }

  @Test
  void anotherCollaborativesEditorReachesNoneOfIt(Portal portal) throws Exception {
    String other = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("oth"), "Other", "OT");
    String stranger = "editor-" + other + "@example.org";
    TestDatabase.createAccount(stranger, "Other Editor", TestDatabase.PASSWORD, false);
    TestDatabase.grantEditor(stranger, other);
    FacesClient outsider = new FacesClient(portal);
    outsider.signIn(stranger, TestDatabase.PASSWORD);
    for (String path :
        new String[] {
          "/manage/registrants?event=" + event,
          "/manage/check-in?event=" + event,
          "/admin/analytics",
          "/admin/analytics.csv?part=events",
        }) {
      HttpResponse<String> refused = outsider.get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(404);
      assertThat(refused.body()).as(path).doesNotContain("Held last week");
    }
    assertThat(outsider.get("/manage/analytics").body())
        .contains("No registrations yet")
        .doesNotContain("Held last week");
    assertThat(outsider.get("/manage/analytics.csv?part=events").body())
        .doesNotContain("Held last week");
  }
}
