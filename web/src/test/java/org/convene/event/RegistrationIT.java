package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registration by the public page and the JSON API, the e-mails it sends, and the read API. */
@ExtendWith(RunningPortal.class)
class RegistrationIT {

  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
  private final HttpClient http = HttpClient.newHttpClient();
  private String slug;

  @BeforeEach
  void collaborative(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("reg"), "Reg Collaborative", "RG");
  }

  private HttpResponse<String> register(Portal portal, long event, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(portal.uri("/api/v1/events/" + event + "/registrations"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String person(String name, String email) {
    return "{\"name\":\""
        + name
        + "\",\"email\":\""
        + email
        + "\",\"organization\":\"Mayo Clinic\","
        + "\"profession\":\"Nurse\"}";
  }

  private String email(String who) {
    return who + "-" + slug + "@example.org";
  }

  @Test
  void anEventThatHasEndedAnswersAsCompletedInTheApi(Portal portal) throws Exception {
    long ended =
        EventFixtures.insertEvent(
            slug,
            "Yesterday's webinar",
            Instant.now().minus(Duration.ofDays(1)),
            Duration.ofHours(1),
            "UTC",
            null);
    long coming =
        EventFixtures.insertEvent(
            slug,
            "Tomorrow's webinar",
            Instant.now().plus(Duration.ofDays(1)),
            Duration.ofHours(1),
            "UTC",
            null);

    assertThat(portal.get("/api/v1/events/" + ended).body()).contains("\"status\":\"COMPLETED\"");
    assertThat(portal.get("/api/v1/events/" + coming).body()).contains("\"status\":\"SCHEDULED\"");
    assertThat(portal.get("/c/" + slug + "/events/" + ended).body())
        .contains("This event has taken place.");
  }

  @Test
  void anEventPageCarriesSchemaOrgEventDataForSearchEnginesAndPreviews(Portal portal)
      throws Exception {
    Instant start = Instant.now().plus(Duration.ofDays(12)).truncatedTo(ChronoUnit.MINUTES);
    long event =
        EventFixtures.insertEvent(
            slug,
            "Structured </script> webinar",
            start,
            Duration.ofMinutes(45),
            "America/Chicago",
            null);
    TestDatabase.update(
        "INSERT INTO presenter (collaborative_id, name, affiliation) SELECT collaborative_id,"
            + " 'Dr. Ada Peer', 'Mayo Clinic' FROM event WHERE id = ?",
        event);
    TestDatabase.update(
        "INSERT INTO event_presenter (event_id, presenter_id) SELECT ?, max(id) FROM presenter",
        event);

    String page = portal.get("/c/" + slug + "/events/" + event).body();
    java.util.regex.Matcher ld =
        java.util.regex.Pattern.compile(
                "<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>",
                java.util.regex.Pattern.DOTALL)
            .matcher(page);
    assertThat(ld.find()).as("JSON-LD in the page").isTrue();
    jakarta.json.JsonObject json =
        jakarta.json.Json.createReader(new StringReader(ld.group(1))).readObject();

    assertThat(json.getString("@type")).isEqualTo("Event");
    assertThat(json.getString("name")).isEqualTo("Structured </script> webinar");
    assertThat(java.time.OffsetDateTime.parse(json.getString("startDate")).toInstant())
        .isEqualTo(start);
    assertThat(json.getString("startDate")).matches(".*[+-]0[56]:00$");
    assertThat(json.getString("eventAttendanceMode"))
        .isEqualTo("https://schema.org/OnlineEventAttendanceMode");
    assertThat(json.getString("eventStatus")).isEqualTo("https://schema.org/EventScheduled");
    assertThat(json.getJsonArray("location").getJsonObject(0).getString("@type"))
        .isEqualTo("VirtualLocation");
    assertThat(json.getJsonObject("organizer").getString("name")).isEqualTo("Reg Collaborative");
    assertThat(json.getJsonArray("performer").getJsonObject(0).getString("name"))
        .isEqualTo("Dr. Ada Peer");
    assertThat(ld.group(1)).doesNotContain("secret-join");
  }

  @Test
  void signingUpAgainReMailsAtMostOncePerIntervalAndEveryCancelLinkKeepsWorking(Portal portal)
      throws Exception {
    long event =
        EventFixtures.insertEvent(
            slug,
            "Again and again",
            Instant.now().plus(Duration.ofDays(9)),
            Duration.ofHours(1),
            "UTC",
            null);
    String email = email("again");
    assertThat(register(portal, event, person("Al Again", email)).statusCode()).isEqualTo(201);
    MimeMessage first = EventFixtures.mailTo(portal, email, 1, MAIL_WAIT).get(0);

    // five more posts within the interval: "already registered", and no more mail
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> again = register(portal, event, person("Al Again", email));
      assertThat(again.statusCode()).isEqualTo(201);
      assertThat(again.body()).contains("\"existing\":true");
    }
    Thread.sleep(3_000); // two outbox runs
    assertThat(EventFixtures.mailTo(portal, email, 1, Duration.ZERO)).hasSize(1);

    // once the interval has passed, asking again re-sends the details with a link of its own
    TestDatabase.update(
        "UPDATE registration SET details_mailed_at = now() - interval '1 hour' WHERE email = ?",
        email);
    register(portal, event, person("Al Again", email));
    List<MimeMessage> both = EventFixtures.mailTo(portal, email, 2, MAIL_WAIT);
    assertThat(both).hasSize(2);
    assertThat(both.get(1).getSubject()).isEqualTo("You are already registered: Again and again");
    String newer = EventFixtures.cancelLink(both.get(1)).replaceAll(".*token=", "");
    String older = EventFixtures.cancelLink(first).replaceAll(".*token=", "");
    assertThat(newer).isNotEqualTo(older);

    // the first message's link still works
    FacesClient visitor = new FacesClient(portal);
    assertThat(visitor.post("/registrations/cancel-confirm", Map.of("token", older)).body())
        .contains("Your registration is cancelled");
    assertThat(EventFixtures.registrations(event, "CANCELLED")).isEqualTo(1);
    assertThat(visitor.post("/registrations/cancel-confirm", Map.of("token", newer)).body())
        .contains("This cancel link is no longer valid");
  }

  @Test
  void theConfirmationCarriesAValidCalendarAndTheJoinLinkAndItsCancelLinkWorksOnce(Portal portal)
      throws Exception {
    Instant start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
    long event =
        EventFixtures.insertEvent(
            slug, "Moral distress", start, Duration.ofMinutes(45), "America/Chicago", 1);
    FacesClient visitor = new FacesClient(portal);
    HttpResponse<String> page = visitor.get("/c/" + slug + "/events/" + event);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Moral distress").doesNotContain("secret-join");

    HttpResponse<String> done =
        visitor.post(
            "/c/" + slug + "/events/" + event,
            Map.of(
                "name",
                "Ann Visitor",
                "email",
                email("ann"),
                "organization",
                "Mayo",
                "profession",
                "Nurse"));
    assertThat(done.body()).contains("You are registered for Moral distress");
    assertThat(EventFixtures.registrations(event, "CONFIRMED")).isEqualTo(1);

    MimeMessage mail = EventFixtures.mailTo(portal, email("ann"), 1, MAIL_WAIT).get(0);
    assertThat(mail.getSubject()).isEqualTo("You're registered: Moral distress");
    assertThat(EventFixtures.text(mail)).contains("https://zoom.example.org/j/secret-join");
    String ics = EventFixtures.calendarAttachment(mail);
    VEvent vevent =
        (VEvent)
            new CalendarBuilder()
                .build(new StringReader(ics))
                .getComponent(Component.VEVENT)
                .orElseThrow();
    assertThat(Instant.from((Temporal) vevent.getDateTimeStart().getDate())).isEqualTo(start);
    assertThat(ics).contains("BEGIN:VTIMEZONE").contains("TZID:America/Chicago");

    // the event is full now: the next person waits, and is not sent the join link
    register(portal, event, person("Bo Waiting", email("bo")));
    MimeMessage waiting = EventFixtures.mailTo(portal, email("bo"), 1, MAIL_WAIT).get(0);
    assertThat(waiting.getSubject()).startsWith("You're on the waitlist");
    assertThat(EventFixtures.text(waiting))
        .doesNotContain("secret-join")
        .contains("number 1 in line");
    assertThat(EventFixtures.calendarAttachment(waiting)).isNull();

    String token = EventFixtures.cancelLink(mail).replaceAll(".*token=", "");
    assertThat(visitor.post("/registrations/cancel-confirm", Map.of("token", token)).body())
        .contains("Your registration is cancelled");
    assertThat(visitor.post("/registrations/cancel-confirm", Map.of("token", token)).body())
        .contains("This cancel link is no longer valid");
    // the link no longer cancels; it still lets its registrant erase the details
    assertThat(visitor.get("/registrations/cancel?token=" + token).body())
        .contains("This registration is cancelled.")
        .contains("Erase my details…")
        .doesNotContain("Yes, cancel my registration");
    assertThat(EventFixtures.registrations(event, "CANCELLED")).isEqualTo(1);
    assertThat(EventFixtures.registrations(event, "CONFIRMED")).isEqualTo(1);
    assertThat(
            TestDatabase.queryString(
                "SELECT status FROM registration WHERE email = ?", email("bo")))
        .isEqualTo("CONFIRMED");
    assertThat(EventFixtures.mailTo(portal, email("bo"), 2, MAIL_WAIT))
        .extracting(MimeMessage::getSubject)
        .contains("A seat opened up: Moral distress");
  }

  @Test
  void theSameAddressTwiceGetsTheExistingRegistrationNotASecondSeat(Portal portal)
      throws Exception {
    long event =
        EventFixtures.insertEvent(
            slug,
            "Twice",
            Instant.now().plus(Duration.ofDays(5)),
            Duration.ofHours(1),
            "America/New_York",
            5);
    assertThat(register(portal, event, person("Cy", email("cy"))).statusCode()).isEqualTo(201);
    HttpResponse<String> again = register(portal, event, person("Cy Again", email("CY")));
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.body()).contains("\"status\":\"CONFIRMED\"").contains("\"existing\":true");
    assertThat(EventFixtures.count("SELECT count(*) FROM registration WHERE event_id = ?", event))
        .isEqualTo(1);
  }

  @Test
  void badInputUnknownDraftAndClosedEventsAreRefusedClearly(Portal portal) throws Exception {
    long event =
        EventFixtures.insertEvent(
            slug,
            "Checks",
            Instant.now().plus(Duration.ofDays(5)),
            Duration.ofHours(1),
            "America/Denver",
            null);
    HttpResponse<String> bad = register(portal, event, "{\"name\":\"\",\"email\":\"nope\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body())
        .contains("\"name\":\"Enter your name.\"")
        .contains("\"email\":\"Enter an e-mail address like name@example.org.\"");
    assertThat(register(portal, event, "not json").statusCode()).isEqualTo(400);
    assertThat(register(portal, 987654321L, person("A", email("a"))).statusCode()).isEqualTo(404);

    TestDatabase.update("UPDATE event SET published_at = NULL WHERE id = ?", event);
    assertThat(register(portal, event, person("A", email("a"))).statusCode()).isEqualTo(404);
    assertThat(portal.get("/api/v1/events/" + event).statusCode()).isEqualTo(404);
    assertThat(portal.get("/c/" + slug + "/events/" + event).statusCode()).isEqualTo(404);
    assertThat(portal.get("/c/" + slug + "/events/" + event + ".ics").statusCode()).isEqualTo(404);
    assertThat(portal.get("/api/v1/events?collaborative=" + slug).body()).doesNotContain("Checks");
    assertThat(portal.get("/c/" + slug + "/events.ics").body()).doesNotContain("Checks");

    TestDatabase.update(
        "UPDATE event SET published_at = now(), registration_open = FALSE WHERE id = ?", event);
    HttpResponse<String> closed = register(portal, event, person("A", email("a")));
    assertThat(closed.statusCode()).isEqualTo(409);
    assertThat(closed.body()).contains("Registration for this event is closed.");
    assertThat(EventFixtures.count("SELECT count(*) FROM registration WHERE event_id = ?", event))
        .isZero();
  }

  @Test
  void theReadApiListsPublishedEventsWithOffsetsSeatsAndLinks(Portal portal) throws Exception {
    Instant start =
        java.time.ZonedDateTime.of(2027, 2, 3, 12, 15, 0, 0, java.time.ZoneId.of("America/Chicago"))
            .toInstant();
    long event =
        EventFixtures.insertEvent(
            slug, "Api talk", start, Duration.ofMinutes(45), "America/Chicago", 30);
    register(portal, event, person("Di", email("di")));
    String one = portal.get("/api/v1/events/" + event).body();
    assertThat(one)
        .contains("\"start\":\"2027-02-03T12:15-06:00\"")
        .contains("\"end\":\"2027-02-03T13:00-06:00\"")
        .contains("\"zone\":\"America/Chicago\"")
        .contains("\"capacity\":30")
        .contains("\"seatsLeft\":29")
        .contains("\"registration\":\"OPEN\"")
        .contains("/c/" + slug + "/events/" + event + ".ics")
        .doesNotContain("secret-join");
    String list =
        portal
            .get("/api/v1/events?collaborative=" + slug + "&from=2027-02-03&to=2027-02-03")
            .body();
    assertThat(list).contains("\"id\":" + event).contains("\"total\":1");
    assertThat(portal.get("/api/v1/events?collaborative=" + slug + "&from=2027-02-04").body())
        .contains("\"total\":0");
    HttpResponse<String> badDate = portal.get("/api/v1/events?from=tomorrow");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("from must be a date like 2026-12-01");

    TestDatabase.suspend(slug);
    assertThat(portal.get("/api/v1/events/" + event).statusCode()).isEqualTo(404);
  }

  @Test
  void theReminderGoesOutOnceADayBeforeTheSession(Portal portal) throws Exception {
    long event =
        EventFixtures.insertEvent(
            slug,
            "Reminded",
            Instant.now().plus(Duration.ofDays(3)),
            Duration.ofHours(1),
            "America/Chicago",
            50);
    register(portal, event, person("Ed", email("ed")));
    assertThat(EventFixtures.mailTo(portal, email("ed"), 1, MAIL_WAIT)).hasSize(1);

    // the session moves to tomorrow: inside the 24-hour window
    TestDatabase.update(
        "UPDATE event SET starts_at = now() + interval '23 hours',"
            + " ends_at = now() + interval '24 hours' WHERE id = ?",
        event);
    List<MimeMessage> mails = EventFixtures.mailTo(portal, email("ed"), 2, MAIL_WAIT);
    assertThat(mails).hasSize(2);
    assertThat(mails.get(1).getSubject()).startsWith("Reminder: Reminded");
    assertThat(EventFixtures.text(mails.get(1))).contains("secret-join");

    Thread.sleep(6_000); // three more runs of the reminder timer
    assertThat(EventFixtures.mailTo(portal, email("ed"), 3, Duration.ZERO)).hasSize(2);
    assertThat(
            TestDatabase.queryString(
                "SELECT reminder_sent_at IS NOT NULL FROM registration WHERE email = ?",
                email("ed")))
        .isEqualTo("t");
  }

  @Test
  void registeringForASeriesSignsUpForEveryUpcomingSession(Portal portal) throws Exception {
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, status, published_at,"
            + " created_at, updated_at) SELECT id, 'spring', 'Spring series', 'RUNNING', now(),"
            + " now(), now() FROM collaborative WHERE slug = ?",
        slug);
    long past =
        EventFixtures.insertEvent(
            slug,
            "Session one",
            Instant.now().minus(Duration.ofDays(14)),
            Duration.ofHours(1),
            "America/Chicago",
            10);
    long next =
        EventFixtures.insertEvent(
            slug,
            "Session two",
            Instant.now().plus(Duration.ofDays(7)),
            Duration.ofHours(1),
            "America/Chicago",
            10);
    long after =
        EventFixtures.insertEvent(
            slug,
            "Session three",
            Instant.now().plus(Duration.ofDays(21)),
            Duration.ofHours(1),
            "America/Chicago",
            10);
    TestDatabase.update(
        "UPDATE event SET series_id = (SELECT id FROM event_series WHERE slug = 'spring'"
            + " AND collaborative_id = event.collaborative_id) WHERE id IN (?, ?, ?)",
        past,
        next,
        after);

    FacesClient visitor = new FacesClient(portal);
    String page = visitor.get("/c/" + slug + "/series/spring").body();
    assertThat(page)
        .contains("Session one")
        .contains("Session three")
        .contains("registers you for all 2 upcoming sessions");
    String done =
        visitor
            .post(
                "/c/" + slug + "/series/spring",
                Map.of("name", "Flo Series", "email", email("flo")))
            .body();
    assertThat(done)
        .contains("You are registered for Session two")
        .contains("You are registered for Session three");
    assertThat(
            EventFixtures.count("SELECT count(*) FROM registration WHERE email = ?", email("flo")))
        .isEqualTo(2);
    assertThat(EventFixtures.registrations(past, "CONFIRMED")).isZero();
    String ics = portal.get("/c/" + slug + "/series/spring.ics").body();
    assertThat(ics).contains("SUMMARY:Session one").contains("SUMMARY:Session three");
  }
}
