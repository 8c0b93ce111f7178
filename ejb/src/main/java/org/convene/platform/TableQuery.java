package org.convene.platform;

import java.io.Serializable;
import java.util.Map;

/**
 * What a workspace table asks of a service: words to search for, one chosen value per filter
 * column, the column to sort by (null: the list's natural order) and its direction, and the rows of
 * one page. Services accept only the sort columns and filter values they name, so nothing from the
 * page reaches a query unchecked.
 */
public record TableQuery(
    String search,
    Map<String, String> filters,
    String sortBy,
    boolean ascending,
    int first,
    int size)
    implements Serializable {

  /** The most rows one page of a table shows. */
  public static final int MAX_SIZE = 200;

  public TableQuery {
    search = search == null ? "" : search.strip();
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    first = Math.max(0, first);
    size = Math.max(0, Math.min(MAX_SIZE, size));
  }

  /** Only how many rows match (a table asks before it loads a page): size 0, no rows. */
  public TableQuery countOnly() {
    return new TableQuery(search, filters, null, true, 0, 0);
  }

  /** Whether only the count is wanted. */
  public boolean isCountOnly() {
    return size == 0;
  }

  /** The number (from 1) of the page this query's first row is on. */
  public int pageNumber() {
    return size == 0 ? 1 : first / size + 1;
  }

  /** The first page of {@code size} rows in the natural order, unfiltered. */
  public static TableQuery firstPage(int size) {
    return new TableQuery("", Map.of(), null, true, 0, size);
  }

  /** The search words as a LIKE pattern matching lower-cased text that contains them. */
  public String likePattern() {
    return Like.containing(search.toLowerCase(java.util.Locale.ROOT));
  }

  /** The filter value of a column, or null when none is chosen. */
  public String filter(String column) {
    String value = filters.get(column);
    return value == null || value.isBlank() ? null : value;
  }

  /** The filter value of a column as one of {@code type}'s constants; null when none or unknown. */
  public <E extends Enum<E>> E filter(String column, Class<E> type) {
    String value = filter(column);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null; // not one of them: no filter
    }
  }

  /**
   * The ORDER BY of this query: the JPQL expression the service names for the sort column, in the
   * chosen direction, then {@code tieBreak}; the natural order when no (known) column is chosen.
   */
  public String orderBy(Map<String, String> sortable, String natural, String tieBreak) {
    String expression = sortBy == null ? null : sortable.get(sortBy);
    if (expression == null) {
      return " ORDER BY " + natural;
    }
    return " ORDER BY " + expression + (ascending ? " ASC" : " DESC") + ", " + tieBreak;
  }
}
