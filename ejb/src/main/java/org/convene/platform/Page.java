package org.convene.platform;

import java.io.Serializable;
import java.util.List;

/** One page of a longer list: its items, which page it is (from 1), and the total count. */
public record Page<T>(List<T> items, int number, int size, long total)
    implements Paged, Serializable {

  public Page {
    items = List.copyOf(items);
  }

  @Override
  public int totalPages() {
    return Paged.pagesFor(total, size);
  }

  public boolean hasPrevious() {
    return number > 1;
  }

  public boolean hasNext() {
    return number < totalPages();
  }

  @Override
  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** Index (from 0) of the first item of page {@code number} in the whole list. */
  public static int offset(int number, int size) {
    return (Math.max(1, number) - 1) * size;
  }
}
