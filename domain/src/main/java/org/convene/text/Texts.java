package org.convene.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences services and domain checks say to the people using the workspace (a refused input,
 * why something cannot be done), kept in the bundle {@code org.convene.texts} rather than in the
 * code. English only, like the workspace; the public pages' words are in {@code
 * org.convene.messages}.
 */
public final class Texts {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("org.convene.texts", Locale.ROOT, Texts.class.getClassLoader());

  private Texts() {}

  /**
   * The sentence {@code key} with {@code args} in its places ({0}, {1}, …). A number in a plain
   * place is shown as written (a year or an id without a thousands separator); one the pattern
   * formats ({0,choice,…}, {0,number}) is formatted by it.
   */
  public static String of(String key, Object... args) {
    return format(BUNDLE.getString(key), args);
  }

  /** {@code pattern} (MessageFormat, English) with {@code args}, numbers as in {@link #of}. */
  public static String format(String pattern, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      boolean formatted = pattern.contains("{" + i + ",");
      shown[i] =
          args[i] == null || args[i] instanceof Number && !formatted
              ? String.valueOf(args[i])
              : args[i];
    }
    return new MessageFormat(pattern, Locale.ENGLISH).format(shown);
  }

  /** Whether the bundle holds {@code key} (for tests). */
  public static boolean has(String key) {
    return BUNDLE.containsKey(key);
  }
}
