package org.convene.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** {@code sitemap.xml} lists exactly the published pages; {@code robots.txt} points to it. */
@ExtendWith(RunningPortal.class)
class SitemapIT {

  private static String event(String slug, String name, String published) throws Exception {
    return TestDatabase.queryString(
        "INSERT INTO event (collaborative_id, slug, title, starts_at, ends_at, zone_id, format,"
            + " status, published_at, created_at, updated_at) SELECT id, ?, 'Sitemap event',"
            + " now() + interval '3 days', now() + interval '3 days 1 hour', 'UTC', 'ONLINE',"
            + " 'SCHEDULED', "
            + published
            + ", now(), now() FROM collaborative WHERE slug = ? RETURNING '/c/' || ? ||"
            + " '/events/' || id || '-' || slug",
        name,
        slug,
        slug);
  }

  /** The {@code loc} of every entry of a sitemap file (a urlset or an index). */
  private static List<String> locations(Portal portal, String file) throws Exception {
    HttpResponse<String> response = portal.get(file);
    assertThat(response.statusCode()).as(file).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document xml =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
    NodeList locs =
        xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    List<String> found = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      found.add(locs.item(i).getTextContent());
    }
    return found;
  }

  @Test
  void theIndexSplitsByCollaborativeAndListsExactlyThePublishedPages(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("map"), "Map Health", "MH");
    String hidden =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("map"), "Hidden Health", "HH");
    String published = event(slug, "published", "now()");
    String draft = event(slug, "draft", "NULL");
    String later = event(slug, "later", "now() + interval '1 day'");
    event(hidden, "suspended", "now()");
    TestDatabase.suspend(hidden);
    for (String[] practice :
        new String[][] {
          {"huddles", "now()"}, {"unfinished", "NULL"}, {"soon", "now() + interval '1 day'"}
        }) {
      TestDatabase.update(
          "INSERT INTO practice (collaborative_id, slug, name, published_at, created_at, updated_at)"
              + " SELECT id, ?, ?, "
              + practice[1]
              + ", now(), now() FROM collaborative WHERE slug = ?",
          practice[0],
          "Practice " + practice[0],
          slug);
    }
    String base = portal.uri("/").toString().replaceAll("/$", "");

    List<String> index = locations(portal, "/sitemap.xml");
    assertThat(index)
        .contains(base + "/sitemaps/network.xml", base + "/sitemaps/c/" + slug + ".xml")
        .doesNotContain(base + "/sitemaps/c/" + hidden + ".xml")
        .doesNotHaveDuplicates();

    assertThat(locations(portal, "/sitemaps/network.xml"))
        .contains(
            base + "/",
            base + "/events",
            base + "/collaboratives",
            base + "/topics",
            base + "/findings",
            base + "/campaigns")
        .noneMatch(p -> p.contains("/manage") || p.contains("/admin") || p.contains("/c/"));

    List<String> space = locations(portal, "/sitemaps/c/" + slug + ".xml");
    assertThat(space)
        .containsExactly(
            base + "/c/" + slug + "/",
            base + "/c/" + slug + "/events",
            base + published,
            base + "/c/" + slug + "/news",
            base + "/c/" + slug + "/practices",
            base + "/c/" + slug + "/practices/huddles",
            base + "/c/" + slug + "/resources")
        .doesNotContain(base + draft, base + later);
    assertThat(portal.get("/sitemaps/c/" + hidden + ".xml").statusCode()).isEqualTo(404);
    assertThat(portal.get("/sitemaps/c/no-such-space.xml").statusCode()).isEqualTo(404);
    assertThat(portal.get("/sitemaps/../web.xml").statusCode()).isIn(400, 404);
  }

  @Test
  void aSpaceOnItsOwnHostNameIsListedAtThatHost(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("map"), "Own Host", "OH");
    TestDatabase.mapHost(slug, slug + ".example.org");
    String published = event(slug, "hosted", "now()");
    assertThat(locations(portal, "/sitemaps/c/" + slug + ".xml"))
        .contains(
            "http://" + slug + ".example.org/",
            "http://" + slug + ".example.org" + published.substring(("/c/" + slug).length()));

    // the host itself answers with its own sitemap and a robots.txt that points to it
    String host = slug + ".example.org";
    Portal.HostResponse robots = portal.getAs(host, "/robots.txt");
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
    while (robots.status() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(500); // mapped host names are cached for up to 10 s
      robots = portal.getAs(host, "/robots.txt");
    }
    assertThat(robots.body()).contains("Sitemap: http://" + host + "/sitemap.xml");
    Portal.HostResponse own = portal.getAs(host, "/sitemap.xml");
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body())
        .contains("<loc>http://" + host + "/</loc>")
        .contains("<loc>http://" + host + published.substring(("/c/" + slug).length()) + "</loc>")
        .doesNotContain("sitemapindex");
  }

  @Test
  void robotsPointsToTheSitemapAndKeepsTheWorkspaceOut(Portal portal) {
    String robots = portal.get("/robots.txt").body();
    assertThat(robots)
        .contains("Disallow: /manage")
        .contains("Disallow: /admin")
        .contains("Disallow: /registrations/")
        .contains("Sitemap: " + portal.uri("/sitemap.xml"));
  }
}
