package org.convene.collaborative;

import java.util.regex.Pattern;

/** Rules for the URL slugs of collaboratives (and later of their items): {@code /c/{slug}}. */
public final class Slug {

  public static final int MAX_LENGTH = 60;

  /** Lower-case letters and digits, words separated by single hyphens. */
  public static final String REGEX = "[a-z0-9]+(?:-[a-z0-9]+)*";

  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private Slug() {}

  public static boolean isValid(String candidate) {
    return candidate != null
        && candidate.length() <= MAX_LENGTH
        && PATTERN.matcher(candidate).matches();
  }
}
