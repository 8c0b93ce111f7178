package org.convene.platform;

import java.util.Locale;

/**
 * Search text for SQL LIKE, taken literally: {@code %}, {@code _} and {@code \} match themselves.
 */
public final class Like {

  /** The escape character the patterns below use. */
  public static final char ESCAPE = '\\';

  private Like() {}

  /** A lower-case pattern matching any text that contains {@code text}. */
  public static String containing(String text) {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
