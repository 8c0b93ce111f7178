package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.convene.testing.EventFixtures;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.convene.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rows of the public lists ({@link Row}: events, news, collaboratives' cards), written in Java:
 * each row's whole markup, as the Facelets includes they replaced wrote it, for the cases a row
 * varies by — cancelled or not, in a series or not, the host shown or not, a news item out to
 * another site or with no summary, a card with a logo or a monogram — with text that must be
 * escaped, in English and Spanish.
 */
@ExtendWith(RunningPortal.class)
class RowsIT {

  /** Tuesday 4 March 2031, 12:15–1:00 pm in Chicago (CST). */
  private static final Instant START = Instant.parse("2031-03-04T18:15:00Z");

  private static final String ZONE = "America/Chicago";

  @Test
  void anEventRowOnItsOwnSpaceShowsCancellationAndSeriesButNotItsHost(Portal portal)
      throws Exception {
    String slug = space("rows-ev", "RE");
    long cancelled =
        EventFixtures.insertEvent(
            slug, "Tom & <b>Jerry</b>", START, Duration.ofMinutes(45), ZONE, null);
    TestDatabase.update("UPDATE event SET status = 'CANCELLED' WHERE id = ?", cancelled);
    long inSeries =
        EventFixtures.insertEvent(
            slug, "Second session", START.plus(Duration.ofDays(1)), Duration.ofHours(1), ZONE, 40);
    TestDatabase.update(
        "UPDATE event SET series_id = (SELECT s.id FROM event_series s JOIN collaborative c"
            + " ON c.id = s.collaborative_id WHERE c.slug = ?) WHERE id = ?",
        series(slug, "Quality <&> care"),
        inSeries);

    String page = portal.get("/c/" + slug + "/events").body();

    assertThat(page)
        .contains(
            "<li class=\"event-row\">\n"
                + "    <div class=\"date-badge\" aria-hidden=\"true\">\n"
                + "      <span class=\"date-badge__month\">Mar</span>\n"
                + "      <span class=\"date-badge__day\">4</span>\n"
                + "    </div>\n"
                + "    <div class=\"event-row__body\">\n"
                + "      <h3 class=\"event-row__title\"><a href=\"/c/"
                + slug
                + "/events/"
                + cancelled
                + "-tom-b-jerry-b-\">Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;</a></h3>\n"
                + "      <p class=\"event-row__when\"><time datetime=\"2031-03-04T18:15:00Z\">"
                + "Tuesday, March 4, 2031</time> · 12:15–1:00 pm CST</p>\n"
                + "      <p class=\"event-row__local muted\" hidden=\"hidden\""
                + " data-local-time=\"short\" data-start=\"2031-03-04T18:15:00Z\""
                + " data-end=\"2031-03-04T19:00:00Z\" data-zone=\"America/Chicago\""
                + " data-label=\"Your time\"></p>\n"
                + "      <p class=\"event-row__meta\">\n"
                + "        <span class=\"chip\">Online</span>"
                + " <span class=\"chip chip--danger\">Cancelled</span>\n"
                + "      </p>\n"
                + "    </div>\n"
                + "  </li>")
        .contains(
            "-second-session\">Second session</a></h3>\n"
                + "      <p class=\"event-row__when\"><time datetime=\"2031-03-05T18:15:00Z\">"
                + "Wednesday, March 5, 2031</time> · 12:15–1:15 pm CST</p>")
        .contains(
            "        <span class=\"chip\">Online</span>"
                + " <span class=\"muted\">· Quality &lt;&amp;&gt; care</span>\n      </p>");
    // the visitor's-time script, once for the whole list
    assertThat(page.split("js/local-time.js", -1)).hasSize(2);
  }

  @Test
  void anEventRowInTheNetworksListShowsItsHostAndSpeaksSpanish(Portal portal) throws Exception {
    String slug = space("rows-es", "R&S");
    long id =
        EventFixtures.insertEvent(slug, "Atención", START, Duration.ofMinutes(45), ZONE, null);

    String english = portal.get("/events?collaborative=" + slug).body();
    String spanish = portal.get("/events?collaborative=" + slug, "Accept-Language", "es").body();

    assertThat(english)
        .contains("/c/" + slug + "/events/" + id + "-atenci-n\">Atención</a>")
        .contains("<span class=\"chip\">Online</span> <span class=\"muted\">R&amp;S</span>");
    assertThat(spanish)
        .contains("<span class=\"date-badge__month\">mar</span>")
        .contains("martes, 4 de marzo de 2031</time> · 12:15–13:00 CST</p>")
        .contains("data-label=\"Su hora\"")
        .contains("<span class=\"chip\">En línea</span> <span class=\"muted\">R&amp;S</span>");
  }

  @Test
  void newsRowsLinkOutWithAWarningAndLeaveOutAMissingSummary(Portal portal) throws Exception {
    String slug = space("rows-news", "RN");
    news(slug, "first", "POST", "Findings & <notes>", "What we <learnt>.", null);
    news(slug, "second", "POST", "No summary here", null, null);
    news(slug, "third", "LINK", "Elsewhere", "", "https://example.org/?a=1&b=\"2\"");

    String page = portal.get("/c/" + slug + "/news").body();

    assertThat(page)
        .contains(
            "<li class=\"news-row\">\n"
                + "    <p class=\"news-row__meta\"><span class=\"chip\">News</span>"
                + " <time datetime=\"2030-05-06\">May 6, 2030</time></p>\n"
                + "    <h3 class=\"news-row__title\"><a href=\"/c/"
                + slug
                + "/news/first\">Findings &amp; &lt;notes&gt;</a>\n"
                + "    </h3><p class=\"news-row__summary\">What we &lt;learnt&gt;.</p>\n"
                + "  </li>")
        .contains("<a href=\"/c/" + slug + "/news/second\">No summary here</a>\n    </h3>\n  </li>")
        .contains(
            "<p class=\"news-row__meta\"><span class=\"chip\">Elsewhere</span>"
                + " <time datetime=\"2030-05-06\">May 2030</time></p>\n"
                + "    <h3 class=\"news-row__title\">"
                + "<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\" rel=\"noopener\">"
                + "Elsewhere</a> <span class=\"muted\" aria-hidden=\"true\">↗</span>"
                + "<span class=\"visually-hidden\"> (external link)</span>\n"
                + "    </h3>\n  </li>");
    assertThat(page).doesNotContain("/news/third\"");
  }

  @Test
  void cardsShowALogoOrElseAMonogramAndTheStatesServed(Portal portal) throws Exception {
    String word = "Rowcard" + Long.toString(System.nanoTime(), 36);
    String plain = TestDatabase.uniqueSlug("rows-card");
    TestDatabase.insertCollaborative(plain, word + " Plain & Simple", "P&S");
    TestDatabase.update(
        "UPDATE collaborative SET tagline = ?, region = NULL WHERE slug = ?",
        "Data <for> \"all\"",
        plain);
    TestDatabase.setColours(plain, "#1d4f91", "#c0392b");
    TestDatabase.addStates(plain, "CO");
    String logo = TestDatabase.uniqueSlug("rows-card");
    TestDatabase.insertCollaborative(logo, word + " With Logo", "WL");
    String sha256 = TestDatabase.setPngLogo(logo, TestImages.png());

    String page = portal.get("/collaboratives?q=" + word).body();

    assertThat(page)
        .contains(
            "<li class=\"card collaborative-card\" data-slug=\""
                + plain
                + "\" style=\"--card-accent:#1d4f91;--card-on-accent:#ffffff\">\n"
                + "    <div class=\"collaborative-card__top\">\n"
                + "        <span class=\"monogram\" aria-hidden=\"true\">PS</span>\n"
                + "      <div>\n"
                + "        <h3 class=\"collaborative-card__name\"><a class=\"stretched-link\""
                + " href=\"/c/"
                + plain
                + "\">"
                + word
                + " Plain &amp; Simple</a></h3>\n"
                + "        <p class=\"collaborative-card__short\">P&amp;S</p>\n"
                + "      </div>\n"
                + "    </div>\n"
                + "    <p class=\"collaborative-card__tagline\">Data &lt;for&gt; \"all\"</p>\n"
                + "      <p class=\"collaborative-card__region\"><span class=\"label\">Serves</span>"
                + " Colorado</p>\n"
                + "  </li>")
        .contains(
            "    <div class=\"collaborative-card__top\">\n"
                + "        <img class=\"collaborative-card__logo\" src=\"/c/"
                + logo
                + "/logo/"
                + sha256
                + ".png\" alt=\"\" width=\"48\" height=\"48\" loading=\"lazy\" />\n"
                + "      <div>")
        .contains(
            "<p class=\"collaborative-card__region\"><span class=\"label\">Serves</span>"
                + " Test region</p>");
  }

  /** A new collaborative with this short name; returns its slug. */
  private static String space(String prefix, String shortName) throws Exception {
    TestDatabase.ensureNetwork();
    String slug = TestDatabase.uniqueSlug(prefix);
    TestDatabase.insertCollaborative(slug, "Rows " + slug, shortName);
    return slug;
  }

  /** A published series of {@code slug}; returns {@code slug} (the series' owner). */
  private static String series(String slug, String title) throws Exception {
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, status, published_at,"
            + " created_at, updated_at) SELECT id, 'rows', ?, 'RUNNING', now(), now(), now()"
            + " FROM collaborative WHERE slug = ?",
        title,
        slug);
    return slug;
  }

  private static void news(
      String slug, String newsSlug, String kind, String title, String summary, String url)
      throws Exception {
    TestDatabase.update(
        "INSERT INTO news_item (collaborative_id, slug, kind, title, summary, body, external_url,"
            + " dated, published_at, created_at, updated_at) SELECT id, ?, ?, ?, ?, '<p>Body</p>',"
            + " ?, DATE '2030-05-06', now() - interval '1 minute', now(), now()"
            + " FROM collaborative WHERE slug = ?",
        newsSlug,
        kind,
        title,
        summary,
        url,
        slug);
  }
}
