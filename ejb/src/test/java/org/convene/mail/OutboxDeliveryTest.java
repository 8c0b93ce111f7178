package org.convene.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * The outbox records each message as sent the moment the mail server takes it: an instance that
 * dies half-way through a batch has recorded everything it sent, so another instance resends
 * nothing that went (ClusterIT kills an instance on the real portal; this makes the moment exact).
 */
class OutboxDeliveryTest {

  /** Three claimed messages; the instance dies after the server took the second. */
  @Test
  void messagesSentBeforeTheInstanceDiesAreAlreadyRecorded() throws Exception {
    List<OutboxMail> batch = new ArrayList<>();
    for (long id = 1; id <= 3; id++) {
      OutboxMail mail = new OutboxMail("p" + id + "@example.org", "Subject", "Body", null);
      set(mail, "id", id);
      batch.add(mail);
    }
    List<Long> recorded = new ArrayList<>();
    MailOutbox outbox =
        new MailOutbox() {
          private boolean claimed;

          @Override
          public List<OutboxMail> claim(int limit) {
            List<OutboxMail> once = claimed ? List.of() : batch;
            claimed = true;
            return once;
          }

          @Override
          public void markSent(List<Long> ids) {
            recorded.addAll(ids);
          }

          @Override
          public void markFailed(long id, String error) {
            throw new AssertionError("nothing failed");
          }
        };
    Mailer dying =
        new Mailer() {
          @Override
          public List<String> deliverAll(List<Outgoing> messages, IntConsumer sent) {
            sent.accept(0);
            sent.accept(1);
            throw new IllegalStateException("the instance is gone"); // before the third
          }
        };
    OutboxDelivery delivery = new OutboxDelivery();
    set(delivery, "outbox", outbox);
    set(delivery, "mailer", dying);
    set(delivery, "intervalSeconds", 30);

    delivery.deliverPending();

    assertThat(recorded).containsExactly(1L, 2L);
  }

  private static void set(Object target, String name, Object value) throws Exception {
    Class<?> type = target.getClass();
    while (type != null) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
        return;
      } catch (NoSuchFieldException notHere) {
        type = type.getSuperclass();
      }
    }
    throw new NoSuchFieldException(name);
  }
}
