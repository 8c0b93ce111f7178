package org.convene.event;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.convene.account.Actor;
import org.convene.platform.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Container-managed timer for the 24-hour reminders, the retention job that anonymises
 * registrations once the network's retention period has passed, and forgetting ended rate-limit
 * windows. The timer itself is not persistent (it is created again at every start); what survives
 * restarts is the database: each reminder is marked sent in the same transaction that queues it, so
 * restarts, overlapping runs and several instances never send one twice, and a reminder missed
 * while the portal was down goes out at the next run if the session has not started yet.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderTimer {

  private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

  @Resource private TimerService timers;
  @EJB private Reminders reminders;
  @EJB private PersonalData personalData;
  @EJB private RateLimiter limits;

  @Inject
  @ConfigProperty(name = "convene.reminders.interval-seconds", defaultValue = "60")
  private int intervalSeconds;

  @PostConstruct
  void start() {
    long interval = Math.max(1, intervalSeconds) * 1000L;
    timers.createIntervalTimer(interval, interval, new TimerConfig("event-reminders", false));
  }

  @Timeout
  void run() {
    try {
      int sent = reminders.sendDueReminders(Actor.system());
      if (sent > 0) {
        LOG.log(Level.INFO, "Queued {0} event reminder(s)", sent);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reminder run failed; the next run retries: {0}", e.getMessage());
    }
    try {
      int anonymised = personalData.anonymiseDue(Actor.system());
      if (anonymised > 0) {
        LOG.log(Level.INFO, "Anonymised {0} registration(s) past the retention period", anonymised);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Anonymising failed; the next run retries: {0}", e.getMessage());
    }
    try {
      limits.purgeEnded(Instant.now());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Purging ended rate-limit windows failed: {0}", e.getMessage());
    }
  }
}
