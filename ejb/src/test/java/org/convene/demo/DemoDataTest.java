package org.convene.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.branding.BrandColour;
import org.convene.collaborative.Slug;
import org.junit.jupiter.api.Test;

class DemoDataTest {

  @Test
  void demoNetworkIsNrhiWithItsFiveSeedCollaborativesAndItsOwnOffice() {
    assertThat(DemoDataLoader.network().getShortName()).isEqualTo("NRHI");
    assertThat(DemoDataLoader.collaboratives())
        .extracting(DemoCollaborative::slug)
        .containsExactly("icsi", "civhc", "comagine", "mncm", "stratis", "nrhi");
  }

  @Test
  void everyDemoCollaborativeHasAValidSlugProfileAndDistinctColours() {
    assertThat(DemoDataLoader.collaboratives())
        .allSatisfy(
            c -> {
              assertThat(Slug.isValid(c.slug())).isTrue();
              assertThat(BrandColour.isValid(c.primary())).isTrue();
              assertThat(BrandColour.isValid(c.accent())).isTrue();
              assertThat(c.profile().states()).isNotEmpty();
              assertThat(DemoDataLoader.class.getResource("/demo/logos/" + c.slug() + ".png"))
                  .isNotNull();
            });
    assertThat(DemoDataLoader.collaboratives())
        .extracting(DemoCollaborative::primary)
        .doesNotHaveDuplicates();
  }

  @Test
  void icsiCarriesTheFiguresFromTheSeedAndIsMappedToItsHost() {
    DemoCollaborative icsi = DemoDataLoader.collaboratives().get(0);
    assertThat(icsi.profile().memberOrganisations()).isEqualTo(50);
    assertThat(icsi.profile().clinicians()).isEqualTo(8500);
    assertThat(icsi.hostName()).isEqualTo("icsi.localhost");
  }
}
