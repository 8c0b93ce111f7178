package org.convene.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Fixed-window request counting in PostgreSQL, shared by every instance: one atomic upsert per
 * request, committed on its own so that a refused or failed request still counts. Keys (client and
 * e-mail addresses) are stored only as hashes.
 */
@Stateless
public class RateLimiter {

  /** A named allowance: at most {@code allowance} requests per key in each {@code window}. */
  public record Limit(String bucket, int allowance, Duration window) {
    public Limit {
      if (allowance < 1 || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("A limit needs an allowance and a window: " + bucket);
      }
    }
  }

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  /**
   * Counts one request for {@code key} against {@code limit}: empty while within the allowance,
   * else how long until the window ends (at least one second).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Duration> hit(Limit limit, String key, Instant now) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "INSERT INTO rate_limit AS t (bucket, key_sha256, hits, expires_at)"
                        + " VALUES (?1, ?2, 1, ?4) ON CONFLICT (bucket, key_sha256) DO UPDATE SET"
                        + " hits = CASE WHEN t.expires_at <= ?3 THEN 1 ELSE t.hits + 1 END,"
                        + " expires_at = CASE WHEN t.expires_at <= ?3 THEN ?4 ELSE t.expires_at END"
                        + " RETURNING hits, expires_at")
                .setParameter(1, limit.bucket())
                .setParameter(2, Digests.sha256Hex(key.getBytes(StandardCharsets.UTF_8)))
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, Timestamp.from(now.plus(limit.window())))
                .getSingleResult();
    if (((Number) row[0]).intValue() <= limit.allowance()) {
      return Optional.empty();
    }
    Instant ends = ((Timestamp) row[1]).toInstant();
    Duration left = Duration.between(now, ends);
    return Optional.of(left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left);
  }

  /** Forgets windows that have ended (run now and then by a timer). */
  public int purgeEnded(Instant now) {
    return em.createNativeQuery("DELETE FROM rate_limit WHERE expires_at <= ?1")
        .setParameter(1, Timestamp.from(now))
        .executeUpdate();
  }
}
