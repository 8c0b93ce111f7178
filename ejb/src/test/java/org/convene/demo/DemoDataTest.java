package org.convene.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.collaborative.Collaborative;
import org.convene.collaborative.Slug;
import org.junit.jupiter.api.Test;

class DemoDataTest {

  @Test
  void demoNetworkIsNrhiWithItsFiveSeedCollaboratives() {
    assertThat(DemoDataLoader.network().getShortName()).isEqualTo("NRHI");
    assertThat(DemoDataLoader.collaboratives())
        .extracting(Collaborative::getSlug)
        .containsExactly("icsi", "civhc", "comagine", "mncm", "stratis");
  }

  @Test
  void everyDemoCollaborativeHasAValidSlugAndADescription() {
    assertThat(DemoDataLoader.collaboratives())
        .allSatisfy(
            c -> {
              assertThat(Slug.isValid(c.getSlug())).isTrue();
              assertThat(c.getTagline()).isNotBlank();
              assertThat(c.getRegion()).isNotBlank();
              assertThat(c.getWebsite()).startsWith("https://");
            });
  }
}
