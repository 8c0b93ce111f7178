package org.convene.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Jakarta Security's PBKDF2 with settings fit for today: HMAC-SHA-256, 600,000 iterations (the
 * API's default of 2,048 is far too low), 32-byte salt and key. Stored as {@code
 * PBKDF2WithHmacSHA256:600000:salt:hash}, so old hashes keep verifying if the settings rise.
 */
@ApplicationScoped
public class PasswordHasher {

  public static final int ITERATIONS = 600_000;
  public static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  @Inject private Pbkdf2PasswordHash pbkdf2;

  /** Verified when an e-mail has no account, so both cases take the same time. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "32"));
    decoy = pbkdf2.generate("decoy passphrase, never anybody's".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean verify(String password, String hash) {
    return password != null && pbkdf2.verify(password.toCharArray(), hash);
  }

  /** Spends the time a real verification would, for an address with no account. */
  public void verifyDecoy(String password) {
    pbkdf2.verify((password == null ? "" : password).toCharArray(), decoy);
  }
}
