package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

  @Test
  void wildcardsAndTheEscapeCharacterAreTakenLiterally() {
    assertThat(Like.containing("100%_Care\\")).isEqualTo("%100\\%\\_care\\\\%");
  }

  @Test
  void plainTextIsLowerCasedAndWrappedInWildcards() {
    assertThat(Like.containing("ICSI")).isEqualTo("%icsi%");
  }
}
