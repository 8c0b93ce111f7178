package org.convene.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BrandColourTest {

  @Test
  void contrastMatchesTheWcagExtremes() {
    assertThat(BrandColour.BLACK.contrastWith(BrandColour.WHITE)).isCloseTo(21.0, within(0.01));
    assertThat(BrandColour.WHITE.contrastWith(BrandColour.WHITE)).isCloseTo(1.0, within(0.001));
  }

  @Test
  void contrastMatchesAKnownPair() {
    // #767676 on white is the classic 4.54:1 grey.
    assertThat(new BrandColour("#767676").contrastWith(BrandColour.WHITE))
        .isCloseTo(4.54, within(0.01));
  }

  @Test
  void hexIsNormalisedToLowerCase() {
    assertThat(new BrandColour("#12355B").hex()).isEqualTo("#12355b");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"12355b", "#12355", "#12355bb", "#ggg000", "red", "#fff", "#12355b;x"})
  void anythingButSixHexDigitsIsRefused(String hex) {
    assertThat(BrandColour.isValid(hex)).isFalse();
    assertThatThrownBy(() -> new BrandColour(hex))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("six hexadecimal digits");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "#ffff00", "#ffffff", "#000000", "#12355b", "#f2a900", "#00ff00", "#777777", "#808080",
        "#ff0000", "#0000ff", "#7f7f7f", "#5b8fa8"
      })
  void textOnAnyColourIsReadable(String hex) {
    BrandColour colour = new BrandColour(hex);
    assertThat(colour.textOn().contrastWith(colour))
        .isGreaterThanOrEqualTo(BrandColour.MIN_CONTRAST);
  }

  @Test
  void darkColoursCarryWhiteTextAndLightOnesBlack() {
    assertThat(new BrandColour("#12355b").textOn()).isEqualTo(BrandColour.WHITE);
    assertThat(new BrandColour("#f2a900").textOn()).isEqualTo(BrandColour.BLACK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"#ffff00", "#f2a900", "#ffffff", "#43a047", "#12355b"})
  void inkOnWhiteIsAlwaysReadableAndUnchangedWhenItAlreadyIs(String hex) {
    BrandColour colour = new BrandColour(hex);
    BrandColour ink = colour.inkOnWhite();
    assertThat(ink.contrastWith(BrandColour.WHITE))
        .isGreaterThanOrEqualTo(BrandColour.MIN_CONTRAST);
    if (colour.contrastWith(BrandColour.WHITE) >= BrandColour.MIN_CONTRAST) {
      assertThat(ink).isEqualTo(colour);
    }
  }

  @Test
  void brandCssCarriesEveryPairedColour() {
    Brand brand = new Brand(new BrandColour("#1f4e8c"), new BrandColour("#f2a900"));
    assertThat(brand.css())
        .contains("--brand-primary:#1f4e8c;")
        .contains("--brand-on-primary:#ffffff;")
        .contains("--brand-accent:#f2a900;")
        .contains("--brand-on-accent:#000000;")
        .contains("--brand-accent-ink:" + new BrandColour("#f2a900").inkOnWhite() + ";")
        .contains("--primary-color:#1f4e8c;");
  }
}
