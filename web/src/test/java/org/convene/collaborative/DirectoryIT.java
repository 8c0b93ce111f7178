package org.convene.collaborative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.testing.Html.cardSlugs;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPortal.class)
class DirectoryIT {

  private static String marker() {
    return TestDatabase.uniqueSlug("m").replace("-", "");
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theTextFilterFindsByNameAndListsAlphabetically(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String m = marker();
    String zulu =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("dir"), "Zulu " + m, "Z");
    String alpha =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("dir"), "alpha " + m, "A");

    HttpResponse<String> page = portal.get("/collaboratives?q=" + q(m));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(cardSlugs(page.body())).containsExactly(alpha, zulu);
    assertThat(page.body())
        .contains("Showing 1–2 of 2 collaboratives")
        .contains("value=\"" + m + "\"");
  }

  @Test
  void theStateFilterShowsOnlyCollaborativesServingThatState(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String m = marker();
    String vermont =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("dir"), "Vermont " + m, "V");
    TestDatabase.addStates(vermont, "VT", "NH");
    TestDatabase.update("UPDATE collaborative SET region = NULL WHERE slug = ?", vermont);
    String oregon =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("dir"), "Oregon " + m, "O");
    TestDatabase.addStates(oregon, "OR");

    HttpResponse<String> page = portal.get("/collaboratives?q=" + q(m) + "&state=VT");

    assertThat(cardSlugs(page.body())).containsExactly(vermont);
    assertThat(page.body())
        .contains("<option value=\"VT\" selected=\"selected\">Vermont</option>")
        .contains("New Hampshire, Vermont");
  }

  @Test
  void resultsArePaginatedWithLinksThatKeepTheFilters(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String m = marker();
    for (int i = 0; i < 30; i++) {
      TestDatabase.insertCollaborative(
          TestDatabase.uniqueSlug("page"), String.format("Paged %s %02d", m, i), "P");
    }

    HttpResponse<String> first = portal.get("/collaboratives?q=" + q(m));
    HttpResponse<String> second = portal.get("/collaboratives?q=" + q(m) + "&page=2");

    assertThat(cardSlugs(first.body())).hasSize(24);
    assertThat(cardSlugs(second.body())).hasSize(6);
    assertThat(first.body())
        .contains("Page 1 of 2")
        .contains("href=\"/collaboratives?q=" + m + "&amp;page=2\"")
        .doesNotContain("rel=\"prev\"");
    assertThat(second.body()).contains("Showing 25–30 of 30").contains("rel=\"prev\"");
    assertThat(List.copyOf(cardSlugs(first.body())))
        .doesNotContainAnyElementsOf(cardSlugs(second.body()));
  }

  @Test
  void nonsenseParametersFallBackToSensibleDefaults(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    for (String query :
        new String[] {"page=-3", "page=abc", "state=XX", "page=99999999999", "q=%27%3B--"}) {
      HttpResponse<String> page = portal.get("/collaboratives?" + query);
      assertThat(page.statusCode()).as(query).isEqualTo(200);
    }
    // a page past the last one (an old link) says where the list ends, not that it is empty
    TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("beyond"), "Beyond", "BY");
    HttpResponse<String> beyond = portal.get("/collaboratives?page=5000");
    assertThat(beyond.statusCode()).isEqualTo(200);
    assertThat(beyond.body())
        .contains("There is no page 5000 here: the list ends at page ")
        .contains("Go to page ")
        .doesNotContain("No collaboratives");
  }

  @Test
  void noMatchSaysSoAndOffersToClearTheFilters(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    HttpResponse<String> page =
        portal.get("/collaboratives?q=" + q("no such collaborative " + marker()));

    assertThat(page.body())
        .contains("No collaboratives match these filters.")
        .contains("Clear filters");
    assertThat(cardSlugs(page.body())).isEmpty();
  }
}
