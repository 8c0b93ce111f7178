package org.convene.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.convene.platform.AbuseLimits;
import org.convene.platform.InvalidInputException;
import org.convene.platform.Pages;

/** {@code /forgot-password} and {@code /reset-password}. */
@Named
@RequestScoped
public class PasswordResetBacking {

  /** Every reset request answers after at least this long, known address or not. */
  static final Duration SAME_TIME = Duration.ofMillis(250);

  @Inject private AccountService accounts;
  @Inject private AbuseLimits limits;
  @Inject private HttpServletRequest request;
  @Inject private ExternalContext external;

  private String email;
  private String token;
  private String password;

  public String requestLink() {
    Optional<Duration> wait = limits.passwordReset(request, email);
    if (wait.isPresent()) {
      Pages.error("forgot:email", Pages.msg("forgot.tooMany", AbuseLimits.minutes(wait.get())));
      ((HttpServletResponse) external.getResponse()).setStatus(429);
      ((HttpServletResponse) external.getResponse())
          .setHeader("Retry-After", Long.toString(wait.get().getSeconds()));
      return null;
    }
    long started = System.nanoTime();
    accounts.requestPasswordReset(email);
    // known and unknown addresses answer after the same time: nobody learns who has an account
    evenOut(started, SAME_TIME);
    Pages.info(Pages.msg("forgot.sent"));
    return Pages.redirect("/forgot-password");
  }

  /** Waits until {@code atLeast} has passed since {@code startedNanos}. */
  static void evenOut(long startedNanos, Duration atLeast) {
    long left = atLeast.toNanos() - (System.nanoTime() - startedNanos);
    if (left > 0) {
      try {
        Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public String reset() {
    try {
      accounts.resetPassword(token, password);
    } catch (InvalidInputException e) {
      Pages.refused(e);
      return null;
    }
    Pages.info(Pages.msg("reset.done"));
    return Pages.redirect("/login");
  }

  public boolean isTokenUsable() {
    return accounts.isResetTokenUsable(token);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
