package org.convene.collaborative;

import java.util.regex.Pattern;

/** Rules for the web addresses a collaborative publishes: http(s) only, never javascript:. */
public final class WebAddress {

  public static final String REGEX = "https?://[^\\s<>\"']+";
  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private WebAddress() {}

  public static boolean isValid(String url) {
    return url != null && PATTERN.matcher(url).matches();
  }
}
