package org.convene.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The resource library: themes and sub-themes, drafts hidden, topics, isolation. */
@ExtendWith(RunningPortal.class)
class ResourcesIT {

  static final String PASSWORD = "correct horse battery staple";

  @Test
  void anEditorBuildsTheLibraryAndPublishedResourcesAppearUnderTheirThemesAndTopics(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug = TestDatabase.uniqueSlug("library");
    TestDatabase.insertCollaborative(slug, "Library Health", "LH");
    String editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Library Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    String topic = TestDatabase.uniqueSlug("restopic");
    String topicId =
        TestDatabase.queryString(
            "INSERT INTO topic (slug, name, created_at) VALUES (?, 'Resource topic', now())"
                + " RETURNING id",
            topic);

    FacesClient client = new FacesClient(portal);
    client.signIn(editor, PASSWORD);
    client.get("/manage/resources");
    assertThat(client.submit("theme", "add", Map.of("themeName", "How Systems Can Help")).body())
        .contains("The theme “How Systems Can Help” is added.");
    String parent =
        TestDatabase.queryString(
            "SELECT id FROM resource_theme WHERE name = 'How Systems Can Help'"
                + " AND collaborative_id = (SELECT id FROM collaborative WHERE slug = ?)",
            slug);
    client.get("/manage/resources");
    client.submit("theme", "add", Map.of("themeName", "Hotlines", "parentId", parent));
    String hotlines =
        TestDatabase.queryString(
            "SELECT id FROM resource_theme WHERE name = 'Hotlines'"
                + " AND collaborative_id = (SELECT id FROM collaborative WHERE slug = ?)",
            slug);

    client.get("/manage/resources");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("title", "Crisis line " + slug);
    form.put("kind", "HOTLINE");
    form.put("themeId", hotlines);
    form.put("url", "https://988lifeline.org/");
    form.put("summary", "Call or text 988.");
    form.put("topicIds", topicId);
    form.put("published", "on");
    assertThat(client.submitMultipart("resource", "save", form).body()).contains("is saved.");
    client.get("/manage/resources");
    Map<String, String> draft = new LinkedHashMap<>(form);
    draft.put("title", "Unfinished list " + slug);
    draft.remove("published");
    client.submitMultipart("resource", "save", draft);
    client.get("/manage/resources");
    Map<String, String> bad = new LinkedHashMap<>(form);
    bad.put("title", "No link " + slug);
    bad.put("url", "");
    assertThat(client.submitMultipart("resource", "save", bad).body())
        .contains("Enter a web address starting with https://.");

    String library = portal.get("/c/" + slug + "/resources").body();
    assertThat(library)
        .contains("<h2>How Systems Can Help</h2>")
        .contains("<h3>Hotlines</h3>")
        .contains("Crisis line " + slug)
        .doesNotContain("Unfinished list " + slug)
        .doesNotContain("No link " + slug);
    assertThat(portal.get("/topics/" + topic).body())
        .contains("Crisis line " + slug)
        .doesNotContain("Unfinished list " + slug);
    assertThat(portal.get("/c/" + slug).body()).contains("How Systems Can Help");
  }

  @Test
  void anEditorCannotTouchAnotherCollaborativesLibrary(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String lakes =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("lakes"), "Lakes", "LC");
    String peaks =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("peaks"), "Peaks", "PC");
    String editor = "editor-" + lakes + "@example.org";
    TestDatabase.createAccount(editor, "Lakes Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, lakes);
    String theirs =
        TestDatabase.queryString(
            "INSERT INTO resource (collaborative_id, title, kind, url, created_at, updated_at)"
                + " SELECT id, 'Peaks draft resource', 'WEBSITE', 'https://peaks.example', now(),"
                + " now() FROM collaborative WHERE slug = ? RETURNING id",
            peaks);
    String theirTheme =
        TestDatabase.queryString(
            "INSERT INTO resource_theme (collaborative_id, name) SELECT id, 'Peaks theme'"
                + " FROM collaborative WHERE slug = ? RETURNING id",
            peaks);
    FacesClient client = new FacesClient(portal);
    client.signIn(editor, PASSWORD);
    var page = client.get("/manage/resources?id=" + theirs);
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("Peaks draft resource");
    assertThat(client.get("/manage/resources").body()).doesNotContain("Peaks theme");

    client.get("/manage/resources");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("title", "Mine");
    form.put("kind", "WEBSITE");
    form.put("url", "https://lakes.example");
    form.put("themeId", theirTheme);
    var refused = client.submitMultipart("resource", "save", form);
    assertThat(refused.body()).contains("Choose one of the options listed.");
    client.get("/manage/resources");
    client.submit("theme", "add", Map.of("themeName", "Sneaky", "parentId", theirTheme));
    assertThat(
            TestDatabase.queryString("SELECT count(*) FROM resource_theme WHERE name = 'Sneaky'"))
        .isEqualTo("0");
    assertThat(
            TestDatabase.queryString(
                "SELECT title FROM resource WHERE id = ?", Long.parseLong(theirs)))
        .isEqualTo("Peaks draft resource");
  }
}
