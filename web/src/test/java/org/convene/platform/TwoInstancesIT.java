package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two portals on one database, as two instances behind a load balancer: work is done once and
 * caches agree. Sign-ups made through either are confirmed and reminded exactly once although both
 * instances' outboxes and reminder timers run (every 2 s here); failed sign-ins through either
 * count together; and an editor's save through one shows on the other's kept pages.
 */
@ExtendWith(RunningPortal.class)
class TwoInstancesIT {

  private static final Pattern HITS = Pattern.compile("\"hits\":\"(\\d+)\"");

  private static Portal second;

  @BeforeAll
  static void startSecondInstance() throws Exception {
    second = Portal.launchToBoot(Portal.war(), Map.of());
    second.awaitReady(Duration.ofMinutes(3));
  }

  @AfterAll
  static void stopSecondInstance() throws Exception {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void signUpsThroughEitherInstanceAreConfirmedAndRemindedExactlyOnce(Portal first)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("twin"), "Twin Collaborative", "TW");
    long event =
        EventFixtures.insertEvent(
            slug,
            "Twin session",
            Instant.now().plus(Duration.ofDays(3)),
            Duration.ofHours(1),
            "America/Chicago",
            100);
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      people.add("twin-" + i + "-" + slug + "@example.org");
    }
    // twenty sign-ups at the same instant, every other one through each instance
    List<HttpRequest> requests = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      requests.add(
          EventFixtures.signUp(i % 2 == 0 ? first : second, event, "Twin " + i, people.get(i)));
    }
    for (HttpResponse<String> answer : EventFixtures.allAtOnce(requests)) {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }
    assertThat(EventFixtures.registrations(event, "CONFIRMED")).isEqualTo(people.size());

    // each confirmation sent once, by whichever instance claimed it
    awaitMails(first, people, 1);
    Thread.sleep(5_000); // two more runs of each instance's outbox
    for (String person : people) {
      assertThat(mailsTo(first, person)).as(person).hasSize(1);
    }

    // the session moves inside the reminder window: both instances' reminder timers see it
    TestDatabase.update(
        "UPDATE event SET starts_at = now() + interval '23 hours',"
            + " ends_at = now() + interval '24 hours' WHERE id = ?",
        event);
    awaitMails(first, people, 2);
    Thread.sleep(6_000); // three more runs of each instance's reminder timer and outbox
    for (String person : people) {
      List<MimeMessage> mails = mailsTo(first, person);
      assertThat(mails).as(person).hasSize(2);
      assertThat(mails.stream().filter(m -> subject(m).startsWith("Reminder: Twin session")))
          .as(person)
          .hasSize(1);
    }
  }

  @Test
  void failedSignInsThroughEitherInstanceCountTogether(Portal first) throws Exception {
    String email = TestDatabase.newEditor("twin-throttle");
    for (int i = 1; i <= 4; i++) {
      Portal via = i % 2 == 1 ? first : second;
      assertThat(new FacesClient(via).signIn(email, "wrong password " + i).body())
          .contains("The e-mail address or password is not right.");
    }
    // the fifth failure, through the second instance, pauses the address on both
    assertThat(new FacesClient(second).signIn(email, "wrong password 5").body())
        .contains("sign-in is paused for 15 minutes");
    HttpResponse<String> evenRight = new FacesClient(first).signIn(email, TestDatabase.PASSWORD);
    assertThat(evenRight.uri().getPath()).isEqualTo("/login");
    assertThat(evenRight.body()).contains("sign-in is paused for 15 minutes");
  }

  @Test
  void anEditSavedThroughOneInstanceShowsOnTheOthersKeptPage(Portal first) throws Exception {
    String email = TestDatabase.newEditor("twin-cache");
    String slug = email.substring("editor-".length(), email.indexOf('@'));
    String space = "/c/" + slug;
    // the space's home is kept by the first instance: the second request is a hit
    first.get(space);
    long hits = hits(first);
    assertThat(first.get(space).body()).doesNotContain("Saved through the second instance");
    assertThat(hits(first)).isEqualTo(hits + 1);

    FacesClient editor = new FacesClient(second);
    editor.signIn(email, TestDatabase.PASSWORD);
    editor.get("/manage/profile");
    assertThat(
            editor
                .submit(
                    "profile",
                    "save",
                    Map.of(
                        "name", "Test Collaborative twin-cache",
                        "shortName", "TC",
                        "tagline", "Saved through the second instance"))
                .body())
        .contains("is saved and public now");
    // the first instance hears of the commit from PostgreSQL (a notice, milliseconds): waited for
    // here as for any write, then its very next answer is the new page
    Portal.awaitChangesSeen();
    assertThat(first.get(space).body()).contains("Saved through the second instance");
  }

  private static long hits(Portal portal) {
    Matcher m = HITS.matcher(portal.get("/health/ready").body());
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** What either instance's mail server received for {@code address}. */
  private static List<MimeMessage> mailsTo(Portal first, String address) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (Portal portal : List.of(first, second)) {
      for (MimeMessage m : portal.mail().getReceivedMessages()) {
        if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
            .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
          found.add(m);
        }
      }
    }
    return found;
  }

  private static void awaitMails(Portal first, List<String> people, int each) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      boolean all = true;
      for (String person : people) {
        all &= mailsTo(first, person).size() >= each;
      }
      if (all) {
        return;
      }
      Thread.sleep(250);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
