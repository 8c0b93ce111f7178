package org.convene.account;

import java.time.Duration;

/**
 * The sign-in throttle's rule: failed sign-ins are counted per e-mail address (table {@code
 * login_throttle}) whether or not an account has that address, so throttling tells nobody which
 * addresses exist. Five failures within 15 minutes pause sign-in for that address for 15 minutes.
 * The counting itself is one atomic upsert ({@code SignInThrottle}).
 */
public final class LoginThrottle {

  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration PAUSE = Duration.ofMinutes(15);

  private LoginThrottle() {}
}
