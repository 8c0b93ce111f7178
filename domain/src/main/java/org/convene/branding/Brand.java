package org.convene.branding;

/**
 * A collaborative's two brand colours with the text colours that stay readable with them: text on
 * each colour, and each colour as text on white.
 */
public record Brand(BrandColour primary, BrandColour accent) {

  public BrandColour onPrimary() {
    return primary.textOn();
  }

  public BrandColour primaryInk() {
    return primary.inkOnWhite();
  }

  public BrandColour onAccent() {
    return accent.textOn();
  }

  public BrandColour accentInk() {
    return accent.inkOnWhite();
  }

  /**
   * CSS custom properties for the collaborative's space; also sets PrimeFaces' theme variables so
   * its components take the brand. Values are validated hex colours, safe to inline.
   */
  public String css() {
    return "--brand-primary:"
        + primary
        + ";--brand-on-primary:"
        + onPrimary()
        + ";--brand-primary-ink:"
        + primaryInk()
        + ";--brand-accent:"
        + accent
        + ";--brand-on-accent:"
        + onAccent()
        + ";--brand-accent-ink:"
        + accentInk()
        + ";--primary-color:"
        + primary
        + ";--primary-color-text:"
        + onPrimary()
        + ";";
  }
}
