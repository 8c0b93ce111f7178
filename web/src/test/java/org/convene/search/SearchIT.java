package org.convene.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /search} over its own fixtures: ranking (title before body), facet counts, the web-search
 * syntax, accents, visibility (drafts, scheduled items, suspended collaboratives never counted),
 * and bad input. Each test uses a word no other test's data contains.
 */
@ExtendWith(RunningPortal.class)
class SearchIT {

  private static final Pattern TITLES =
      Pattern.compile("<h2 class=\"search-hit__title\"><a href=\"[^\"]*\">([^<]*)</a>");

  private String word;
  private String ours;
  private String theirs;

  @BeforeEach
  void collaboratives(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    // a made-up word of letters only, so the English stemmer leaves it alone
    word = "zq" + Long.toString(System.nanoTime() % 1_000_000_000L, 26).replaceAll("[0-9]", "x");
    ours = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("srch"), "Lakes Health", "LH");
    theirs =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("srch"), "Peaks Quality", "PQ");
  }

  private static long event(String slug, String title, String abstractText, String published)
      throws Exception {
    return Long.parseLong(
        TestDatabase.queryString(
            "INSERT INTO event (collaborative_id, slug, title, abstract, starts_at, ends_at,"
                + " zone_id, format, status, published_at, created_at, updated_at)"
                + " SELECT id, 'e-' || substr(md5(random()::text), 1, 12), ?, ?, now() + interval '7 days',"
                + " now() + interval '7 days 1 hour',"
                + " 'UTC', 'ONLINE', 'SCHEDULED', "
                + published
                + ", now(), now() FROM collaborative WHERE slug = ? RETURNING id::text",
            title,
            abstractText,
            slug));
  }

  private static void news(String slug, String title, String body) throws Exception {
    TestDatabase.update(
        "INSERT INTO news_item (collaborative_id, slug, kind, title, summary, body, dated,"
            + " published_at, created_at, updated_at) SELECT id, 'n-' || md5(random()::text),"
            + " 'POST', ?, NULL, ?, current_date - 3, now() - interval '1 hour', now(), now()"
            + " FROM collaborative WHERE slug = ?",
        title,
        body,
        slug);
  }

  private static List<String> titles(String page) {
    List<String> titles = new ArrayList<>();
    Matcher m = TITLES.matcher(page);
    while (m.find()) {
      titles.add(m.group(1));
    }
    return titles;
  }

  private static String search(Portal portal, String query) {
    HttpResponse<String> page =
        portal.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(page.statusCode()).isEqualTo(200);
    return page.body();
  }

  @Test
  void aFacetShowsItsTenMostFrequentValuesAndEveryChosenOne(Portal portal) throws Exception {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String slug =
          TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("srch"), "Many " + i, "M" + i);
      many.add(slug);
      // the first collaboratives publish more, so they come first in the counts
      for (int n = 0; n <= 12 - i; n++) {
        news(slug, "Item " + n, "About " + word + ".");
      }
    }
    Pattern collaborativeLinks =
        Pattern.compile(
            "<a class=\"facet__link[^\"]*\" href=\"[^\"]*(?:\\?|&amp;)c=([a-z0-9-]+)[\"&]");
    String page = search(portal, word);
    List<String> shown = new ArrayList<>();
    Matcher m = collaborativeLinks.matcher(page);
    while (m.find()) {
      shown.add(m.group(1));
    }
    assertThat(shown).containsExactlyElementsOf(many.subList(0, 10));
    assertThat(page).contains("and 2 more: add words to narrow the search");

    String chosen =
        portal.get("/search?q=" + word + "&c=" + many.get(11) + "&c=" + many.get(0)).body();
    // the chosen ones are shown (to be removed), the rarest among them too
    assertThat(chosen.split("facet__link facet__link--on", -1)).hasSize(3);
    assertThat(chosen).contains("<span>Many 11</span>").contains("<span>Many 0</span>");
  }

  @Test
  void aTitleMatchRanksAboveABodyMatchAndTheWordsAreHighlighted(Portal portal) throws Exception {
    news(theirs, "Wellbeing huddles", "Nurses tried " + word + " support in small groups.");
    event(ours, "Peer " + word + " support for clinicians", "How teams run it.", "now()");

    String page = search(portal, word + " support");

    assertThat(titles(page))
        .containsExactly("Peer " + word + " support for clinicians", "Wellbeing huddles");
    assertThat(page)
        .contains("2 results for “" + word + " support”")
        .contains("<mark>" + word + "</mark> <mark>support</mark>");
  }

  @Test
  void facetsCountWhatIsFoundAndNarrowIt(Portal portal) throws Exception {
    event(ours, "Playbook " + word, "Session one.", "now()");
    event(ours, "Playbook " + word + " two", "Session two.", "now()");
    news(theirs, "The " + word + " playbook is out", "Read it.");

    String all = search(portal, word);
    assertThat(all).contains("3 results");
    assertThat(facetCount(all, "Event")).isEqualTo("2");
    assertThat(facetCount(all, "News")).isEqualTo("1");
    assertThat(facetCount(all, "Lakes Health")).isEqualTo("2");
    assertThat(facetCount(all, "Peaks Quality")).isEqualTo("1");

    String news = portal.get("/search?q=" + word + "&kind=NEWS").body();
    assertThat(titles(news)).containsExactly("The " + word + " playbook is out");
    // the kinds not chosen keep their counts, to be added; the other facets count what is shown
    assertThat(facetCount(news, "Event")).isEqualTo("2");
    assertThat(facetCount(news, "News")).isEqualTo("1");
    assertThat(facetCount(news, "Peaks Quality")).isEqualTo("1");
    assertThat(news).doesNotContain("<span>Lakes Health</span>");
    assertThat(news).contains("1 result for");
    String both = portal.get("/search?q=" + word + "&kind=NEWS&kind=EVENT").body();
    assertThat(titles(both)).hasSize(3);
    String theirsOnly = portal.get("/search?q=" + word + "&c=" + theirs).body();
    assertThat(titles(theirsOnly)).containsExactly("The " + word + " playbook is out");
    String nothing = portal.get("/search?q=" + word + "&c=" + theirs + "&kind=EVENT").body();
    assertThat(nothing)
        .contains("Nothing found for “" + word + "” with the choices on the left.")
        .contains("Search all kinds, collaboratives and dates instead");
  }

  private static String facetCount(String page, String label) {
    Matcher m =
        Pattern.compile(
                "<span>" + Pattern.quote(label) + "</span>\\s*<span class=\"facet__count\">(\\d+)<")
            .matcher(page);
    return m.find() ? m.group(1) : "absent";
  }

  @Test
  void quotesOrAndMinusWorkAsOnTheWebAndAccentsAreFolded(Portal portal) throws Exception {
    event(ours, word + " huddles at night", "Short.", "now()");
    event(ours, word + " training for leaders", "Short.", "now()");
    event(theirs, "Café " + word, "Short.", "now()");

    assertThat(titles(search(portal, word + " -huddles")))
        .containsExactlyInAnyOrder(word + " training for leaders", "Café " + word);
    assertThat(titles(search(portal, "\"" + word + " training\"")))
        .containsExactly(word + " training for leaders");
    // (AND binds closer than OR, so the word goes on both sides to stay among this test's items)
    assertThat(titles(search(portal, word + " huddles OR " + word + " leaders")))
        .containsExactlyInAnyOrder(word + " huddles at night", word + " training for leaders");
    assertThat(titles(search(portal, "cafe " + word))).containsExactly("Café " + word);
  }

  @Test
  void draftsScheduledItemsAndSuspendedCollaborativesNeverAppearOrCount(Portal portal)
      throws Exception {
    event(ours, "Visible " + word, "Yes.", "now()");
    event(ours, "Draft " + word, "No.", "NULL");
    event(ours, "Scheduled " + word, "Later.", "now() + interval '2 days'");
    event(theirs, "Suspended " + word, "No.", "now()");
    TestDatabase.suspend(theirs);

    String page = search(portal, word);

    assertThat(titles(page)).containsExactly("Visible " + word);
    assertThat(page).contains("1 result for").doesNotContain("Peaks Quality");
    assertThat(facetCount(page, "Event")).isEqualTo("1");
  }

  @Test
  void aPresenterIsFoundWithTheirPageOfSessionsAndNeverThroughADraftOnly(Portal portal)
      throws Exception {
    long talk = event(ours, "Resilience rounds", "Short.", "now()");
    long draft = event(ours, "Unannounced", "Short.", "NULL");
    presenter(ours, "Dr. Ana " + word, "Mayo Clinic", talk);
    presenter(ours, "Dr. Hidden " + word, "Nowhere", draft);

    String page = search(portal, word);

    assertThat(titles(page)).containsExactly("Dr. Ana " + word);
    String ana =
        TestDatabase.queryString(
            "SELECT id::text FROM presenter WHERE name = ?", "Dr. Ana " + word);
    assertThat(page)
        .contains("href=\"/presenters/" + ana + "\"")
        .contains("Mayo Clinic")
        .contains("<span class=\"label\">Presenter</span>");
  }

  @Test
  void theIndexFollowsEveryWriteToAnItemItsTopicsAndItsPresenters(Portal portal) throws Exception {
    long talk = event(ours, "Unannounced " + word, "Short.", "NULL");
    presenter(ours, "Dr. Later " + word, "Clinic", talk);
    assertThat(search(portal, word)).contains("Nothing found for");

    // published: the event, and its presenter with it
    TestDatabase.update("UPDATE event SET published_at = now() WHERE id = ?", talk);
    assertThat(titles(search(portal, word)))
        .containsExactlyInAnyOrder("Unannounced " + word, "Dr. Later " + word);

    // a topic given, a title changed
    String topic = "t-" + word;
    TestDatabase.update(
        "INSERT INTO topic (slug, name, created_at)" + " VALUES (?, ?, now())",
        topic,
        "Topic " + word);
    TestDatabase.update(
        "INSERT INTO event_topic (event_id, topic_id) SELECT ?, id FROM topic WHERE slug = ?",
        talk,
        topic);
    TestDatabase.update("UPDATE event SET title = ? WHERE id = ?", "Announced " + word, talk);
    String page = search(portal, word);
    assertThat(titles(page)).contains("Announced " + word).doesNotContain("Unannounced " + word);
    assertThat(facetCount(page, "Topic " + word)).isEqualTo("1");
    assertThat(titles(portal.get("/search?q=" + word + "&topic=" + topic).body()))
        .containsExactly("Announced " + word);

    // moved into the past
    assertThat(facetCount(page, "Upcoming events")).isEqualTo("1");
    TestDatabase.update(
        "UPDATE event SET starts_at = now() - interval '3 days',"
            + " ends_at = now() - interval '3 days' + interval '1 hour' WHERE id = ?",
        talk);
    assertThat(facetCount(search(portal, word), "Past events")).isEqualTo("1");

    // the topic taken away, then the event deleted: its presenter presents nothing published
    TestDatabase.update("DELETE FROM event_topic WHERE event_id = ?", talk);
    assertThat(facetCount(search(portal, word), "Topic " + word)).isEqualTo("absent");
    TestDatabase.update("DELETE FROM event WHERE id = ?", talk);
    assertThat(search(portal, word)).contains("Nothing found for");
  }

  private static void presenter(String slug, String name, String affiliation, long event)
      throws Exception {
    TestDatabase.update(
        "INSERT INTO presenter (collaborative_id, name, affiliation) SELECT id, ?, ?"
            + " FROM collaborative WHERE slug = ?",
        name,
        affiliation,
        slug);
    TestDatabase.update(
        "INSERT INTO event_presenter (event_id, presenter_id) SELECT ?, id FROM presenter"
            + " WHERE name = ?",
        event,
        name);
  }

  @Test
  void badInputGetsAnAnswerNeverAnError(Portal portal) throws Exception {
    event(ours, "Robust " + word, "Yes.", "now()");
    // as a browser sends it over plain HTTP (HTTP/1.1, no h2c upgrade)
    HttpResponse<String> tooLong =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                java.net.http.HttpRequest.newBuilder(portal.uri("/search?q=" + "a".repeat(10_000)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(tooLong.statusCode()).isEqualTo(200);
    assertThat(tooLong.body()).contains("Search for at most 200 characters; yours has 10,000.");

    for (String q :
        List.of(
            "'; DROP TABLE event; --",
            "\"unbalanced",
            "OR OR -",
            "!!!&&|:*",
            "<script>alert(1)</script> " + word)) {
      String page = search(portal, q);
      assertThat(page).doesNotContain("<script>alert(1)</script>");
    }
    assertThat(
            portal
                .get(
                    "/search?q="
                        + word
                        + "&kind=BOGUS&c=Not+A+Slug&topic=%27x&year=abcd&when=SOON&format=X&page=-3")
                .body())
        .contains("Robust " + word);
    assertThat(portal.get("/search?q=" + word + "%00").statusCode()).isEqualTo(400);
  }

  @Test
  void theHeaderOffersSearchEverywhereAndInASpaceThisCollaborative(Portal portal) {
    assertThat(portal.get("/").body()).contains("action=\"/search\"").contains("role=\"search\"");
    assertThat(portal.get("/c/" + ours).body())
        .contains("<option value=\"" + ours + "\">This collaborative</option>")
        .contains("<option value=\"\">The whole network</option>");
  }
}
