package org.convene.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchResultsTest {

  private static SearchQuery page(int page) {
    return new SearchQuery("playbook", null, null, null, null, null, null, false, page);
  }

  private static SearchResults.Hit hit() {
    return new SearchResults.Hit(
        SearchQuery.Kind.NEWS, 1, "icsi", "ICSI", "Playbook", "/c/icsi/news/1", null, null, "", "");
  }

  @Test
  void aPageAskedForPastTheLastOneIsToldApartFromNoResults() {
    SearchResults past = new SearchResults(page(7), 41, List.of(), Map.of());
    assertThat(past.isPastTheEnd()).isTrue();
    assertThat(past.number()).isEqualTo(7);
    assertThat(past.totalPages()).isEqualTo(3);

    assertThat(new SearchResults(page(3), 41, List.of(hit()), Map.of()).isPastTheEnd()).isFalse();
    assertThat(new SearchResults(page(7), 0, List.of(), Map.of()).isPastTheEnd()).isFalse();
    assertThat(SearchResults.none(page(1)).isPastTheEnd()).isFalse();
  }
}
