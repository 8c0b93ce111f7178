package org.convene.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * The editor's "Archive or delete" panel over HTTP: archiving asks first and then takes the event
 * off its public page (and restoring brings it back); a draft is deleted only once confirmed.
 */
@ExtendWith(RunningPortal.class)
class ArchivePagesIT {

  @Test
  void anEditorArchivesAndRestoresAnEventAfterConfirmingAndDeletesADraft(Portal portal)
      throws Exception {
    String slug = WorkspaceEditingBrowserIT.editorOf("archive");
    long event =
        EventFixtures.insertEvent(
            slug,
            "Webinar for the archive",
            Instant.now().minus(Duration.ofDays(30)),
            Duration.ofHours(1),
            "America/Chicago",
            30);
    String publicPage = "/c/" + slug + "/events/" + event;
    assertThat(portal.get(publicPage).statusCode()).isEqualTo(200);
    FacesClient editor = new FacesClient(portal);
    editor.signIn("editor-" + slug + "@example.org", TestDatabase.PASSWORD);

    assertThat(editor.get("/manage/event?id=" + event).body())
        .contains("Archive or delete")
        .contains("has been published, so it is kept");
    HttpResponse<String> asked = editor.submit("lifecycle-form", "askArchive", Map.of());
    assertThat(asked.body()).contains("Archive “Webinar for the archive”?");
    assertThat(portal.get(publicPage).statusCode()).isEqualTo(200);
    HttpResponse<String> archived = editor.submit("lifecycle-form", "archive", Map.of());
    assertThat(archived.body()).contains("It is archived").contains("Restore");
    assertThat(portal.get(publicPage).statusCode()).isEqualTo(404);
    assertThat(editor.get("/manage/events").body()).contains("Archived");

    editor.get("/manage/event?id=" + event);
    HttpResponse<String> restored = editor.submit("lifecycle-form", "restore", Map.of());
    assertThat(restored.body()).contains("It is restored and public again");
    assertThat(portal.get(publicPage).statusCode()).isEqualTo(200);

    TestDatabase.update(
        "INSERT INTO news_item (collaborative_id, slug, title, kind, dated, created_at,"
            + " updated_at) SELECT id, 'draft-to-delete', 'Draft to delete', 'POST',"
            + " current_date, now(), now() FROM collaborative WHERE slug = ?",
        slug);
    String draft =
        TestDatabase.queryString(
            "SELECT n.id FROM news_item n JOIN collaborative c ON c.id = n.collaborative_id"
                + " WHERE c.slug = ? AND n.slug = 'draft-to-delete'",
            slug);
    editor.get("/manage/news?id=" + draft);
    assertThat(editor.submit("lifecycle-form", "askDelete", Map.of()).body())
        .contains("Delete “Draft to delete”?");
    assertThat(
            TestDatabase.queryString("SELECT count(*) FROM news_item WHERE id = ?::bigint", draft))
        .isEqualTo("1");
    HttpResponse<String> deleted = editor.submit("lifecycle-form", "delete", Map.of());
    assertThat(deleted.body()).contains("The draft is deleted.");
    assertThat(
            TestDatabase.queryString("SELECT count(*) FROM news_item WHERE id = ?::bigint", draft))
        .isEqualTo("0");
  }

  @Test
  void aMistypedDuplicatePresenterIsMergedAfterConfirming(Portal portal) throws Exception {
    String slug = WorkspaceEditingBrowserIT.editorOf("merge");
    long first =
        EventFixtures.insertEvent(
            slug,
            "First talk",
            Instant.now().plus(Duration.ofDays(5)),
            Duration.ofHours(1),
            "America/Chicago",
            30);
    long second =
        EventFixtures.insertEvent(
            slug,
            "Second talk",
            Instant.now().plus(Duration.ofDays(12)),
            Duration.ofHours(1),
            "America/Chicago",
            30);
    TestDatabase.update(
        "INSERT INTO presenter (collaborative_id, name, affiliation) SELECT c.id, n.person,"
            + " 'Mayo Clinic' FROM collaborative c,"
            + " (VALUES ('Dr. Jane Doe'), ('Dr Jane Doe')) n(person)"
            + " WHERE c.slug = ?",
        slug);
    String keep = presenter(slug, "Dr. Jane Doe");
    String duplicate = presenter(slug, "Dr Jane Doe");
    // the first talk has both (the typo added twice), the second only the duplicate
    TestDatabase.update(
        "INSERT INTO event_presenter (event_id, presenter_id) VALUES (?, ?::bigint),"
            + " (?, ?::bigint), (?, ?::bigint)",
        first,
        keep,
        first,
        duplicate,
        second,
        duplicate);
    FacesClient editor = new FacesClient(portal);
    editor.signIn("editor-" + slug + "@example.org", TestDatabase.PASSWORD);

    editor.get("/manage/presenters?id=" + keep);
    // typed without choosing a suggestion (no JavaScript): asked to choose, nothing merged
    assertThat(editor.submit("merge", "askMerge", Map.of("duplicate_input", "Dr Jane Doe")).body())
        .contains("choose them from the suggestions")
        .doesNotContain("Yes, merge them");
    editor.get("/manage/presenters?id=" + keep);
    // the presenter itself is not its own duplicate
    assertThat(
            editor
                .submit("merge", "askMerge", Map.of("duplicate_input", "Dr. Jane Doe #" + keep))
                .body())
        .contains("Choose another presenter")
        .doesNotContain("Yes, merge them");
    editor.get("/manage/presenters?id=" + keep);
    HttpResponse<String> asked =
        editor.submit(
            "merge",
            "askMerge",
            Map.of("duplicate_input", "Dr Jane Doe (Mayo Clinic) #" + duplicate));
    assertThat(asked.body()).contains("Merge Dr Jane Doe into Dr. Jane Doe?");
    assertThat(presenter(slug, "Dr Jane Doe")).isEqualTo(duplicate);
    HttpResponse<String> merged = editor.submit("merge", "merge", Map.of());
    assertThat(merged.body()).contains("Dr Jane Doe is merged into Dr. Jane Doe");
    assertThat(presenter(slug, "Dr Jane Doe")).isNull();
    assertThat(
            TestDatabase.queryString(
                "SELECT string_agg(event_id::text || ':' || presenter_id, ',' ORDER BY event_id)"
                    + " FROM event_presenter WHERE event_id IN (?, ?)",
                first,
                second))
        .isEqualTo(first + ":" + keep + "," + second + ":" + keep);
    assertThat(
            TestDatabase.queryString(
                "SELECT count(*) FROM audit_entry WHERE action = 'presenter.merge'"
                    + " AND collaborative_slug = ?",
                slug))
        .isEqualTo("1");
  }

  @Test
  void aNewEventStartsInTheOrganisersZone(Portal portal) throws Exception {
    String slug = WorkspaceEditingBrowserIT.editorOf("zone");
    FacesClient editor = new FacesClient(portal);
    editor.signIn("editor-" + slug + "@example.org", TestDatabase.PASSWORD);
    // a first event: the network's default zone
    assertThat(editor.get("/manage/event").body())
        .containsPattern("<option value=\"America/Chicago\" selected=\"selected\"");
    EventFixtures.insertEvent(
        slug,
        "Mountain webinar",
        Instant.now().plus(Duration.ofDays(3)),
        Duration.ofHours(1),
        "America/Denver",
        30);
    assertThat(editor.get("/manage/event").body())
        .containsPattern("<option value=\"America/Denver\" selected=\"selected\"");
  }

  private static String presenter(String slug, String name) throws Exception {
    return TestDatabase.queryString(
        "SELECT p.id FROM presenter p JOIN collaborative c ON c.id = p.collaborative_id"
            + " WHERE c.slug = ? AND p.name = ?",
        slug,
        name);
  }
}
