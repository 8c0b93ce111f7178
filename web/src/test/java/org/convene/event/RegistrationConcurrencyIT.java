package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 100 people press "register" at the same instant for 10 seats, ten times over: exactly 10 are
 * confirmed every time, the others wait in line, and the database agrees with the answers. A
 * cancellation then gives exactly one seat to the first in line, who is told by e-mail. (Twenty
 * rounds until 2026-12-07: the test then waited a minute for the outbox to send the 2,000
 * confirmations queued before the last round's, and the suite is over its 20 minutes.)
 */
@ExtendWith(RunningPortal.class)
class RegistrationConcurrencyIT {

  private static final int ROUNDS = 10;

  private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

  @Test
  void exactlyCapacitySeatsAreConfirmedUnderConcurrentSignUps(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("rush"), "Rush Collaborative", "RC");
    long lastEvent = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      long event =
          EventFixtures.insertEvent(
              slug,
              "Round " + round,
              Instant.now().plus(Duration.ofDays(3)),
              Duration.ofHours(1),
              "America/Chicago",
              10);
      lastEvent = event;
      List<HttpRequest> requests = new ArrayList<>();
      for (int person = 0; person < 100; person++) {
        requests.add(
            EventFixtures.signUp(
                portal,
                event,
                "Person " + person,
                "p" + person + "-r" + round + "-" + slug + "@example.org"));
      }
      int confirmed = 0;
      int waitlisted = 0;
      for (HttpResponse<String> response : EventFixtures.allAtOnce(requests)) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher m = STATUS.matcher(response.body());
        assertThat(m.find()).isTrue();
        if (m.group(1).equals("CONFIRMED")) {
          confirmed++;
        } else if (m.group(1).equals("WAITLISTED")) {
          waitlisted++;
        }
      }
      assertThat(confirmed).as("round %d confirmed", round).isEqualTo(10);
      assertThat(waitlisted).as("round %d waitlisted", round).isEqualTo(90);
      assertThat(EventFixtures.registrations(event, "CONFIRMED")).isEqualTo(10);
      assertThat(EventFixtures.registrations(event, "WAITLISTED")).isEqualTo(90);
    }

    // a confirmed person cancels with the link from their e-mail: the first in line moves up
    String leaver =
        TestDatabase.queryString(
            "SELECT email FROM registration WHERE event_id = ? AND status = 'CONFIRMED'"
                + " ORDER BY id LIMIT 1",
            lastEvent);
    String firstInLine =
        TestDatabase.queryString(
            "SELECT email FROM registration WHERE event_id = ? AND status = 'WAITLISTED'"
                + " ORDER BY requested_at, id LIMIT 1",
            lastEvent);
    List<MimeMessage> confirmation =
        EventFixtures.mailTo(portal, leaver, 1, Duration.ofSeconds(120));
    assertThat(confirmation).hasSize(1);
    String link = EventFixtures.cancelLink(confirmation.get(0));
    FacesClient visitor = new FacesClient(portal);
    String token = link.substring(link.indexOf("token=") + "token=".length());
    assertThat(visitor.get("/registrations/cancel?token=" + token).body())
        .contains("Yes, cancel my registration");
    assertThat(
            visitor.post("/registrations/cancel-confirm", java.util.Map.of("token", token)).body())
        .contains("Your registration is cancelled");

    assertThat(EventFixtures.registrations(lastEvent, "CONFIRMED")).isEqualTo(10);
    assertThat(EventFixtures.registrations(lastEvent, "WAITLISTED")).isEqualTo(89);
    assertThat(EventFixtures.registrations(lastEvent, "CANCELLED")).isEqualTo(1);
    assertThat(
            TestDatabase.queryString(
                "SELECT status FROM registration WHERE event_id = ? AND email = ?",
                lastEvent,
                firstInLine))
        .isEqualTo("CONFIRMED");
    List<MimeMessage> promoted =
        EventFixtures.mailTo(portal, firstInLine, 2, Duration.ofSeconds(120));
    assertThat(promoted)
        .extracting(MimeMessage::getSubject)
        .contains("A seat opened up: Round " + ROUNDS);
    MimeMessage seat =
        promoted.stream()
            .filter(m -> subject(m).startsWith("A seat opened up"))
            .findFirst()
            .orElseThrow();
    assertThat(EventFixtures.text(seat)).contains("https://zoom.example.org/j/secret-join");
    assertThat(EventFixtures.calendarAttachment(seat)).contains("BEGIN:VCALENDAR");
    long promotedTotal =
        EventFixtures.count(
            "SELECT count(*) FROM mail_outbox WHERE subject LIKE 'A seat opened up%'"
                + " AND recipient LIKE ?",
            "%-r" + ROUNDS + "-" + slug + "@example.org");
    assertThat(promotedTotal).isEqualTo(1);
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
