package org.convene.search;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.convene.platform.InvalidInputException;
import org.convene.text.Texts;

/**
 * What a visitor searches for: the words (web-search syntax: quotes, {@code OR}, {@code -word}) and
 * the facets chosen. Unknown facet values are dropped, not an error; the words are limited in
 * length so that no query can be slow.
 */
public record SearchQuery(
    String words,
    Set<Kind> kinds,
    Set<String> collaboratives,
    Set<String> topics,
    When when,
    Integer year,
    String format,
    boolean byDate,
    int page)
    implements Serializable {

  public static final int MAX_WORDS_LENGTH = 200;
  public static final int PAGE_SIZE = 20;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Set<String> FORMATS = Set.of("ONLINE", "IN_PERSON", "HYBRID");

  /** The kinds of item search finds. */
  public enum Kind {
    EVENT("Event"),
    SERIES("Series"),
    NEWS("News"),
    RESOURCE("Resource"),
    PRACTICE("Practice"),
    FINDING("Key finding"),
    PRESENTER("Presenter"),
    COLLABORATIVE("Collaborative");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  /** Events by time. */
  public enum When {
    UPCOMING,
    PAST
  }

  public SearchQuery {
    words = words == null ? "" : words.strip();
    if (words.length() > MAX_WORDS_LENGTH) {
      throw new InvalidInputException(
          "q", Texts.of("searchQuery.searchMostCharactersYours", MAX_WORDS_LENGTH, words.length()));
    }
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    collaboratives =
        collaboratives == null
            ? Set.of()
            : collaboratives.stream()
                .filter(s -> s != null && s.length() <= 60 && SLUG.matcher(s).matches())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    topics =
        topics == null
            ? Set.of()
            : topics.stream()
                .filter(s -> s != null && s.length() <= 80 && SLUG.matcher(s).matches())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    format = format != null && FORMATS.contains(format) ? format : null;
    year = year != null && year >= 1900 && year <= 2999 ? year : null;
    page = Math.max(1, Math.min(page, 500));
  }

  public boolean isEmpty() {
    return words.isEmpty();
  }

  public boolean hasFacets() {
    return !kinds.isEmpty()
        || !collaboratives.isEmpty()
        || !topics.isEmpty()
        || when != null
        || year != null
        || format != null;
  }

  /** The same words with no facet chosen, first page. */
  public SearchQuery withoutFacets() {
    return new SearchQuery(words, null, null, null, null, null, null, byDate, 1);
  }

  static String csv(Set<?> values) {
    return String.join(",", values.stream().map(String::valueOf).sorted().toList());
  }

  /** Kinds as their names, for the SQL. */
  List<String> kindNames() {
    return kinds.stream().map(Kind::name).sorted().toList();
  }
}
