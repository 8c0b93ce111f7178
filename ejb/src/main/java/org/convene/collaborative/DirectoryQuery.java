package org.convene.collaborative;

/**
 * A search of the collaboratives directory: free text over name, short name and tagline, an
 * optional state served, and which page (from 1).
 */
public record DirectoryQuery(String text, UsState state, int page, int size) {

  public static final int MAX_TEXT = 100;
  public static final int MAX_PAGE_SIZE = 100;

  public DirectoryQuery {
    text = text == null ? "" : text.strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    page = Math.max(1, page);
    size = Math.min(Math.max(1, size), MAX_PAGE_SIZE);
  }

  public static DirectoryQuery all(int page, int size) {
    return new DirectoryQuery("", null, page, size);
  }
}
