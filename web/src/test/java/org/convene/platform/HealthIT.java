package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
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
      // a page that has to be rendered (the page cache may still serve the ones it holds for a
      // few seconds: PageCacheIT) cannot have a connection: "busy, try again", never a 500
      HttpResponse<String> page = portal.get("/?outage=" + System.nanoTime());
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.headers().firstValue("Retry-After")).isPresent();
      assertThat(page.body())
          .contains("The portal is busy right now")
          .doesNotContain("SQLException");
    } finally {
      portal.databaseLink().restore();
    }

    portal.awaitReady(Duration.ofSeconds(30));
    assertThat(portal.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void aHeldLockMakesReadinessDownAndPagesAnswerBusyUntilItIsReleased(Portal portal)
      throws Exception {
    portal.awaitReady(Duration.ofSeconds(30));
    HttpClient http = HttpClient.newHttpClient();
    try (Connection holder = TestDatabase.connectAsOwner()) {
      holder.setAutoCommit(false);
      try (Statement s = holder.createStatement()) {
        s.execute("LOCK TABLE network, collaborative IN ACCESS EXCLUSIVE MODE");
      }
      long started = System.nanoTime();
      CompletableFuture<HttpResponse<String>> page =
          http.sendAsync(
              HttpRequest.newBuilder(portal.uri("/collaboratives")).build(),
              HttpResponse.BodyHandlers.ofString());

      portal.awaitReadiness(false, Duration.ofSeconds(10));
      assertThat(portal.get("/health/ready").body()).contains("waited on locks");

      HttpResponse<String> busy = page.get(30, TimeUnit.SECONDS);
      long waited = Duration.ofNanos(System.nanoTime() - started).toSeconds();
      assertThat(busy.statusCode()).isEqualTo(503);
      assertThat(busy.headers().firstValue("Retry-After")).contains("30");
      assertThat(busy.body())
          .contains("The portal is busy right now")
          .doesNotContain("lock timeout")
          .doesNotContain("PSQLException");
      // bounded by the lock timeout (5 s), not by the holder
      assertThat(waited).isLessThan(15);
      holder.rollback();
    }
    portal.awaitReady(Duration.ofSeconds(30));
    assertThat(portal.get("/collaboratives").statusCode()).isEqualTo(200);
  }
}
