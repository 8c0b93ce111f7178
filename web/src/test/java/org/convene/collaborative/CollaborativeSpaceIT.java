package org.convene.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.convene.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A collaborative's branded space over HTTP: by path, by host, and what must stay hidden. */
@ExtendWith(RunningPortal.class)
class CollaborativeSpaceIT {

  private static String space(String name, String primary, String accent) throws Exception {
    TestDatabase.ensureNetwork();
    String slug = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("space"), name, "SP");
    TestDatabase.setColours(slug, primary, accent);
    return slug;
  }

  @Test
  void aCollaborativesHomeShowsItsNameColoursAndLogo(Portal portal) throws Exception {
    String slug = space("Lakes Health Collaborative", "#1f4e8c", "#f2a900");
    String sha = TestDatabase.setPngLogo(slug, TestImages.png());

    HttpResponse<String> home = portal.get("/c/" + slug);

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body())
        .contains(
            "<h1 class=\"space-home__title\" id=\"collaborative-name\">Lakes Health Collaborative</h1>")
        .contains("--brand-primary:#1f4e8c;")
        .contains("--brand-accent:#f2a900;")
        .contains("--brand-on-accent:#000000;")
        .contains("src=\"/c/" + slug + "/logo/" + sha + ".png\"");
  }

  @Test
  void theLogoIsServedByContentHashWithLongLivedCaching(Portal portal) throws Exception {
    String slug = space("Logo Served Collaborative", "#6a1b4d", "#2a9d8f");
    String sha = TestDatabase.setPngLogo(slug, TestImages.png());
    String path = "/c/" + slug + "/logo/" + sha + ".png";

    HttpResponse<String> logo = portal.get(path);
    assertThat(logo.statusCode()).isEqualTo(200);
    assertThat(logo.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(logo.headers().firstValue("Cache-Control"))
        .contains("public, max-age=31536000, immutable");
    assertThat(logo.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(portal.get(path, "If-None-Match", "\"" + sha + "\"").statusCode()).isEqualTo(304);

    String otherHash = "0".repeat(64);
    assertThat(portal.get("/c/" + slug + "/logo/" + otherHash + ".png").statusCode())
        .isEqualTo(404);
    assertThat(portal.get("/tenant-logo").statusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownSlugOrPathIsTheFriendly404(Portal portal) throws Exception {
    HttpResponse<String> unknown = portal.get("/c/nope");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Page not found");

    assertThat(portal.get("/c/Not_A_Slug").statusCode()).isEqualTo(404);
    String slug = space("Paths Collaborative", "#00695c", "#ff7043");
    assertThat(portal.get("/c/" + slug + "/no-such-page").statusCode()).isEqualTo(404);
  }

  @Test
  void aSuspendedCollaborativesPagesAndLogoAnswer404(Portal portal) throws Exception {
    String slug = space("Suspended Space Collaborative", "#3949ab", "#43a047");
    String sha = TestDatabase.setPngLogo(slug, TestImages.png());
    String host = slug + ".localhost";
    TestDatabase.mapHost(slug, host);
    assertThat(portal.get("/c/" + slug).statusCode()).isEqualTo(200);

    TestDatabase.suspend(slug);

    assertThat(portal.get("/c/" + slug).statusCode()).isEqualTo(404);
    assertThat(portal.get("/c/" + slug + "/logo/" + sha + ".png").statusCode()).isEqualTo(404);
    Portal.HostResponse byHost = portal.getAs(host, "/");
    assertThat(byHost.status()).isEqualTo(404);
    assertThat(byHost.body()).doesNotContain("Suspended Space Collaborative");
  }

  @Test
  void aMappedHostServesTheCollaborativesHomeWhateverThePortAndLinksStayOnIt(Portal portal)
      throws Exception {
    String slug = space("Hosted Health Collaborative", "#8e3b00", "#1565c0");
    String sha = TestDatabase.setPngLogo(slug, TestImages.png());
    String host = slug + ".localhost";
    String withPort = host + ":" + portal.uri("/").getPort();
    // the portal has just read the mapped hosts, without this one
    assertThat(portal.getAs(withPort, "/").status()).isEqualTo(404);
    TestDatabase.mapHost(slug, host);

    // seen at the very next request (the write's notice), not when the kept list expires
    Portal.HostResponse home = portal.getAs(withPort, "/");
    String network = "http://127.0.0.1:" + portal.uri("/").getPort();

    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body())
        .contains("Hosted Health Collaborative")
        .contains("--brand-primary:#8e3b00;")
        .contains("class=\"space-band__identity\" href=\"/\"")
        .contains("src=\"/logo/" + sha + ".png\"")
        .doesNotContain("href=\"/c/" + slug)
        // the network's own pages are not in the space: their links go to the network's address
        .contains("href=\"" + network + "/collaboratives\"")
        .contains("href=\"" + network + "/login\"")
        .doesNotContain("href=\"/login\"")
        .doesNotContain("href=\"/collaboratives\"");
    assertThat(portal.getAs(host, "/logo/" + sha + ".png").status()).isEqualTo(200);
    assertThat(portal.getAs(host.toUpperCase(), "/").body())
        .contains("Hosted Health Collaborative");
    Portal.HostResponse unknown = portal.getAs("unknown-" + host, "/");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("Page not found");
    assertThat(portal.getAs("unknown-" + host, "/health/ready").status()).isEqualTo(200);
  }

  @Test
  void anOldSlugRedirectsPermanentlyToTheNewOne(Portal portal) throws Exception {
    String slug = space("Renamed Space Collaborative", "#12355b", "#0b6e69");
    String old = TestDatabase.uniqueSlug("old");
    TestDatabase.addRedirect(old, slug);

    HttpResponse<String> moved = portal.get("/c/" + old + "?x=1");

    assertThat(moved.statusCode()).isEqualTo(301);
    assertThat(moved.headers().firstValue("Location")).contains("/c/" + slug + "?x=1");
    assertThat(
            portal
                .get("/c/" + old + "/logo/" + "a".repeat(64) + ".png")
                .headers()
                .firstValue("Location"))
        .contains("/c/" + slug + "/logo/" + "a".repeat(64) + ".png");
  }
}
