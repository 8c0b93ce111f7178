package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.testing.EventFixtures;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A list's page number past its last page (an old link, after events passed or items were removed)
 * says so and links to the last page, instead of claiming the list is empty.
 */
@ExtendWith(RunningPortal.class)
class PastTheEndIT {

  private static final Pattern LAST =
      Pattern.compile("id=\"past-the-end\".*?<a href=\"([^\"]*)\"", Pattern.DOTALL);

  @Test
  void theNetworksEventsAndASpacesNewsSayTheListEndsEarlier(Portal portal) throws Exception {
    String slug = collaborativeWithOneNewsItem("past", "Past End", "The only news");
    EventFixtures.insertEvent(
        slug,
        "Past End session",
        Instant.now().plus(Duration.ofDays(4)),
        Duration.ofHours(1),
        "America/Chicago",
        50);

    String news = portal.get("/c/" + slug + "/news?page=5").body();
    assertThat(news)
        .contains("There is no page 5 here: the list ends at page 1.")
        .doesNotContain("The only news");
    assertThat(lastPageLink(news)).isEqualTo("?page=1");
    assertThat(portal.get("/c/" + slug + "/news?page=1").body())
        .contains("The only news")
        .doesNotContain("past-the-end");

    String events = portal.get("/events?page=9999").body();
    assertThat(events)
        .contains("There is no page 9999 here")
        .doesNotContain("No upcoming events right now.");
    assertThat(lastPageLink(events)).contains("page=").doesNotContain("9999");
  }

  @Test
  void searchResultsPastTheLastPageSaySoInsteadOfNothingFound(Portal portal) throws Exception {
    String slug = collaborativeWithOneNewsItem("seek", "Seek End", "Quillwort screening results");
    // 21 results in all: two pages of 20
    TestDatabase.update(
        "INSERT INTO news_item (collaborative_id, slug, kind, title, summary, dated,"
            + " published_at, created_at, updated_at) SELECT c.id, 'more-' || n, 'POST',"
            + " 'Quillwort follow-up ' || n, 'Summary', current_date, now(), now(), now()"
            + " FROM collaborative c, generate_series(1, 20) n WHERE c.slug = ?",
        slug);

    String past = portal.get("/search?q=quillwort&page=7").body();
    assertThat(past)
        .contains("There is no page 7 here: the list ends at page 2.")
        .doesNotContain("Nothing found")
        .doesNotContain("Quillwort screening results");
    String last = lastPageLink(past);
    assertThat(last).contains("q=quillwort").contains("page=2");
    assertThat(portal.get(last).body())
        .contains("Page 2 of 2")
        .contains("rel=\"prev\"")
        .containsPattern("Quillwort (screening results|follow-up)")
        .doesNotContain("past-the-end");
    assertThat(portal.get("/search?q=zzyzxquillwortnothing&page=7").body())
        .contains("Nothing found")
        .doesNotContain("past-the-end");
  }

  /** A new collaborative with one published news item titled {@code title}; its slug. */
  private static String collaborativeWithOneNewsItem(String prefix, String name, String title)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug(prefix), name, "PE");
    TestDatabase.update(
        "INSERT INTO news_item (collaborative_id, slug, kind, title, summary, dated,"
            + " published_at, created_at, updated_at) SELECT id, 'only', 'POST', ?,"
            + " 'Summary', current_date, now(), now(), now() FROM collaborative WHERE slug = ?",
        title,
        slug);
    return slug;
  }

  private static String lastPageLink(String page) {
    Matcher m = LAST.matcher(page);
    assertThat(m.find()).as("a link to the last page").isTrue();
    return org.owasp.html.Encoding.decodeHtml(m.group(1), true);
  }
}
