package org.convene.account;

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
      return "Enter a password.";
    }
    int length = passphrase.codePointCount(0, passphrase.length());
    if (length < MIN_LENGTH) {
      return "Use at least " + MIN_LENGTH + " characters; a few words make a strong passphrase.";
    }
    if (length > MAX_LENGTH) {
      return "Use at most " + MAX_LENGTH + " characters.";
    }
    if (passphrase.isBlank()) {
      return "A password cannot be only spaces.";
    }
    return null;
  }
}
