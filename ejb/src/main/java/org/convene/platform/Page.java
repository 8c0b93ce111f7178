package org.convene.platform;

import java.io.Serializable;
import java.util.List;

/** One page of a longer list: its items, which page it is (from 1), and the total count. */
public record Page<T>(List<T> items, int number, int size, long total) implements Serializable {

  public Page {
    items = List.copyOf(items);
  }

  public int totalPages() {
    return total == 0 || size == 0 ? 1 : (int) ((total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return number > 1;
  }

  public boolean hasNext() {
    return number < totalPages();
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  /**
   * A page number past the list's last page (an old link, after items were removed): empty,
   * although the list is not.
   */
  public boolean isPastTheEnd() {
    return items.isEmpty() && total > 0 && number > totalPages();
  }

  /** Index (from 0) of the first item of page {@code number} in the whole list. */
  public static int offset(int number, int size) {
    return (Math.max(1, number) - 1) * size;
  }
}
