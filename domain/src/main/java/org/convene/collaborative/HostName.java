package org.convene.collaborative;

import java.util.Locale;
import java.util.regex.Pattern;

/** Custom host names mapped to a collaborative's space, such as {@code icsi.localhost}. */
public final class HostName {

  public static final int MAX_LENGTH = 253;

  /** Dot-separated labels of lower-case letters, digits and inner hyphens; at least two labels. */
  public static final String REGEX =
      "(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+";

  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private HostName() {}

  public static boolean isValid(String host) {
    return host != null && PATTERN.matcher(host).matches();
  }

  /** Lower-cases and trims a host name as typed; does not validate. */
  public static String normalise(String host) {
    return host == null ? null : host.trim().toLowerCase(Locale.ROOT);
  }
}
