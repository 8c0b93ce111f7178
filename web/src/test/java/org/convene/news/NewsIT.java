package org.convene.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** News: sanitised rich text, drafts and scheduled items nowhere public, isolation. */
@ExtendWith(RunningPortal.class)
class NewsIT {

  static final String PASSWORD = "correct horse battery staple";

  static final String PAYLOAD =
      "<p>Safe words</p><script>alert('s')</script><img src=x onerror=alert('i')>"
          + "<a href=\"javascript:alert('j')\">click</a><svg onload=alert('v')></svg>"
          + "<iframe src=\"https://evil.example\"></iframe><p onclick=\"alert('c')\">end</p>";

  private static void assertNeutralised(String html) {
    assertThat(html.toLowerCase())
        .doesNotContain("<script")
        .doesNotContain("onerror")
        .doesNotContain("javascript:")
        .doesNotContain("<svg")
        .doesNotContain("onload")
        .doesNotContain("<iframe")
        .doesNotContain("onclick");
  }

  private static long insertNews(String slug, String newsSlug, String title, String publishedAt)
      throws Exception {
    return Long.parseLong(
        TestDatabase.queryString(
            "INSERT INTO news_item (collaborative_id, slug, kind, title, body, dated, published_at,"
                + " created_at, updated_at) SELECT id, ?, 'POST', ?, '<p>Body</p>', current_date, "
                + publishedAt
                + ", now(), now() FROM collaborative WHERE slug = ? RETURNING id",
            newsSlug,
            title,
            slug));
  }

  /** A new collaborative {@code slug} and its editor, signed in on /manage/news. */
  private static FacesClient onNewsPage(Portal portal, String slug) throws Exception {
    TestDatabase.ensureNetwork();
    TestDatabase.insertCollaborative(slug, "News Health " + slug, "NH");
    String editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "News Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    FacesClient client = new FacesClient(portal);
    client.signIn(editor, PASSWORD);
    client.get("/manage/news");
    return client;
  }

  @Test
  void richTextIsNeutralisedOnSaveAndOnDisplay(Portal portal) throws Exception {
    String slug = TestDatabase.uniqueSlug("xss");
    FacesClient client = onNewsPage(portal, slug);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("kind", "POST");
    form.put("dated", LocalDate.now().toString());
    form.put("title", "Payload post");
    form.put("body_input", PAYLOAD); // the rich-text editor's field
    form.put("zoneId", "America/Chicago");
    form.put("published", "on");
    assertThat(client.submit("news", "save", form).body()).contains("“Payload post” is saved.");

    String stored =
        TestDatabase.queryString(
            "SELECT body FROM news_item n JOIN collaborative c ON c.id = n.collaborative_id"
                + " WHERE c.slug = ?",
            slug);
    assertNeutralised(stored);
    assertThat(stored).contains("Safe words").contains("end");
    String page = portal.get("/c/" + slug + "/news/payload-post").body();
    assertThat(page).contains("Safe words");
    assertNeutralised(page.substring(page.indexOf("id=\"news-body\"")));

    // markup that reached the database some other way is neutralised when shown
    TestDatabase.update(
        "UPDATE news_item SET body = ? WHERE slug = 'payload-post'"
            + " AND collaborative_id = (SELECT id FROM collaborative WHERE slug = ?)",
        PAYLOAD,
        slug);
    String shown = portal.get("/c/" + slug + "/news/payload-post").body();
    assertThat(shown).contains("Safe words");
    assertNeutralised(shown.substring(shown.indexOf("id=\"news-body\"")));
  }

  @Test
  void aFiveMegabytePasteIsRefusedWithItsSizeAndNothingIsSaved(Portal portal) throws Exception {
    String slug = TestDatabase.uniqueSlug("paste");
    FacesClient client = onNewsPage(portal, slug);
    // a whole document pasted: 5 MB of formatted paragraphs, with a script and styles in it
    String paragraph = "<p style=\"color:red\"><b>Findings</b> from the wellbeing survey.</p>";
    String pasted =
        "<style>p{}</style><script>alert(1)</script>"
            + paragraph.repeat(5 * 1024 * 1024 / paragraph.length());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("kind", "POST");
    form.put("dated", LocalDate.now().toString());
    form.put("title", "Pasted report");
    form.put("body_input", pasted);
    form.put("zoneId", "America/Chicago");
    HttpResponse<String> refused = client.submit("news", "save", form);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("characters with its formatting; at most 100,000 fit.")
        .doesNotContain("alert(1)")
        .doesNotContain("is saved");
    assertThat(
            TestDatabase.queryString(
                "SELECT count(*) FROM news_item n JOIN collaborative c"
                    + " ON c.id = n.collaborative_id WHERE c.slug = ?",
                slug))
        .isEqualTo("0");
  }

  @Test
  void draftsAndScheduledItemsAreAbsentFromEveryPublicSurfaceUntilTheirTime(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("drafts"), "Draft Health", "DH");
    String topic = TestDatabase.uniqueSlug("newstopic");
    long topicId =
        Long.parseLong(
            TestDatabase.queryString(
                "INSERT INTO topic (slug, name, created_at) VALUES (?, 'News topic', now())"
                    + " RETURNING id",
                topic));
    long published = insertNews(slug, "out-now", "Out now " + slug, "now() - interval '1 hour'");
    long draft = insertNews(slug, "still-draft", "Still a draft " + slug, "NULL");
    long scheduled =
        insertNews(slug, "coming-soon", "Coming soon " + slug, "now() + interval '1 day'");
    for (long id : new long[] {published, draft, scheduled}) {
      TestDatabase.update("INSERT INTO news_topic (news_id, topic_id) VALUES (?, ?)", id, topicId);
    }
    String[] surfaces = {"/", "/c/" + slug, "/c/" + slug + "/news", "/topics/" + topic};
    for (String surface : surfaces) {
      assertThat(portal.get(surface).body())
          .as(surface)
          .contains("Out now " + slug)
          .doesNotContain("Still a draft " + slug)
          .doesNotContain("Coming soon " + slug);
    }
    assertThat(portal.get("/c/" + slug + "/news/still-draft").statusCode()).isEqualTo(404);
    assertThat(portal.get("/c/" + slug + "/news/coming-soon").statusCode()).isEqualTo(404);

    // its time comes: it appears, with no job to run
    TestDatabase.update(
        "UPDATE news_item SET published_at = now() - interval '1 second' WHERE id = ?", scheduled);
    for (String surface : surfaces) {
      assertThat(portal.get(surface).body()).as(surface).contains("Coming soon " + slug);
    }
    assertThat(portal.get("/c/" + slug + "/news/coming-soon").statusCode()).isEqualTo(200);
  }

  @Test
  void anEditorCannotSeeOrChangeAnotherCollaborativesNews(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String lakes =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("lakes"), "Lakes", "LC");
    String peaks =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("peaks"), "Peaks", "PC");
    String editor = "editor-" + lakes + "@example.org";
    TestDatabase.createAccount(editor, "Lakes Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, lakes);
    long own = insertNews(lakes, "own-news", "Lakes news", "now()");
    long theirs = insertNews(peaks, "their-draft", "Peaks secret draft", "NULL");

    FacesClient client = new FacesClient(portal);
    client.signIn(editor, PASSWORD);
    var response = client.get("/manage/news?id=" + theirs);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("Peaks secret draft");
    assertThat(client.get("/manage/news").body())
        .contains("Lakes news")
        .doesNotContain("Peaks secret draft");

    client.get("/manage/news?id=" + own);
    Map<String, String> edit = new LinkedHashMap<>();
    edit.put("kind", "POST");
    edit.put("zoneId", "America/Chicago");
    edit.put("title", "Hijacked");
    client.submit("news", "save", edit, Map.of("id", Long.toString(theirs)));
    assertThat(TestDatabase.queryString("SELECT title FROM news_item WHERE id = ?", theirs))
        .isEqualTo("Peaks secret draft");
    assertThat(portal.get("/c/" + lakes + "/news/their-draft").statusCode()).isEqualTo(404);
  }

  @Test
  void theEditorsNewsIsAPagedTableReachingEveryItem(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("newsroom"), "Newsroom", "NR");
    String editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Newsroom Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    // more than the 500 the old list stopped at
    TestDatabase.update(
        "INSERT INTO news_item (collaborative_id, slug, title, kind, dated, created_at,"
            + " updated_at) SELECT c.id, 'item-' || g, 'Item ' || lpad(g::text, 3, '0'), 'POST',"
            + " current_date - g, now(), now() FROM collaborative c, generate_series(1, 520) g"
            + " WHERE c.slug = ?",
        slug);
    FacesClient client = new FacesClient(portal);
    client.signIn(editor, PASSWORD);
    assertThat(client.get("/manage/news").body())
        .contains("1–25 of 520")
        .contains("Item 001") // newest first
        .doesNotContain("Item 026");
  }
}
