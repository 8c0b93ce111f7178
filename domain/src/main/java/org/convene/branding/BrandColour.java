package org.convene.branding;

import java.util.Locale;
import java.util.regex.Pattern;
import org.convene.text.Texts;

/**
 * A brand colour as {@code #rrggbb}, with the WCAG 2.1 arithmetic needed to keep text readable on
 * and next to it.
 *
 * <p>A collaborative may pick any colour. Where the colour itself is the background (header band,
 * buttons), {@link #textOn()} pairs it with white or black, whichever reads better — one of the two
 * always reaches 4.5:1. Where the colour is used for text on white (links, headings), {@link
 * #inkOnWhite()} darkens it just enough to reach 4.5:1.
 */
public record BrandColour(String hex) {

  public static final int LENGTH = 7;
  public static final String REGEX = "#[0-9a-fA-F]{6}";

  /** WCAG 2.1 AA for normal text. */
  public static final double MIN_CONTRAST = 4.5;

  private static final Pattern PATTERN = Pattern.compile(REGEX);
  public static final BrandColour WHITE = new BrandColour("#ffffff");
  public static final BrandColour BLACK = new BrandColour("#000000");

  public BrandColour {
    if (hex == null || !PATTERN.matcher(hex).matches()) {
      throw new IllegalArgumentException(Texts.of("brandColour.invalid"));
    }
    hex = hex.toLowerCase(Locale.ROOT);
  }

  public static boolean isValid(String hex) {
    return hex != null && PATTERN.matcher(hex).matches();
  }

  /** Relative luminance, WCAG 2.1. */
  public double luminance() {
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  }

  /** Contrast ratio with another colour, from 1 to 21. */
  public double contrastWith(BrandColour other) {
    double a = luminance();
    double b = other.luminance();
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** White or black, whichever is more readable on this colour (always at least 4.5:1). */
  public BrandColour textOn() {
    return contrastWith(WHITE) >= contrastWith(BLACK) ? WHITE : BLACK;
  }

  /** This colour, darkened only as far as needed to be readable as text on white. */
  public BrandColour inkOnWhite() {
    BrandColour ink = this;
    for (int step = 0; ink.contrastWith(WHITE) < MIN_CONTRAST && step < 100; step++) {
      ink = ink.scaled(0.95);
    }
    return ink;
  }

  private BrandColour scaled(double factor) {
    int r = (int) Math.floor(component(1) * factor);
    int g = (int) Math.floor(component(3) * factor);
    int b = (int) Math.floor(component(5) * factor);
    return new BrandColour(String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b));
  }

  private int component(int offset) {
    return Integer.parseInt(hex.substring(offset, offset + 2), 16);
  }

  private double channel(int offset) {
    double c = component(offset) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  @Override
  public String toString() {
    return hex;
  }
}
