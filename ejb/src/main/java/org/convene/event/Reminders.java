package org.convene.event;

import static org.convene.account.Authorized.Rule.PLATFORM;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convene.account.Actor;
import org.convene.account.Authorized;

/** The 24-hour reminders, sent by {@link ReminderTimer}'s runs on every instance, each once. */
@Stateless
public class Reminders {

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private RegistrationMail mail;

  /**
   * Sends the reminder for every confirmed seat of an event starting within 24 hours, once: the row
   * is marked with a conditional UPDATE, so a second run, a second instance or a restart finds it
   * already marked.
   */
  @Authorized(PLATFORM)
  public int sendDueReminders(Actor platform) {
    Instant now = Instant.now();
    List<Registration> due =
        em.createQuery(
                "SELECT r FROM Registration r JOIN FETCH r.event e JOIN FETCH e.collaborative c"
                    + " WHERE r.status = org.convene.event.RegistrationStatus.CONFIRMED"
                    + " AND r.reminderSentAt IS NULL"
                    + " AND e.status = org.convene.event.EventStatus.SCHEDULED"
                    + " AND e.publishedAt <= :now AND e.startsAt > :now AND e.startsAt <= :until",
                Registration.class)
            .setParameter("now", now)
            .setParameter("until", now.plus(Duration.ofHours(24)))
            .setMaxResults(500)
            .getResultList();
    int sent = 0;
    for (Registration r : due) {
      int claimed =
          em.createNativeQuery(
                  "UPDATE registration SET reminder_sent_at = now()"
                      + " WHERE id = ?1 AND reminder_sent_at IS NULL AND status = 'CONFIRMED'")
              .setParameter(1, r.getId())
              .executeUpdate();
      if (claimed == 1) {
        mail.reminder(r);
        sent++;
      }
    }
    return sent;
  }
}
