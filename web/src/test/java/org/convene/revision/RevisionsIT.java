package org.convene.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each save keeps a revision (who, when); an editor views and restores an earlier one. */
@ExtendWith(RunningPortal.class)
class RevisionsIT {

  static final String PASSWORD = "correct horse battery staple";

  @Test
  void anEditorViewsAndRestoresAnEarlierRevisionAndNobodyElseSeesThem(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug = TestDatabase.uniqueSlug("revisions");
    TestDatabase.insertCollaborative(slug, "Revision Health", "RH");
    String other =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("other"), "Other", "OT");
    String editor = "editor-" + slug + "@example.org";
    String outsider = "editor-" + other + "@example.org";
    TestDatabase.createAccount(editor, "Revision Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    TestDatabase.createAccount(outsider, "Other Editor", PASSWORD, false);
    TestDatabase.grantEditor(outsider, other);

    FacesClient client = new FacesClient(portal);
    client.signIn(editor, PASSWORD);
    client.get("/manage/event");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("title", "First title");
    form.put("date", LocalDate.now().plusDays(40).toString());
    form.put("startTime", "12:00");
    form.put("endTime", "13:00");
    form.put("zoneId", "America/Chicago");
    form.put("format", "ONLINE");
    form.put("published", "on");
    String created = client.submit("event", "save", form).uri().getQuery();
    long id = Long.parseLong(created.replaceAll(".*id=(\\d+).*", "$1"));
    form.put("title", "Second title");
    client.get("/manage/event?id=" + id);
    client.submit("event", "save", form);
    assertThat(TestDatabase.queryString("SELECT title FROM event WHERE id = ?", id))
        .isEqualTo("Second title");

    String page = client.get("/manage/event?id=" + id).body();
    assertThat(page).contains("revision-table").contains(editor);
    // saved at a time in the event's own zone, never in UTC
    String history = page.substring(page.indexOf("revision-table"));
    assertThat(history).containsPattern("[AP]M C[SD]T|[ap]m C[SD]T").doesNotContain("UTC");
    String first =
        TestDatabase.queryString(
            "SELECT id FROM revision WHERE item_type = 'EVENT' AND item_id = ? AND number = 1", id);
    assertThat(client.get("/manage/revision?id=" + first).body())
        .contains("Revision 1")
        .contains("First title")
        .doesNotContain("Second title");

    // revisions are listed latest first: row 1 is revision 1
    client.get("/manage/event?id=" + id);
    String restored = client.submit("revisions", "rows:1:restore", Map.of()).body();
    assertThat(restored).contains("Revision 1 is restored.");
    assertThat(TestDatabase.queryString("SELECT title FROM event WHERE id = ?", id))
        .isEqualTo("First title");
    assertThat(
            EventFixtures.count(
                "SELECT count(*) FROM revision WHERE item_type = 'EVENT' AND item_id = ?", id))
        .isEqualTo(3);
    assertThat(
            TestDatabase.queryString(
                "SELECT note FROM revision WHERE item_type = 'EVENT' AND item_id = ? AND number = 3",
                id))
        .isEqualTo("Restored revision 1");
    assertThat(portal.get("/c/" + slug + "/events/" + id).body()).contains("First title");

    // opening registration (it was closed) is a save too
    client.get("/manage/event?id=" + id);
    client.submit("lifecycle", "openRegistration", Map.of());
    assertThat(
            TestDatabase.queryString(
                "SELECT note FROM revision WHERE item_type = 'EVENT' AND item_id = ? AND number = 4",
                id))
        .isEqualTo("Registration opened");

    FacesClient stranger = new FacesClient(portal);
    stranger.signIn(outsider, PASSWORD);
    var refused = stranger.get("/manage/revision?id=" + first);
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).doesNotContain("First title");
  }
}
