package org.convene.platform;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs made from titles: "Moral distress & COVID-19" → "moral-distress-covid-19". */
public final class Slugs {

  private Slugs() {}

  public static String from(String title, int maxLength) {
    String ascii =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > maxLength) {
      ascii = ascii.substring(0, maxLength).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "item" : ascii;
  }
}
