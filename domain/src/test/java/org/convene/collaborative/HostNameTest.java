package org.convene.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"icsi.localhost", "portal.icsi.org", "a-b.example.org", "x1.y2"})
  void dottedLowerCaseLabelsAreHostNames(String host) {
    assertThat(HostName.isValid(host)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost",
        "ICSI.org",
        "icsi.localhost:8080",
        "-icsi.org",
        "icsi-.org",
        "icsi..org",
        "http://icsi.org",
        "icsi.org/",
        "ic si.org",
        ""
      })
  void anythingElseIsNot(String host) {
    assertThat(HostName.isValid(host)).isFalse();
  }

  @Test
  void normalisingTrimsAndLowerCases() {
    assertThat(HostName.normalise("  ICSI.Localhost ")).isEqualTo("icsi.localhost");
  }
}
