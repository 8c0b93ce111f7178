package org.convene.account;

import org.convene.text.Texts;

/**
 * Rules for passwords: at least 12 characters, up to 1,024, any Unicode (a long passphrase beats a
 * short clever password). Counted in code points, so emoji and accents count as one each.
 */
public final class Passphrase {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 1024;

  private Passphrase() {}

  /** Why the passphrase is not acceptable, or null when it is. */
  public static String problem(String passphrase) {
    if (passphrase == null || passphrase.isEmpty()) {
      return Texts.of("passphrase.missing");
    }
    int length = passphrase.codePointCount(0, passphrase.length());
    if (length < MIN_LENGTH) {
      return Texts.of("passphrase.short", MIN_LENGTH);
    }
    if (length > MAX_LENGTH) {
      return Texts.of("passphrase.long", MAX_LENGTH);
    }
    if (passphrase.isBlank()) {
      return Texts.of("passphrase.blank");
    }
    return null;
  }
}
