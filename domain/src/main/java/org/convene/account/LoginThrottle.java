package org.convene.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins for one e-mail address — kept whether or not an account has that address, so
 * throttling tells nobody which addresses exist. Five failures within 15 minutes pause sign-in for
 * that address for 15 minutes.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration PAUSE = Duration.ofMinutes(15);

  @Id
  @Column(length = Account.EMAIL_MAX)
  private String email;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_start", nullable = false)
  private Instant windowStart;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected LoginThrottle() {}

  public LoginThrottle(String email, Instant now) {
    this.email = email;
    this.windowStart = now;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public void failed(Instant now) {
    if (now.isAfter(windowStart.plus(WINDOW))) {
      windowStart = now;
      failures = 0;
    }
    failures++;
    if (failures >= MAX_FAILURES) {
      lockedUntil = now.plus(PAUSE);
    }
  }
}
