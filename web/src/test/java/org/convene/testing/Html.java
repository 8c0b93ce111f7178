package org.convene.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what tests need out of rendered pages. */
public final class Html {

  private static final Pattern CARD = Pattern.compile("data-slug=\"([a-z0-9-]+)\"");

  private Html() {}

  /** Slugs of the collaborative cards on a page, in page order. */
  public static List<String> cardSlugs(String html) {
    List<String> slugs = new ArrayList<>();
    Matcher m = CARD.matcher(html);
    while (m.find()) {
      slugs.add(m.group(1));
    }
    return slugs;
  }
}
