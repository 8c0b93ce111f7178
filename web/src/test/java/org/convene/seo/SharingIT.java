package org.convene.seo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.testing.EventFixtures;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.convene.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every public page names its one canonical address and carries link-preview tags (Open Graph,
 * Twitter card); a space's home, series and news items describe themselves in schema.org JSON-LD
 * (Organization, EventSeries, NewsArticle).
 */
@ExtendWith(RunningPortal.class)
class SharingIT {

  private static final Pattern LD =
      Pattern.compile("<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL);

  private static String meta(String page, String attribute, String name) {
    Matcher m =
        Pattern.compile(
                "<meta " + attribute + "=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\"")
            .matcher(page);
    assertThat(m.find()).as("<meta %s=%s> in the page", attribute, name).isTrue();
    return m.group(1);
  }

  private static String canonical(String page) {
    Matcher m = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]*)\"").matcher(page);
    assertThat(m.find()).as("a canonical link").isTrue();
    String first = m.group(1);
    assertThat(m.find()).as("only one canonical link").isFalse();
    return first;
  }

  private static JsonObject jsonLd(String page) {
    Matcher m = LD.matcher(page);
    assertThat(m.find()).as("JSON-LD in the page").isTrue();
    return Json.createReader(new StringReader(m.group(1))).readObject();
  }

  @Test
  void networkAndSpacePagesNameTheirCanonicalAddressWithoutQueryStrings(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("share"), "Share Health", "SH");
    String base = portal.uri("/").toString().replaceAll("/$", "");

    assertThat(canonical(portal.get("/").body())).isEqualTo(base + "/");
    assertThat(canonical(portal.get("/events?collaborative=" + slug + "&page=2").body()))
        .isEqualTo(base + "/events");
    String space = portal.get("/c/" + slug).body();
    assertThat(canonical(space)).isEqualTo(base + "/c/" + slug + "/");
    assertThat(meta(space, "property", "og:url")).isEqualTo(base + "/c/" + slug + "/");
    assertThat(meta(space, "property", "og:title")).isEqualTo("Share Health");
    assertThat(meta(space, "name", "twitter:card")).isEqualTo("summary");
    assertThat(canonical(portal.get("/c/" + slug + "/news").body()))
        .isEqualTo(base + "/c/" + slug + "/news");
    // search results and sign-in are for people, not for an index
    assertThat(portal.get("/search?q=health").body())
        .contains("<meta name=\"robots\" content=\"noindex, follow\"");
    assertThat(portal.get("/c/" + slug).body()).doesNotContain("noindex");
  }

  @Test
  void aSpaceOnItsOwnHostNameIsCanonicalThereWhicheverAddressServedIt(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("share"), "Hosted Health", "HH");
    String host = slug + ".example.org";
    TestDatabase.mapHost(slug, host);

    // the network's address of the space and the space's own host agree on one address
    String viaNetwork = portal.get("/c/" + slug + "/events").body();
    assertThat(canonical(viaNetwork)).isEqualTo("http://" + host + "/events");
    Portal.HostResponse viaHost = waitForMapping(portal, host, "/events");
    assertThat(canonical(viaHost.body())).isEqualTo("http://" + host + "/events");
  }

  private static Portal.HostResponse waitForMapping(Portal portal, String host, String path)
      throws InterruptedException {
    // mapped host names are cached for up to 10 s
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    Portal.HostResponse response = portal.getAs(host, path);
    while (response.status() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(500);
      response = portal.getAs(host, path);
    }
    assertThat(response.status()).isEqualTo(200);
    return response;
  }

  @Test
  void aSpaceDescribesItselfAsAnOrganizationWithItsLogo(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("share"), "Logo Health", "LGH");
    String sha = TestDatabase.setPngLogo(slug, TestImages.png());
    TestDatabase.update(
        "UPDATE collaborative SET about = '<p>We improve care &amp; outcomes.</p><p>Since"
            + " 1993.</p>', website = 'https://logo.example.org' WHERE slug = ?",
        slug);
    String base = portal.uri("/").toString().replaceAll("/$", "");

    String page = portal.get("/c/" + slug).body();
    String logo = base + "/c/" + slug + "/logo/" + sha + ".png";
    assertThat(meta(page, "property", "og:image")).isEqualTo(logo);

    JsonObject org = jsonLd(page);
    assertThat(org.getString("@context")).isEqualTo("https://schema.org");
    assertThat(org.getString("@type")).isEqualTo("Organization");
    assertThat(org.getString("name")).isEqualTo("Logo Health");
    assertThat(org.getString("alternateName")).isEqualTo("LGH");
    assertThat(org.getString("url")).isEqualTo(base + "/c/" + slug + "/");
    assertThat(org.getString("logo")).isEqualTo(logo);
    assertThat(org.getString("description")).isEqualTo("We improve care & outcomes. Since 1993.");
    assertThat(org.getJsonArray("sameAs").getString(0)).isEqualTo("https://logo.example.org");
    assertThat(org.getJsonObject("memberOf").getString("@type")).isEqualTo("Organization");
  }

  @Test
  void aNewsItemIsANewsArticleAndASeriesAnEventSeriesWithItsSessions(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("share"), "Series Health", "SRH");
    String base = portal.uri("/").toString().replaceAll("/$", "") + "/c/" + slug;
    TestDatabase.update(
        "INSERT INTO news_item (collaborative_id, slug, kind, title, summary, body, dated,"
            + " published_at, created_at, updated_at) SELECT id, 'findings', 'POST',"
            + " 'Findings </script> shared', 'What we learned.', '<p>Body</p>', DATE '2026-10-05',"
            + " now() - interval '1 hour', now(), now() FROM collaborative WHERE slug = ?",
        slug);
    String newsPage = portal.get("/c/" + slug + "/news/findings").body();
    assertThat(meta(newsPage, "property", "og:type")).isEqualTo("article");
    JsonObject article = jsonLd(newsPage);
    assertThat(article.getString("@type")).isEqualTo("NewsArticle");
    // the title's "</script>" is escaped inside the script element and read back intact
    assertThat(article.getString("headline")).isEqualTo("Findings </script> shared");
    assertThat(article.getString("datePublished")).isEqualTo("2026-10-05");
    assertThat(article.getString("description")).isEqualTo("What we learned.");
    assertThat(article.getString("url")).isEqualTo(base + "/news/findings");
    assertThat(article.getJsonObject("publisher").getString("name")).isEqualTo("Series Health");

    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, description, status,"
            + " published_at, created_at, updated_at) SELECT id, 'huddles', 'Peer huddles',"
            + " '<p>Every <em>other</em> week.</p>', 'RUNNING', now(), now(), now()"
            + " FROM collaborative WHERE slug = ?",
        slug);
    List<Long> sessions = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      sessions.add(
          EventFixtures.insertEvent(
              slug,
              "Huddle " + i,
              Instant.now().plus(Duration.ofDays(7L * i)),
              Duration.ofHours(1),
              "America/Chicago",
              10));
    }
    TestDatabase.update(
        "UPDATE event SET series_id = (SELECT id FROM event_series WHERE slug = 'huddles'"
            + " AND collaborative_id = event.collaborative_id) WHERE id IN (?, ?)",
        sessions.get(0),
        sessions.get(1));
    JsonObject series = jsonLd(portal.get("/c/" + slug + "/series/huddles").body());
    assertThat(series.getString("@type")).isEqualTo("EventSeries");
    assertThat(series.getString("name")).isEqualTo("Peer huddles");
    assertThat(series.getString("description")).isEqualTo("Every other week.");
    assertThat(series.getString("url")).isEqualTo(base + "/series/huddles");
    assertThat(series.getJsonArray("subEvent")).hasSize(2);
    JsonObject first = series.getJsonArray("subEvent").getJsonObject(0);
    assertThat(first.getString("name")).isEqualTo("Huddle 1");
    assertThat(first.getString("url")).startsWith(base + "/events/" + sessions.get(0) + "-");
    // times carry the organiser's offset (Chicago: -05:00 or -06:00)
    assertThat(OffsetDateTime.parse(series.getString("startDate")).getOffset().getTotalSeconds())
        .isIn(-5 * 3600, -6 * 3600);
  }
}
