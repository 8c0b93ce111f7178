package org.convene.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What belongs together, linked across collaboratives: a series related to another member's news
 * item by pasting its address (shown on both pages; bad, draft and self addresses refused with a
 * message; removed again), an event presented by another collaborative (listed in its space too,
 * named on the event page, with its place in the series), and one presenter page listing every
 * session a person gave, of whichever collaborative.
 */
@ExtendWith(RunningPortal.class)
class LinksIT {

  static final String PASSWORD = "correct horse battery staple";

  @Test
  void itemsOfTwoCollaborativesPointToEachOtherAndAnEventShowsInItsPresentersSpace(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String owner =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("own"), "Owner Health", "OH");
    String partner =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("par"), "Partner Health", "PH");
    long series =
        id(
            "INSERT INTO event_series (collaborative_id, slug, title, status, published_at,"
                + " created_at, updated_at) SELECT id, 'in-action', 'In action', 'RUNNING', now(),"
                + " now(), now() FROM collaborative WHERE slug = ? RETURNING id::text",
            owner);
    long first = event(owner, series, "First session", 20);
    long second = event(owner, series, "Second session", 10);
    long news =
        id(
            "INSERT INTO news_item (collaborative_id, slug, title, kind, dated, published_at,"
                + " created_at, updated_at) SELECT id, 'the-release', 'The release', 'PRESS_RELEASE',"
                + " current_date, now(), now(), now() FROM collaborative WHERE slug = ?"
                + " RETURNING id::text",
            partner);
    id(
        "INSERT INTO news_item (collaborative_id, slug, title, kind, dated, created_at,"
            + " updated_at) SELECT id, 'unsent', 'Unsent', 'POST', current_date, now(), now()"
            + " FROM collaborative WHERE slug = ? RETURNING id::text",
        partner);
    String editor = "editor-" + owner + "@example.org";
    TestDatabase.createAccount(editor, "Owner Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, owner);
    FacesClient client = new FacesClient(portal);
    client.signIn(editor, PASSWORD);

    // related, by address: refused with a message when it names nothing public, or itself
    assertThat(client.get("/manage/related?type=SERIES&id=" + series).body())
        .contains("What “In action” belongs with")
        .contains("Nothing related yet.")
        .doesNotContain("Presented or co-hosted");
    for (String[] bad :
        new String[][] {
          {"https://example.org/elsewhere", "Paste the address of an event, series"},
          {"/c/" + partner + "/news/unsent", "names no published item"},
          {"/c/" + owner + "/series/in-action", "cannot be related to itself"}
        }) {
      assertThat(client.submit("related", "add", Map.of("address", bad[0])).body())
          .as(bad[0])
          .contains(bad[1]);
    }
    assertThat(
            TestDatabase.queryString(
                "SELECT count(*)::text FROM related_link WHERE from_id = ?", series))
        .isEqualTo("0");
    String base = portal.uri("/").toString().replaceAll("/$", "");
    assertThat(
            client
                .submit(
                    "related",
                    "add",
                    Map.of("address", base + "/c/" + partner + "/news/the-release"))
                .body())
        .contains("The link is added")
        .contains("The release");
    assertThat(
            client
                .submit("related", "add", Map.of("address", "/c/" + partner + "/news/the-release"))
                .body())
        .contains("is related already");
    // an event's address, as the browser shows it, relates the event
    assertThat(
            client
                .submit(
                    "related",
                    "add",
                    Map.of("address", "/c/" + owner + "/events/" + first + "-first-session?x=1"))
                .body())
        .contains("The link is added")
        .contains("First session");
    assertThat(portal.get("/c/" + owner + "/series/in-action").body())
        .contains("id=\"related-items\"")
        .contains("/c/" + partner + "/news/the-release");
    assertThat(portal.get("/c/" + partner + "/news/the-release").body())
        .contains("id=\"related-items\"")
        .contains("/c/" + owner + "/series/in-action\">In action</a>");
    // the other side only while it is public
    TestDatabase.update("UPDATE event_series SET published_at = NULL WHERE id = ?", series);
    assertThat(portal.get("/c/" + partner + "/news/the-release").body())
        .doesNotContain("In action");
    TestDatabase.update("UPDATE event_series SET published_at = now() WHERE id = ?", series);

    // presented by the partner: in its space too, named on the event page
    client.get("/manage/related?type=EVENT&id=" + second);
    long partnerId =
        Long.parseLong(
            TestDatabase.queryString("SELECT id::text FROM collaborative WHERE slug = ?", partner));
    assertThat(
            client
                .submit(
                    "partner",
                    "add",
                    Map.of("partnerId", Long.toString(partnerId), "role", "PRESENTER"))
                .body())
        .contains("The event now shows in the partner's space too.")
        .contains("Presented by <strong>Partner Health</strong>");
    String eventPath = "/c/" + owner + "/events/" + second + "-second-session";
    assertThat(portal.get("/c/" + partner + "/events").body())
        .contains("href=\"" + eventPath + "\"");
    assertThat(portal.get(eventPath).body())
        .contains(
            "Presented by <a href=\"/c/" + partner + "\">Partner Health</a>, for Owner Health")
        .contains("The second of 2 sessions of In action");
    assertThat(portal.get("/c/" + owner + "/events/" + first + "-first-session").body())
        .contains("The first of 2 sessions of In action")
        .doesNotContain("Presented by");

    // one presenter, sessions of both collaboratives, on one page
    long person =
        id(
            "INSERT INTO presenter (collaborative_id, name, affiliation)"
                + " SELECT id, 'Pat Example', 'Partner Health' FROM collaborative"
                + " WHERE slug = ? RETURNING id::text",
            partner);
    assertThat(portal.get("/presenters/" + person).statusCode()).isEqualTo(404);
    long theirs = event(partner, null, "Partner's own talk", 5);
    TestDatabase.update(
        "INSERT INTO event_presenter (event_id, presenter_id) VALUES (?, ?), (?, ?)",
        second,
        person,
        theirs,
        person);
    String page = portal.get("/presenters/" + person).body();
    assertThat(page)
        .contains("<h1 id=\"presenter-name\">Pat Example</h1>")
        .contains("Second session")
        .contains("Partner's own talk")
        .contains("2 sessions given for 2 collaboratives of the network.");
    assertThat(portal.get(eventPath).body()).contains("href=\"/presenters/" + person + "\"");

    // removed again
    client.get("/manage/related?type=SERIES&id=" + series);
    assertThat(client.submit("links", "rows:0:remove", Map.of()).body())
        .contains("“First session” is no longer related.");
    assertThat(client.submit("links", "rows:0:remove", Map.of()).body())
        .contains("“The release” is no longer related.");
    assertThat(portal.get("/c/" + partner + "/news/the-release").body())
        .doesNotContain("id=\"related-items\"");
    assertThat(
            TestDatabase.queryString(
                "SELECT string_agg(action, ',' ORDER BY id) FROM audit_entry WHERE collaborative_slug = ?",
                owner))
        .isEqualTo("related.add,related.add,event.partner.add,related.remove,related.remove");
  }

  private static long event(String slug, Long series, String title, int daysAgo) throws Exception {
    return id(
        "INSERT INTO event (collaborative_id, series_id, slug, title, starts_at, ends_at, zone_id,"
            + " format, status, published_at, created_at, updated_at) SELECT id, "
            + (series == null ? "NULL" : series.toString())
            + ", lower(replace(replace(?, '''', ''), ' ', '-')), ?, now() - interval '"
            + daysAgo
            + " days', now() - interval '"
            + daysAgo
            + " days' + interval '1 hour', 'America/Chicago', 'ONLINE', 'COMPLETED', now() - interval"
            + " '60 days', now(), now() FROM collaborative WHERE slug = ? RETURNING id::text",
        title,
        title,
        slug);
  }

  private static long id(String sql, Object... parameters) throws Exception {
    return Long.parseLong(TestDatabase.queryString(sql, parameters));
  }
}
