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
}
