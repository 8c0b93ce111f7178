package org.convene.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

  @ParameterizedTest
  @ValueSource(strings = {"icsi", "mncm", "comagine-health", "region-2", "a"})
  void lowerCaseWordsSeparatedByHyphensAreValid(String slug) {
    assertThat(Slug.isValid(slug)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"ICSI", "two  words", "-leading", "trailing-", "double--hyphen", "ünï", "a/b"})
  void anythingElseIsRejected(String slug) {
    assertThat(Slug.isValid(slug)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {Slug.MAX_LENGTH + 1, 200})
  void overlongSlugsAreRejected(int length) {
    assertThat(Slug.isValid("a".repeat(length))).isFalse();
  }
}
