package org.convene.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's abuse limits on anonymous actions that write or send mail: public sign-ups and
 * password-reset requests, each counted per client and per e-mail address in PostgreSQL (so every
 * instance shares the count). A refused request says how long to wait.
 *
 * <p>The client is the connection's address, or, when that is one of {@code
 * convene.trusted-proxies} (a load balancer), the nearest address in {@code X-Forwarded-For} that
 * is not a trusted proxy. Clients in {@code convene.limits.exempt-clients} (an integration that
 * signs up on people's behalf) are never limited. Both settings take addresses and CIDR ranges
 * ({@link AddressRanges}).
 */
@ApplicationScoped
public class AbuseLimits {

  private static final Logger LOG = Logger.getLogger(AbuseLimits.class.getName());

  private static final Duration HOUR = Duration.ofHours(1);

  @Inject private RateLimiter limiter;

  @Inject
  @ConfigProperty(name = "convene.trusted-proxies", defaultValue = " ")
  private String trustedProxies;

  @Inject
  @ConfigProperty(name = "convene.limits.exempt-clients", defaultValue = " ")
  private String exemptClients;

  @Inject
  @ConfigProperty(name = "convene.limits.signup.per-client", defaultValue = "20")
  private int signUpPerClient;

  @Inject
  @ConfigProperty(name = "convene.limits.signup.per-address", defaultValue = "10")
  private int signUpPerAddress;

  @Inject
  @ConfigProperty(name = "convene.limits.reset.per-client", defaultValue = "10")
  private int resetPerClient;

  @Inject
  @ConfigProperty(name = "convene.limits.reset.per-address", defaultValue = "3")
  private int resetPerAddress;

  private AddressRanges proxies;
  private AddressRanges exempt;
  private List<RateLimiter.Limit> signUp;
  private List<RateLimiter.Limit> reset;

  @PostConstruct
  void init() {
    proxies = ranges("convene.trusted-proxies", trustedProxies);
    exempt = ranges("convene.limits.exempt-clients", exemptClients);
    signUp =
        List.of(
            new RateLimiter.Limit("signup-client", signUpPerClient, HOUR),
            new RateLimiter.Limit("signup-address", signUpPerAddress, HOUR));
    reset =
        List.of(
            new RateLimiter.Limit("reset-client", resetPerClient, HOUR),
            new RateLimiter.Limit("reset-address", resetPerAddress, HOUR));
  }

  /** Counts a public sign-up (event, series or API); the wait when over a limit. */
  public Optional<Duration> signUp(HttpServletRequest request, String email) {
    return check(signUp, request, email);
  }

  /** Counts a password-reset request; the wait when over a limit. */
  public Optional<Duration> passwordReset(HttpServletRequest request, String email) {
    return check(reset, request, email);
  }

  private Optional<Duration> check(
      List<RateLimiter.Limit> limits, HttpServletRequest request, String email) {
    String client = client(request);
    if (exempt.contains(client)) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    Optional<Duration> wait = limiter.hit(limits.get(0), client, now);
    String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (wait.isEmpty() && !address.isEmpty() && address.length() <= 254) {
      wait = limiter.hit(limits.get(1), address, now);
    }
    return wait;
  }

  /** The client's address, seen through trusted proxies only. */
  String client(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    if (!proxies.contains(remote)) {
      return remote;
    }
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank()) {
      return remote;
    }
    List<String> hops = new ArrayList<>(Arrays.asList(forwarded.split(",")));
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i).strip();
      if (!hop.isEmpty() && !proxies.contains(hop)) {
        return hop.length() > 64 ? hop.substring(0, 64) : hop;
      }
    }
    return remote;
  }

  /** The whole minutes to wait, at least one ("try again in 12 minutes": the bundles say it). */
  public static long minutes(Duration wait) {
    return Math.max(1, (wait.getSeconds() + 59) / 60);
  }

  private static AddressRanges ranges(String setting, String list) {
    AddressRanges ranges = AddressRanges.parse(list);
    if (!ranges.refused().isEmpty()) {
      // left out, which is the stricter reading: a proxy not trusted, a client not exempt
      LOG.log(
          Level.SEVERE,
          "{0}: not an IP address or a CIDR range, left out: {1}",
          new Object[] {setting, String.join(", ", ranges.refused())});
    }
    return ranges;
  }
}
