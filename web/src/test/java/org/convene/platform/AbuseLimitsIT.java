package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The limits on anonymous sign-ups and reset requests, counted in PostgreSQL. The test portal
 * trusts {@code X-Forwarded-For} from loopback, so each test is a client of its own; the suite's
 * other traffic (127.0.0.1 itself) is exempt.
 */
@ExtendWith(RunningPortal.class)
class AbuseLimitsIT {

  private final HttpClient http = HttpClient.newHttpClient();
  private String slug;

  @BeforeEach
  void collaborative(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    slug =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("limits"), "Limits Collaborative", "LC");
  }

  /** A client address nobody else in this run (or an earlier one) uses. */
  private static String newClient() {
    return "2001:db8::" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
  }

  private long event(int n) throws Exception {
    return EventFixtures.insertEvent(
        slug,
        "Limits " + n,
        Instant.now().plus(Duration.ofDays(5)),
        Duration.ofHours(1),
        "UTC",
        null);
  }

  private HttpResponse<String> apiSignUp(Portal portal, long event, String client, String email)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(portal.uri("/api/v1/events/" + event + "/registrations"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", client)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"name\":\"Lim Its\",\"email\":\"" + email + "\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aClientSigningUpTooOftenGets429WithRetryAfterAndNothingIsRegistered(Portal portal)
      throws Exception {
    long event = event(0);
    String client = newClient();
    for (int i = 0; i < 20; i++) {
      assertThat(
              apiSignUp(portal, event, client, "p" + i + "-" + slug + "@example.org").statusCode())
          .isEqualTo(201);
    }

    HttpResponse<String> refused = apiSignUp(portal, event, client, "p20-" + slug + "@example.org");

    assertThat(refused.statusCode()).isEqualTo(429);
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 3600L);
    assertThat(refused.body()).contains("too_many_requests");
    assertThat(EventFixtures.registrations(event, "CONFIRMED")).isEqualTo(20);
    // another client is not affected, and neither is the suite's own (exempt) address
    assertThat(apiSignUp(portal, event, newClient(), "other-" + slug + "@example.org").statusCode())
        .isEqualTo(201);
  }

  @Test
  void oneAddressSignedUpTooOftenIsRefusedOnTheFormWithAClearMessage(Portal portal)
      throws Exception {
    String email = "often-" + slug + "@example.org";
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> last = null;
    for (int i = 0; i < 11; i++) {
      long event = event(i);
      // a different client each time: the address's own allowance is what runs out
      FacesClient visitor = new FacesClient(portal).as(newClient());
      last =
          visitor.post(
              "/c/" + slug + "/events/" + event, Map.of("name", "Often Signing", "email", email));
      statuses.add(last.statusCode());
    }

    assertThat(statuses.subList(0, 10)).containsOnly(200);
    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
    assertThat(last.body())
        .contains("Too many sign-ups have come from your connection or for this e-mail address.")
        .contains("Nothing was registered: try again in");
    assertThat(
            EventFixtures.count(
                "SELECT count(*) FROM registration WHERE email = ? AND status <> 'CANCELLED'",
                email))
        .isEqualTo(10);
  }

  @Test
  void resetRequestsAreLimitedPerAddressAndPerClient(Portal portal) throws Exception {
    String known = "reset-limit-" + slug + "@example.org";
    TestDatabase.createAccount(known, "Reset Limit", "a long enough passphrase", false);
    for (int i = 0; i < 3; i++) {
      assertThat(forgot(portal, newClient(), known).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> fourth = forgot(portal, newClient(), known);
    assertThat(fourth.statusCode()).isEqualTo(429);
    assertThat(fourth.body())
        .contains("Too many reset requests have come from your connection or for this address.");
    assertThat(
            TestDatabase.queryString(
                "SELECT count(*)::text FROM password_reset r JOIN account a ON a.id = r.account_id"
                    + " WHERE a.email = ?",
                known))
        .isEqualTo("3");

    String client = newClient();
    for (int i = 0; i < 10; i++) {
      assertThat(forgot(portal, client, "nobody" + i + "-" + slug + "@example.org").statusCode())
          .isEqualTo(200);
    }
    assertThat(forgot(portal, client, "nobody-else-" + slug + "@example.org").statusCode())
        .isEqualTo(429);
  }

  @Test
  void knownAndUnknownAddressesTakeTheSameTimeToAnswer(Portal portal) throws Exception {
    List<Long> known = new ArrayList<>();
    List<Long> unknown = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String email = "timing" + i + "-" + slug + "@example.org";
      TestDatabase.createAccount(email, "Timing", "a long enough passphrase", false);
      known.add(timeForgot(portal, email));
      unknown.add(timeForgot(portal, "no-account" + i + "-" + slug + "@example.org"));
    }
    known.sort(null);
    unknown.sort(null);

    // both wait out the same floor, so neither answers sooner than it
    assertThat(known.get(0)).isGreaterThanOrEqualTo(250);
    assertThat(unknown.get(0)).isGreaterThanOrEqualTo(250);
    // A busy machine only ever adds time, to either kind alike: the medians of six once moved
    // 40 ms apart on a loaded CI machine, the quickest answers by 7. What a known address costs
    // beyond the floor would show in every answer, the quickest of ten too.
    assertThat(Math.abs(known.get(0) - unknown.get(0)))
        .as("known %s ms, unknown %s ms", known, unknown)
        .isLessThan(40);
  }

  private static long timeForgot(Portal portal, String email) {
    FacesClient visitor = new FacesClient(portal);
    visitor.get("/forgot-password");
    long started = System.nanoTime();
    HttpResponse<String> page = visitor.submit("forgot", "submit", Map.of("email", email));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(page.body()).contains("If an account uses that address, we have sent it a link");
    return millis;
  }

  private static HttpResponse<String> forgot(Portal portal, String client, String email) {
    FacesClient visitor = new FacesClient(portal).as(client);
    visitor.get("/forgot-password");
    HttpResponse<String> answer = visitor.submit("forgot", "submit", Map.of("email", email));
    return answer;
  }
}
