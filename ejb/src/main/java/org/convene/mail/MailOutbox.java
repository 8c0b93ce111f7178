package org.convene.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transactional outbox: mail is written in the transaction that decides to send it and
 * delivered by {@link OutboxDelivery} once that transaction has committed.
 */
@Stateless
public class MailOutbox {

  private static final String KICK_KEY = MailOutbox.class.getName() + ".kick";

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Resource private ManagedExecutorService executor;

  @Inject private OutboxDelivery delivery;

  /**
   * How long a claim holds: another instance sends a claimed message only after this, so it must
   * outlast one batch's sending; it is also how long mail claimed by an instance that died waits.
   */
  @Inject
  @ConfigProperty(name = "convene.mail.claim-seconds", defaultValue = "300")
  private int claimSeconds;

  /** Queues a message in the caller's transaction; it leaves only if that transaction commits. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(String to, String subject, String body, String calendar) {
    queue(new OutboxMail(to, subject, body, calendar));
  }

  /** Queues a letter (HTML with its plain-text alternative) and an optional calendar. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(String to, Letter letter, String calendar) {
    MailTemplates.Rendered rendered = MailTemplates.render(letter);
    queue(new OutboxMail(to, rendered.subject(), rendered.text(), rendered.html(), calendar));
  }

  private void queue(OutboxMail mail) {
    em.persist(mail);
    if (transactions.getResource(KICK_KEY) == null) {
      transactions.putResource(KICK_KEY, Boolean.TRUE);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                executor.execute(delivery::deliverPending);
              }
            }
          });
    }
  }

  /**
   * Claims up to {@code limit} undelivered messages for {@code convene.mail.claim-seconds} (five
   * minutes), so that two deliverers (two instances, or a timer and a kick) never send the same
   * one.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @SuppressWarnings("unchecked")
  public List<OutboxMail> claim(int limit) {
    List<Number> ids =
        em.createNativeQuery(
                "UPDATE mail_outbox SET claimed_until = now() + ?2 * interval '1 second',"
                    + " attempts = attempts + 1 WHERE id IN (SELECT id FROM mail_outbox"
                    + " WHERE sent_at IS NULL AND attempts < 10"
                    + " AND (claimed_until IS NULL OR claimed_until < now())"
                    + " ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED) RETURNING id")
            .setParameter(1, limit)
            .setParameter(2, Math.max(1, claimSeconds))
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT m FROM OutboxMail m WHERE m.id IN :ids ORDER BY m.id", OutboxMail.class)
        .setParameter("ids", ids.stream().map(Number::longValue).toList())
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void markSent(List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    em.createQuery("UPDATE OutboxMail m SET m.sentAt = :now WHERE m.id IN :ids")
        .setParameter("now", java.time.Instant.now())
        .setParameter("ids", ids)
        .executeUpdate();
  }

  /** Leaves the message for a later attempt (one minute from now). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void markFailed(long id, String error) {
    String reason = error == null ? "unknown" : error;
    em.createNativeQuery(
            "UPDATE mail_outbox SET claimed_until = now() + interval '1 minute', last_error = ?1"
                + " WHERE id = ?2")
        .setParameter(1, reason.length() > 500 ? reason.substring(0, 500) : reason)
        .setParameter(2, id)
        .executeUpdate();
  }
}
