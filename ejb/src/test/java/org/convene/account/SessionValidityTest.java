package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a signed-in session stops counting: its absolute lifetime and the account's last reset. */
class SessionValidityTest {

  private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
  private static final Duration TWELVE_HOURS = Duration.ofHours(12);

  /** An account whose sessions count from {@code sessionsValidFrom} (null: never reset). */
  private record Account(Instant sessionsValidFrom) {
    boolean sessionValid(Instant signedInAt, Instant now, Duration lifetime) {
      return SignedIn.sessionValid(signedInAt, sessionsValidFrom, now, lifetime);
    }
  }

  private static Account account(Instant sessionsValidFrom) {
    return new Account(sessionsValidFrom);
  }

  @Test
  void aSessionCountsWithinItsLifetimeHoweverActive() {
    Account account = account(null);
    assertThat(account.sessionValid(NOW.minus(Duration.ofHours(11)), NOW, TWELVE_HOURS)).isTrue();
    assertThat(account.sessionValid(NOW.minus(TWELVE_HOURS), NOW, TWELVE_HOURS)).isFalse();
    assertThat(account.sessionValid(NOW.minus(Duration.ofDays(3)), NOW, TWELVE_HOURS)).isFalse();
  }

  @Test
  void aSessionWithoutASignInTimeOrFromTheFutureNeverCounts() {
    assertThat(account(null).sessionValid(null, NOW, TWELVE_HOURS)).isFalse();
    assertThat(account(null).sessionValid(NOW.plusSeconds(60), NOW, TWELVE_HOURS)).isFalse();
  }

  @Test
  void aResetEndsEverySessionSignedInBeforeIt() {
    Account reset = account(NOW.minus(Duration.ofHours(1)));
    assertThat(reset.sessionValid(NOW.minus(Duration.ofHours(2)), NOW, TWELVE_HOURS)).isFalse();
    assertThat(reset.sessionValid(NOW.minus(Duration.ofMinutes(30)), NOW, TWELVE_HOURS)).isTrue();
  }
}
