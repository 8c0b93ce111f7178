package org.convene.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.platform.InvalidInputException;

/**
 * {@code /search}: the words and facets come from the address (so every result page can be linked
 * and bookmarked), each facet value is a link that adds or removes it, and the page never fails on
 * what a visitor types.
 */
@Named
@RequestScoped
public class SearchBacking {

  /** A result's day, as the page's language writes a short date ("Dec 6, 2026", "6 dic 2026"). */
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
          .withZone(ZoneOffset.UTC);

  @Inject private HttpServletRequest request;
  @Inject private SearchService search;

  private SearchQuery query;
  private SearchResults results;
  private String problem;

  /** The query as the address states it; a refused one (too long) keeps its message. */
  public SearchQuery getQuery() {
    if (query == null) {
      try {
        query = parse(request::getParameter, this::values);
      } catch (InvalidInputException e) {
        String q = request.getParameter("q");
        problem =
            org.convene.platform.Pages.msg(
                "search.tooLong", SearchQuery.MAX_WORDS_LENGTH, q == null ? 0 : q.strip().length());
        query = new SearchQuery("", null, null, null, null, null, null, false, 1);
      }
    }
    return query;
  }

  /**
   * A search as its address states it ({@code q}, {@code kind}, {@code c}, {@code topic}, {@code
   * when}, {@code year}, {@code format}, {@code sort}, {@code page}), for the page and the API
   * alike. Unknown facet values are dropped; words too long are refused.
   *
   * @throws InvalidInputException when the words are longer than {@link
   *     SearchQuery#MAX_WORDS_LENGTH}
   */
  public static SearchQuery parse(
      java.util.function.Function<String, String> one,
      java.util.function.Function<String, Set<String>> many) {
    Integer page = number(one.apply("page"));
    return new SearchQuery(
        one.apply("q"),
        kinds(many.apply("kind")),
        many.apply("c"),
        many.apply("topic"),
        when(one.apply("when")),
        number(one.apply("year")),
        one.apply("format"),
        "date".equals(one.apply("sort")),
        page == null ? 1 : page);
  }

  public SearchResults getResults() {
    if (results == null) {
      results = search.search(getQuery());
    }
    return results;
  }

  public String getProblem() {
    getQuery();
    return problem;
  }

  public String getWords() {
    String q = request.getParameter("q");
    return q == null ? "" : q;
  }

  public String date(SearchResults.Hit hit) {
    return hit.at() == null
        ? ""
        : DAY.withLocale(
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .format(hit.at());
  }

  /** At most this many values of a facet are shown (the chosen ones always). */
  static final int FACET_VALUES_SHOWN = 10;

  /** The facet's most frequent values (counts come most frequent first) and every chosen one. */
  public List<SearchResults.Facet> shown(String facet, List<SearchResults.Facet> counts) {
    List<SearchResults.Facet> shown = new ArrayList<>();
    for (SearchResults.Facet f : counts) {
      if (shown.size() < FACET_VALUES_SHOWN || isSelected(facet, f.value())) {
        shown.add(f);
      }
    }
    return shown;
  }

  /** How many of the facet's values are not shown. */
  public int more(String facet, List<SearchResults.Facet> counts) {
    return counts.size() - shown(facet, counts).size();
  }

  public boolean isSelected(String facet, String value) {
    return current(facet).contains(value);
  }

  /** The address with {@code value} of {@code facet} added, or removed if it is chosen. */
  public String toggle(String facet, String value) {
    List<String[]> params = params(facet);
    Set<String> chosen = new LinkedHashSet<>(current(facet));
    if (!chosen.remove(value)) {
      if (!multi(facet)) {
        chosen.clear();
      }
      chosen.add(value);
    }
    chosen.forEach(v -> params.add(new String[] {facet, v}));
    return address(params);
  }

  public String getWithoutFacets() {
    List<String[]> params = new ArrayList<>();
    params.add(new String[] {"q", getQuery().words()});
    return address(params);
  }

  public String getWholeNetwork() {
    return address(params("c"));
  }

  public String sortBy(String sort) {
    List<String[]> params = params("sort");
    if ("date".equals(sort)) {
      params.add(new String[] {"sort", "date"});
    }
    return address(params);
  }

  public String page(int page) {
    List<String[]> params = params("page");
    params.add(new String[] {"page", Integer.toString(page)});
    return address(params);
  }

  /** A facet value as the page shows it, in the page's language (the API keeps English). */
  public String label(String facet, SearchResults.Facet f) {
    String key =
        switch (facet) {
          case "kind" -> "searchKind." + f.value();
          case "when" -> "searchWhen." + f.value();
          case "format" -> "format." + f.value();
          default -> null;
        };
    if (key != null) {
      java.util.ResourceBundle msg = org.convene.platform.Pages.messages();
      if (msg.containsKey(key)) {
        return msg.getString(key);
      }
    }
    return facetLabel(facet, f);
  }

  /** How a facet value reads: "Event", "Upcoming events", "In person", a collaborative's name. */
  public static String facetLabel(String facet, SearchResults.Facet f) {
    return switch (facet) {
      case "kind" -> SearchQuery.Kind.valueOf(f.value()).getLabel();
      case "when" -> "UPCOMING".equals(f.value()) ? "Upcoming events" : "Past events";
      case "format" ->
          switch (f.value()) {
            case "IN_PERSON" -> "In person";
            case "HYBRID" -> "Hybrid";
            default -> "Online";
          };
      default -> f.label() == null ? f.value() : f.label();
    };
  }

  /** The current parameters except {@code without} (and the page, which any change resets). */
  private List<String[]> params(String without) {
    List<String[]> params = new ArrayList<>();
    params.add(new String[] {"q", getQuery().words()});
    for (String name : List.of("kind", "c", "topic", "when", "year", "format", "sort")) {
      if (!name.equals(without)) {
        current(name).forEach(v -> params.add(new String[] {name, v}));
      }
    }
    return params;
  }

  private Set<String> current(String facet) {
    SearchQuery q = getQuery();
    return switch (facet) {
      case "kind" -> q.kinds().stream().map(Enum::name).collect(Collectors.toSet());
      case "c" -> q.collaboratives();
      case "topic" -> q.topics();
      case "when" -> q.when() == null ? Set.of() : Set.of(q.when().name());
      case "year" -> q.year() == null ? Set.of() : Set.of(q.year().toString());
      case "format" -> q.format() == null ? Set.of() : Set.of(q.format());
      case "sort" -> q.byDate() ? Set.of("date") : Set.of();
      default -> Set.of();
    };
  }

  private static boolean multi(String facet) {
    return Set.of("kind", "c", "topic").contains(facet);
  }

  private String address(List<String[]> params) {
    return request.getContextPath()
        + "/search?"
        + params.stream()
            .map(
                p ->
                    URLEncoder.encode(p[0], StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(p[1], StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  private Set<String> values(String name) {
    String[] values = request.getParameterValues(name);
    return values == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(values));
  }

  private static Set<SearchQuery.Kind> kinds(Set<String> names) {
    Set<SearchQuery.Kind> kinds = new LinkedHashSet<>();
    for (String name : names) {
      for (SearchQuery.Kind kind : SearchQuery.Kind.values()) {
        if (kind.name().equals(name)) {
          kinds.add(kind);
        }
      }
    }
    return kinds;
  }

  private static SearchQuery.When when(String value) {
    for (SearchQuery.When when : SearchQuery.When.values()) {
      if (when.name().equals(value)) {
        return when;
      }
    }
    return null;
  }

  private static Integer number(String value) {
    return value != null && value.matches("\\d{1,4}") ? Integer.valueOf(value) : null;
  }
}
