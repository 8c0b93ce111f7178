package org.convene.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Counts sign-in attempts per e-mail address in one atomic statement (an upsert), committed on its
 * own before the password is checked: however many attempts arrive at once for one address, each
 * gets its own number, no two insert the same row, and at most {@value LoginThrottle#MAX_FAILURES}
 * of them in a window ever reach the password check. The count is in PostgreSQL, so it holds across
 * instances.
 */
@Stateless
public class SignInThrottle {

  private static final String RESTART =
      "(t.locked_until IS NULL AND t.window_start < ?3) OR (t.locked_until <= ?2)";

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  /**
   * Records an attempt for {@code address} and says whether it may check a password: false while
   * the address is paused, or once this attempt is beyond the window's allowance (which pauses it).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean attempt(String address, Instant now) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "INSERT INTO login_throttle AS t (email, failures, window_start, locked_until)"
                        + " VALUES (?1, 1, ?2, NULL) ON CONFLICT (email) DO UPDATE SET"
                        + " failures = CASE WHEN "
                        + RESTART
                        + " THEN 1 ELSE t.failures + 1 END,"
                        + " window_start = CASE WHEN "
                        + RESTART
                        + " THEN ?2 ELSE t.window_start END,"
                        + " locked_until = CASE WHEN "
                        + RESTART
                        + " THEN NULL WHEN t.locked_until IS NOT NULL THEN t.locked_until"
                        + " WHEN t.failures + 1 > ?4 THEN ?5 ELSE NULL END"
                        + " RETURNING failures, locked_until")
                .setParameter(1, address)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.minus(LoginThrottle.WINDOW)))
                .setParameter(4, LoginThrottle.MAX_FAILURES)
                .setParameter(5, Timestamp.from(now.plus(LoginThrottle.PAUSE)))
                .getSingleResult();
    return row[1] == null && ((Number) row[0]).intValue() <= LoginThrottle.MAX_FAILURES;
  }

  /**
   * After a failed password check: whether this address is now paused (its allowance is used up);
   * if so the pause starts now.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean failed(String address, Instant now) {
    return em.createNativeQuery(
                "UPDATE login_throttle SET locked_until = coalesce(locked_until, ?2)"
                    + " WHERE email = ?1 AND failures >= ?3")
            .setParameter(1, address)
            .setParameter(2, Timestamp.from(now.plus(LoginThrottle.PAUSE)))
            .setParameter(3, LoginThrottle.MAX_FAILURES)
            .executeUpdate()
        > 0;
  }

  /** A successful sign-in (or a new password) clears the address's count. */
  public void clear(String address) {
    em.createNativeQuery("DELETE FROM login_throttle WHERE email = ?1")
        .setParameter(1, address)
        .executeUpdate();
  }
}
