package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionlessResourcesTest {

  @Test
  void theVersionBecomesADigestThatStillChangesWithIt() {
    String hidden =
        VersionlessResources.hideVersion(
            "/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue&v=15.0.13");
    assertThat(hidden)
        .startsWith("/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue&v=")
        .doesNotContain("15.0.13")
        .matches(".*&v=[0-9a-f]{12}$");
    assertThat(VersionlessResources.hideVersion("/x.css?v=15.0.14"))
        .isNotEqualTo(VersionlessResources.hideVersion("/x.css?v=15.0.13"));
    assertThat(VersionlessResources.hideVersion("/x.css?v=1&ln=a"))
        .matches("/x\\.css\\?v=[0-9a-f]{12}&ln=a");
  }

  @Test
  void anAddressWithoutAVersionIsLeftAlone() {
    assertThat(
            VersionlessResources.hideVersion(
                "/jakarta.faces.resource/css/convene.css.xhtml?ln=convene"))
        .isEqualTo("/jakarta.faces.resource/css/convene.css.xhtml?ln=convene");
  }
}
