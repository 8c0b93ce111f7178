package org.convene.platform;

/**
 * A page of a longer list, as the shared page-number views read it ({@code past-the-end.xhtml}):
 * which page it is (from 1), how many there are, and whether this one is past the last.
 */
public interface Paged {

  /** The page asked for, from 1 (it may lie past the last one: an old link). */
  int number();

  int totalPages();

  /** How many pages of {@code size} items a list of {@code total} fills: at least one. */
  static int pagesFor(long total, int size) {
    return total == 0 || size == 0 ? 1 : (int) ((total + size - 1) / size);
  }

  /** How many items the whole list holds. */
  long total();

  /** Whether this page shows nothing. */
  boolean isEmpty();

  /**
   * A page number past the list's last page (an old link, after items were removed): empty,
   * although the list is not.
   */
  default boolean isPastTheEnd() {
    return isEmpty() && total() > 0 && number() > totalPages();
  }
}
