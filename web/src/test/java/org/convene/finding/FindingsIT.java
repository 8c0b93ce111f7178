package org.convene.finding;

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
 * Key findings as an editor writes them and visitors find them: clear messages for a missing
 * statement or a speaker without a quote; findings of a draft event nowhere public; once the event
 * is published, in order on its page, on /findings (narrowed by topic and collaborative), in search
 * and on the topic's page; reordered, edited (a revision each) and removed after a confirmation.
 */
@ExtendWith(RunningPortal.class)
class FindingsIT {

  static final String PASSWORD = "correct horse battery staple";

  @Test
  void anEditorWritesOrdersAndRemovesTheFindingsOfAnEventThatVisitorsFindOnceItIsPublished(
      Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("find"), "Finding Health", "FH");
    String word =
        "zq" + Long.toString(System.nanoTime() % 1_000_000_000L, 26).replaceAll("[0-9]", "y");
    long event =
        Long.parseLong(
            TestDatabase.queryString(
                "INSERT INTO event (collaborative_id, slug, title, starts_at, ends_at, zone_id,"
                    + " format, status, created_at, updated_at)"
                    + " SELECT id, 'wellbeing-webinar', 'Wellbeing webinar', now() - interval '30"
                    + " days', now() - interval '30 days' + interval '1 hour', 'America/Chicago',"
                    + " 'ONLINE', 'COMPLETED', now(), now()"
                    + " FROM collaborative WHERE slug = ? RETURNING id::text",
                slug));
    String topic = "t-" + word;
    long topicId =
        Long.parseLong(
            TestDatabase.queryString(
                "INSERT INTO topic (slug, name, created_at) VALUES (?, ?, now()) RETURNING id::text",
                topic,
                "Topic " + word));
    String editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Finding Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    FacesClient client = new FacesClient(portal);
    client.signIn(editor, PASSWORD);

    assertThat(client.get("/manage/event?id=" + event).body())
        .contains("/manage/findings?event=" + event);
    assertThat(client.get("/manage/findings?event=" + event).body())
        .contains("Key findings of “Wellbeing webinar”")
        .contains("No findings yet.");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("statement", " ");
    form.put("speaker", "Someone");
    assertThat(client.submit("finding", "save", form).body())
        .contains("Nothing was saved")
        .contains("State the finding in a sentence or two.")
        .contains("Name a speaker only with the quote they said.");
    assertThat(count(event)).isEqualTo("0");

    form.put("statement", "Staff use help they can reach in one step " + word);
    form.put("quote", "One number beat a directory of twenty services.");
    form.put("speaker", "A. Leader, Finding Health");
    form.put("topicIds", Long.toString(topicId));
    assertThat(client.submit("finding", "save", form).body()).contains("The finding is added.");
    Map<String, String> second = new LinkedHashMap<>();
    second.put("statement", "Leaders who attend first make it safe to attend " + word);
    second.put("topicIds", Long.toString(topicId));
    String list = client.submit("finding", "save", second).body();
    assertThat(list).contains("The finding is added.");
    assertThat(list.indexOf("Staff use help")).isLessThan(list.indexOf("Leaders who attend"));

    // a draft event's findings are nowhere public
    assertThat(portal.get("/findings").body()).doesNotContain(word);
    assertThat(portal.get("/search?q=" + word).body()).contains("Nothing found for");
    assertThat(portal.get("/topics/" + topic).body()).doesNotContain("Staff use help");

    // the second moves up
    assertThat(client.submit("order", "rows:1:up", Map.of()).body())
        .contains("The finding is moved up.");
    assertThat(
            TestDatabase.queryString(
                "SELECT string_agg(left(statement, 7), ',' ORDER BY position) FROM finding"
                    + " WHERE event_id = ?",
                event))
        .isEqualTo("Leaders,Staff u");

    TestDatabase.update("UPDATE event SET published_at = now() WHERE id = ?", event);
    String page = portal.get("/c/" + slug + "/events/" + event + "-wellbeing-webinar").body();
    assertThat(page)
        .contains("Key findings")
        .contains("One number beat a directory of twenty services.")
        .contains("— A. Leader, Finding Health");
    assertThat(page.indexOf("Leaders who attend")).isLessThan(page.indexOf("Staff use help"));
    assertThat(portal.get("/findings").body()).contains("Staff use help they can reach");
    assertThat(portal.get("/findings?topic=" + topic).body())
        .contains("2 findings on Topic " + word)
        .contains("/c/" + slug + "/events/" + event + "-wellbeing-webinar#finding-");
    assertThat(portal.get("/findings?c=" + slug + "&topic=" + topic).body())
        .contains("2 findings on Topic " + word + " · from FH");
    assertThat(portal.get("/findings?topic=no-such-topic").body())
        .contains("No topic or collaborative of that name has findings.")
        .doesNotContain("Staff use help");
    assertThat(portal.get("/findings?c=%3Cscript%3E").statusCode()).isEqualTo(200);
    assertThat(portal.get("/search?q=" + word).body())
        .contains("<span class=\"label\">Key finding</span>")
        .contains("Staff use help they can reach");
    assertThat(portal.get("/topics/" + topic).body())
        .contains("id=\"topic-findings\"")
        .contains("Leaders who attend first");

    // edited: a second revision; removed only once confirmed
    long first =
        Long.parseLong(
            TestDatabase.queryString(
                "SELECT id::text FROM finding WHERE event_id = ? AND statement LIKE 'Staff%'",
                event));
    client.get("/manage/findings?id=" + first);
    form.put("statement", "Staff use help they can reach in a single step " + word);
    assertThat(client.submit("finding", "save", form).body()).contains("The finding is saved.");
    assertThat(
            TestDatabase.queryString(
                "SELECT count(*)::text FROM revision WHERE item_type = 'FINDING' AND item_id = ?",
                first))
        .isEqualTo("2");
    assertThat(client.submit("order", "rows:1:remove", Map.of()).body())
        .contains("Remove this finding?");
    assertThat(count(event)).isEqualTo("2");
    assertThat(client.submit("order", "rows:1:confirmRemove", Map.of()).body())
        .contains("The finding is removed.");
    assertThat(count(event)).isEqualTo("1");
    assertThat(portal.get("/search?q=" + word).body()).doesNotContain("in a single step");
    assertThat(
            TestDatabase.queryString(
                "SELECT string_agg(action, ',' ORDER BY id) FROM audit_entry"
                    + " WHERE collaborative_slug = ? AND action LIKE 'finding.%'",
                slug))
        .isEqualTo("finding.create,finding.create,finding.move,finding.update,finding.delete");
  }

  private static String count(long event) throws Exception {
    return TestDatabase.queryString("SELECT count(*)::text FROM finding WHERE event_id = ?", event);
  }
}
