package org.convene.search;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.convene.platform.Paged;

/** One page of search results, the total, and each facet's counts. */
public record SearchResults(
    SearchQuery query, long total, List<Hit> hits, Map<String, List<Facet>> facets)
    implements Paged, Serializable {

  /** A found item: where it is, whose it is, when, and the words that matched. */
  public record Hit(
      SearchQuery.Kind kind,
      long id,
      String collaborativeSlug,
      String collaborativeName,
      String title,
      String path,
      Instant at,
      String format,
      String snippetHtml,
      String topics)
      implements Serializable {}

  /** A facet value and how many results have it. */
  public record Facet(String value, String label, long count) implements Serializable {}

  static SearchResults none(SearchQuery query) {
    return new SearchResults(query, 0, List.of(), Map.of());
  }

  @Override
  public int totalPages() {
    return Paged.pagesFor(total, SearchQuery.PAGE_SIZE);
  }

  @Override
  public int number() {
    return query.page();
  }

  @Override
  public boolean isEmpty() {
    return hits.isEmpty();
  }

  public List<Facet> facet(String name) {
    return facets.getOrDefault(name, List.of());
  }

  /**
   * The snippet as HTML: its text escaped, then the matched words (between the markers PostgreSQL
   * put there) in {@code <mark>}. Nothing from the item or the query reaches the page unescaped.
   */
  static String snippetHtml(String headline) {
    if (headline == null) {
      return "";
    }
    StringBuilder html = new StringBuilder(headline.length() + 32);
    for (int i = 0; i < headline.length(); i++) {
      char ch = headline.charAt(i);
      switch (ch) {
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '&' -> html.append("&amp;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        case '\uE000' -> html.append("<mark>");
        case '\uE001' -> html.append("</mark>");
        default -> html.append(ch);
      }
    }
    return html.toString();
  }
}
