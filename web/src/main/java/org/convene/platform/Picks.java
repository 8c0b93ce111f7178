package org.convene.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a search-as-you-type picker ({@code p:autoComplete}) offers and returns: each suggestion
 * names its item's id at its end ("Dr Jane Doe (Stratis Health) #123"), so that the choice is read
 * back without trusting anything else the page sends (the service checks the id is the caller's).
 */
public final class Picks {

  private static final Pattern CHOSEN = Pattern.compile("#([0-9]{1,18})\\s*$");

  private Picks() {}

  /** A suggestion for the item {@code id}: its label, then its id. */
  public static String label(String text, long id) {
    return text + " #" + id;
  }

  /** The id a picker's choice names, or null when nothing (or nothing chosen) is in it. */
  public static Long idOf(String chosen) {
    if (chosen == null) {
      return null;
    }
    Matcher m = CHOSEN.matcher(chosen);
    return m.find() ? Long.valueOf(m.group(1)) : null;
  }
}
