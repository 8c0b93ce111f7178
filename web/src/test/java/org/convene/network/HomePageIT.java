package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.testing.Html.cardSlugs;

import java.net.http.HttpResponse;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPortal.class)
class HomePageIT {

  @Test
  void homeShowsTheNetworkNameAndTheFirstCollaborativesByNameFromTheDatabase(Portal portal)
      throws Exception {
    String network = TestDatabase.ensureNetwork();
    TestDatabase.insertCollaborative(
        TestDatabase.uniqueSlug("home"), "Alpha Health Collaborative", "AHC");
    TestDatabase.insertCollaborative(
        TestDatabase.uniqueSlug("home"), "Beta Quality Partners", "BQP");

    HttpResponse<String> response = portal.get("/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(response.body())
        .contains("<h1 id=\"network-name\" class=\"hero__title\">" + network + "</h1>");
    assertThat(cardSlugs(response.body())).isEqualTo(TestDatabase.firstActiveSlugs(12));
    assertThat(response.body())
        .contains(
            "See all " + String.format("%,d", TestDatabase.countActive()) + " collaboratives");
  }

  @Test
  void aSuspendedCollaborativeIsNotListed(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("gone"), "0000 Suspended First", "SF");
    TestDatabase.suspend(slug);

    assertThat(cardSlugs(portal.get("/").body())).doesNotContain(slug);
  }

  @Test
  void publicPagesDoNotOpenASession(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    HttpResponse<String> response = portal.get("/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void unknownPageGivesTheFriendly404WithoutServerDetails(Portal portal) {
    HttpResponse<String> response = portal.get("/no-such-page-here");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(response.body())
        .contains("Page not found")
        .contains("href=\"/\"")
        .doesNotContainIgnoringCase("payara")
        .doesNotContainIgnoringCase("exception")
        .doesNotContain("at org.");
  }

  @Test
  void responsesCarryNoServerVersionBanner(Portal portal) {
    for (String path : new String[] {"/", "/no-such-page-here", "/health/ready", "/c/nope"}) {
      HttpResponse<String> response = portal.get(path);
      assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
      assertThat(response.headers().firstValue("X-Powered-By")).as(path).isEmpty();
    }
  }

  @Test
  void faceletSourcesAreNotServed(Portal portal) {
    assertThat(portal.get("/WEB-INF/templates/layout.xhtml").statusCode()).isEqualTo(404);
    assertThat(portal.get("/WEB-INF/views/collaborative/home.xhtml").statusCode()).isEqualTo(404);
    assertThat(portal.get("/WEB-INF/web.xml").statusCode()).isEqualTo(404);
  }
}
