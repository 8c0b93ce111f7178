package org.convene.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox: right after each committing transaction that queued mail, and on a timer
 * that retries failures and picks up anything left by a crash. An interval of 0 turns delivery off
 * on this instance (mail stays queued for another); the in-container tests run that way so they
 * never take the suite's mail.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDelivery {

  private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

  @Resource private TimerService timers;
  @EJB private MailOutbox outbox;
  @EJB private Mailer mailer;

  @Inject
  @ConfigProperty(name = "convene.mail.outbox-interval-seconds", defaultValue = "30")
  private int intervalSeconds;

  private final ReentrantLock running = new ReentrantLock();

  @PostConstruct
  void start() {
    if (intervalSeconds <= 0) {
      LOG.info("Mail delivery is off on this instance (convene.mail.outbox-interval-seconds=0)");
      return;
    }
    long interval = Math.max(1, intervalSeconds) * 1000L;
    timers.createIntervalTimer(interval, interval, new TimerConfig("mail-outbox", false));
  }

  @Timeout
  void onTimer() {
    deliverPending();
  }

  /** Sends everything that is due; returns at once if a delivery is already running here. */
  public void deliverPending() {
    if (intervalSeconds <= 0 || !running.tryLock()) {
      return;
    }
    try {
      List<OutboxMail> batch;
      do {
        batch = outbox.claim(50);
        List<OutboxMail> claimed = batch;
        List<String> errors =
            mailer.deliverAll(
                claimed.stream()
                    .map(
                        m ->
                            new Mailer.Outgoing(
                                m.getRecipient(),
                                m.getSubject(),
                                m.getBody(),
                                m.getHtml(),
                                m.getCalendar()))
                    .toList(),
                // recorded as each one leaves, not after the batch: should this instance die
                // half-way, another resends only what was never recorded (at most the last one)
                sent -> outbox.markSent(List.of(claimed.get(sent).getId())));
        for (int i = 0; i < claimed.size(); i++) {
          if (errors.get(i) != null) {
            outbox.markFailed(claimed.get(i).getId(), errors.get(i));
          }
        }
      } while (!batch.isEmpty());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail delivery stopped; the timer will retry", e);
    } finally {
      running.unlock();
    }
  }
}
