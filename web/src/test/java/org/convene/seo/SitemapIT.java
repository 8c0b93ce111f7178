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

  private static List<String> locations(Portal portal) throws Exception {
    HttpResponse<String> response = portal.get("/sitemap.xml");
    assertThat(response.statusCode()).isEqualTo(200);
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
    List<String> paths = new ArrayList<>();
    String base = portal.uri("/").toString().replaceAll("/$", "");
    for (int i = 0; i < locs.getLength(); i++) {
      paths.add(locs.item(i).getTextContent().substring(base.length()));
    }
    return paths;
  }

  @Test
  void publishedPagesAreListedAndDraftsScheduledAndSuspendedNever(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("map"), "Map Health", "MH");
    String hidden =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("map"), "Hidden Health", "HH");
    String published = event(slug, "published", "now()");
    String draft = event(slug, "draft", "NULL");
    String later = event(slug, "later", "now() + interval '1 day'");
    String suspended = event(hidden, "suspended", "now()");
    TestDatabase.suspend(hidden);

    List<String> paths = locations(portal);

    assertThat(paths)
        .contains("/", "/events", "/c/" + slug, "/c/" + slug + "/events", published)
        .doesNotContain(draft, later, suspended, "/c/" + hidden)
        .doesNotHaveDuplicates()
        .noneMatch(p -> p.startsWith("/manage") || p.startsWith("/admin"));
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
