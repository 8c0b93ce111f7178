package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPortal.class)
class HealthIT {

  @Test
  void readyWhenTheSchemaIsMigratedAndTheDatabaseAnswers(Portal portal) {
    HttpResponse<String> ready = portal.get("/health/ready");

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body())
        .contains("\"status\":\"UP\"")
        .contains("\"name\":\"database\"")
        .contains("\"connection\":\"ok\"")
        .contains("\"migrated\":\"true\"");
  }

  @Test
  void liveAnswersUp(Portal portal) {
    HttpResponse<String> live = portal.get("/health/live");

    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).contains("\"status\":\"UP\"").contains("\"name\":\"convene\"");
  }

  @Test
  void losingTheDatabaseMakesReadinessDownAndItRecoversWithoutRestart(Portal portal)
      throws Exception {
    portal.awaitReady(Duration.ofSeconds(30));
    try {
      portal.databaseLink().cut();

      portal.awaitReadiness(false, Duration.ofSeconds(30));
      HttpResponse<String> down = portal.get("/health/ready");
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body())
          .contains("\"status\":\"DOWN\"")
          .doesNotContain("\"connection\":\"ok\"");
      assertThat(portal.get("/health/live").statusCode()).isEqualTo(200);
      HttpResponse<String> page = portal.get("/");
      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(page.body()).contains("Something went wrong").doesNotContain("SQLException");
    } finally {
      portal.databaseLink().restore();
    }

    portal.awaitReady(Duration.ofSeconds(30));
    assertThat(portal.get("/").statusCode()).isEqualTo(200);
  }
}
