package org.convene.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CollaborativeTest {

  @Test
  void monogramUsesTheShortNameWithoutPunctuation() {
    assertThat(
            new Collaborative("icsi", "Institute for Clinical Systems Improvement", "I.C.S.I.")
                .getMonogram())
        .isEqualTo("IC");
  }

  @Test
  void monogramFallsBackToTheNameWhenTheShortNameIsBlank() {
    assertThat(new Collaborative("stratis", "stratis Health", " ").getMonogram()).isEqualTo("ST");
  }

  @Test
  void describeSetsTaglineRegionAndWebsite() {
    Collaborative c =
        new Collaborative("mncm", "MN Community Measurement", "MNCM")
            .describe("Measuring quality", "Minnesota", "https://mncm.org");
    assertThat(c.getTagline()).isEqualTo("Measuring quality");
    assertThat(c.getRegion()).isEqualTo("Minnesota");
    assertThat(c.getWebsite()).isEqualTo("https://mncm.org");
  }
}
