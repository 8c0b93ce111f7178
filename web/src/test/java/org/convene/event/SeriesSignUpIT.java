package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing up for a series: one e-mail for all its sessions with one calendar file holding them, a
 * cancel link per session and one for the whole series, and the editors' roster of who is
 * registered for which session.
 */
@ExtendWith(RunningPortal.class)
class SeriesSignUpIT {

  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
  private static final Pattern LINK =
      Pattern.compile("(https?://\\S+/registrations/cancel\\?(?:token|series)=[A-Za-z0-9_-]+)");

  private String slug;
  private long past;
  private long first;
  private long second;
  private long third;

  @BeforeEach
  void seriesOfFourSessions(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    slug = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("ser"), "Series Collab", "SC");
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, status, published_at,"
            + " created_at, updated_at) SELECT id, 'playbook', 'Playbook series', 'RUNNING',"
            + " now(), now(), now() FROM collaborative WHERE slug = ?",
        slug);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    past = session("Session one", now.minus(Duration.ofDays(14)), "America/Chicago", 10);
    first = session("Session two", now.plus(Duration.ofDays(7)), "America/Chicago", 10);
    // a session in another zone: the calendar carries both zones' VTIMEZONE
    second = session("Session three", now.plus(Duration.ofDays(21)), "America/Denver", 1);
    third = session("Session four", now.plus(Duration.ofDays(35)), "America/Chicago", 10);
  }

  private long session(String title, Instant start, String zone, int capacity) throws Exception {
    long id = EventFixtures.insertEvent(slug, title, start, Duration.ofHours(1), zone, capacity);
    TestDatabase.update(
        "UPDATE event SET series_id = (SELECT id FROM event_series WHERE slug = 'playbook'"
            + " AND collaborative_id = event.collaborative_id) WHERE id = ?",
        id);
    return id;
  }

  private String email(String who) {
    return who + "-" + slug + "@example.org";
  }

  private HttpResponse<String> signUp(Portal portal, String name, String who) {
    return new FacesClient(portal)
        .post("/c/" + slug + "/series/playbook", Map.of("name", name, "email", email(who)));
  }

  private static List<String> links(String text) {
    List<String> links = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      links.add(m.group(1));
    }
    return links;
  }

  @Test
  void aSeriesSignUpSendsOneEmailWithOneCalendarOfEveryUpcomingSession(Portal portal)
      throws Exception {
    HttpResponse<String> done = signUp(portal, "Flo Series", "flo");
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body())
        .contains("You are registered for Session two")
        .contains("You are registered for Session four");

    List<MimeMessage> mail = EventFixtures.mailTo(portal, email("flo"), 1, MAIL_WAIT);
    assertThat(mail).hasSize(1);
    Thread.sleep(2_000); // nothing else follows
    assertThat(EventFixtures.mailTo(portal, email("flo"), 2, Duration.ZERO)).hasSize(1);
    MimeMessage message = mail.get(0);
    assertThat(message.getSubject()).isEqualTo("You're registered: Playbook series (3 sessions)");
    String text = EventFixtures.text(message);
    assertThat(text)
        .contains("1. Session two")
        .contains("2. Session three")
        .contains("3. Session four")
        .doesNotContain("Session one")
        .contains("Join: https://zoom.example.org/j/secret-join");
    List<String> links = links(text);
    assertThat(links).hasSize(4); // one per session, one for the whole series
    assertThat(links.stream().filter(l -> l.contains("?series=")).count()).isEqualTo(1);

    Calendar calendar =
        new CalendarBuilder().build(new StringReader(EventFixtures.calendarAttachment(message)));
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(3);
    assertThat(
            calendar.<VTimeZone>getComponents(Component.VTIMEZONE).stream()
                .map(z -> z.getTimeZoneId().getValue()))
        .containsExactlyInAnyOrder("America/Chicago", "America/Denver");
    for (VEvent v : events) {
      long id = Long.parseLong(v.getUid().get().getValue().replaceAll("event-(\\d+)@.*", "$1"));
      assertThat(id).isIn(first, second, third);
      DtStart<ZonedDateTime> start = v.<ZonedDateTime>getStartDate().get();
      String zone = id == second ? "America/Denver" : "America/Chicago";
      assertThat(start.getParameter(Parameter.TZID).get().getValue()).isEqualTo(zone);
      Instant expected =
          Instant.parse(
              TestDatabase.queryString(
                  "SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                      + " FROM event WHERE id = ?",
                  id));
      assertThat(start.getDate().toInstant()).isEqualTo(expected);
    }

    // posting the form again within the quarter hour takes no second seat and mails nobody again
    signUp(portal, "Flo Series", "flo");
    Thread.sleep(2_000);
    assertThat(EventFixtures.mailTo(portal, email("flo"), 2, Duration.ZERO)).hasSize(1);
    assertThat(
            EventFixtures.count("SELECT count(*) FROM registration WHERE email = ?", email("flo")))
        .isEqualTo(3);
  }

  @Test
  void aSessionCanBeCancelledAloneAndTheWholeSeriesWithItsOwnLink(Portal portal) throws Exception {
    signUp(portal, "Gus Series", "gus"); // takes Session three's only seat
    signUp(portal, "Hal Waiting", "hal"); // waits for it
    MimeMessage gus = EventFixtures.mailTo(portal, email("gus"), 1, MAIL_WAIT).get(0);
    MimeMessage hal = EventFixtures.mailTo(portal, email("hal"), 1, MAIL_WAIT).get(0);
    assertThat(hal.getSubject()).isEqualTo("Your sign-up: Playbook series");
    assertThat(EventFixtures.text(hal)).contains("You are on the waitlist (number 1 in line)");
    assertThat(
            new CalendarBuilder()
                .build(new StringReader(EventFixtures.calendarAttachment(hal)))
                .getComponents(Component.VEVENT))
        .as("only the confirmed sessions are in the calendar")
        .hasSize(2);

    List<String> links = links(EventFixtures.text(gus));
    FacesClient visitor = new FacesClient(portal);
    // the first link cancels Session two only
    String token = links.get(0).replaceAll(".*token=", "");
    assertThat(visitor.get("/registrations/cancel?token=" + token).body()).contains("Session two");
    visitor.post("/registrations/cancel-confirm", Map.of("token", token));
    assertThat(status(first, "gus")).isEqualTo("CANCELLED");
    assertThat(status(second, "gus")).isEqualTo("CONFIRMED");

    String series = links.get(links.size() - 1).replaceAll(".*series=", "");
    String asking = visitor.get("/registrations/cancel?series=" + series).body();
    assertThat(asking)
        .contains("Playbook series")
        .contains("Session three")
        .contains("Session four")
        .doesNotContain("Session two");
    String cancelled =
        visitor.post("/registrations/cancel-confirm", Map.of("series", series)).body();
    assertThat(cancelled).contains("Your registrations for the series are cancelled.");
    assertThat(status(second, "gus")).isEqualTo("CANCELLED");
    assertThat(status(third, "gus")).isEqualTo("CANCELLED");
    // Gus's seat at Session three went to Hal, who is told
    assertThat(status(second, "hal")).isEqualTo("CONFIRMED");
    List<MimeMessage> toHal = EventFixtures.mailTo(portal, email("hal"), 2, MAIL_WAIT);
    assertThat(toHal).hasSize(2);
    assertThat(toHal.get(1).getSubject()).isEqualTo("A seat opened up: Session three");
    List<MimeMessage> toGus = EventFixtures.mailTo(portal, email("gus"), 3, MAIL_WAIT);
    assertThat(toGus.get(2).getSubject()).isEqualTo("Registrations cancelled: Playbook series");
    assertThat(EventFixtures.text(toGus.get(2))).contains("Session three").contains("Session four");

    // used up: the link now says so and cancels nothing more
    assertThat(visitor.get("/registrations/cancel?series=" + series).body())
        .contains("This cancel link is no longer valid.");
    assertThat(visitor.get("/registrations/cancel?series=not-a-token").body())
        .contains("This cancel link is no longer valid.");
  }

  private String status(long event, String who) throws Exception {
    return TestDatabase.queryString(
        "SELECT status FROM registration WHERE event_id = ? AND email = ?", event, email(who));
  }

  @Test
  void editorsSeeWhoIsRegisteredForWhichSessionAndOnlyForTheirOwnSeries(Portal portal)
      throws Exception {
    signUp(portal, "Ivy Roster", "ivy");
    signUp(portal, "=Jo Formula", "jo");
    TestDatabase.update(
        "UPDATE registration SET status = 'CANCELLED' WHERE event_id = ? AND email = ?",
        third,
        email("jo"));
    TestDatabase.update(
        "INSERT INTO registration (collaborative_id, event_id, name, email, status, attended,"
            + " cancel_token_sha256, requested_at) SELECT collaborative_id, id, 'Ivy Roster', ?,"
            + " 'CONFIRMED', TRUE, md5(random()::text), now() - interval '15 days' FROM event"
            + " WHERE id = ?",
        email("ivy"),
        past);
    String editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Roster Editor", TestDatabase.PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    String seriesId = TestDatabase.queryString("SELECT series_id FROM event WHERE id = ?", first);
    FacesClient client = new FacesClient(portal);
    client.signIn(editor, TestDatabase.PASSWORD);

    assertThat(client.get("/manage/series?id=" + seriesId).body()).contains("id=\"series-roster\"");
    String roster = client.get("/manage/roster?series=" + seriesId).body();
    assertThat(roster)
        .contains("2 people signed up for 4 sessions")
        .contains("Ivy Roster")
        .contains("=Jo Formula")
        .contains("Attended")
        .contains("Cancelled");
    assertThat(client.get("/manage/roster?series=" + seriesId + "&q=ivy").body())
        .contains("1 person match")
        .doesNotContain("Jo Formula");

    HttpResponse<String> csv = client.get("/manage/roster.csv?series=" + seriesId);
    assertThat(csv.statusCode()).isEqualTo(200);
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0))
        .startsWith("\uFEFFName,E-mail,Organisation,Profession,Session one (")
        .contains("Session four (");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1))
        .startsWith("'=Jo Formula,")
        .endsWith(",,,,Confirmed,Waitlisted,Cancelled");
    assertThat(lines.get(2))
        .startsWith("Ivy Roster,")
        .endsWith(",Attended,Confirmed,Confirmed,Confirmed");
    assertThat(
            TestDatabase.queryString(
                "SELECT count(*) FROM audit_entry WHERE action = 'series.roster.export'"
                    + " AND summary LIKE ?",
                "%series #" + seriesId + " (2 people)%"))
        .isEqualTo("1");

    // another collaborative's editor: not found, nothing shown
    String other = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("oth"), "Other", "OT");
    String stranger = "editor-" + other + "@example.org";
    TestDatabase.createAccount(stranger, "Other Editor", TestDatabase.PASSWORD, false);
    TestDatabase.grantEditor(stranger, other);
    FacesClient outsider = new FacesClient(portal);
    outsider.signIn(stranger, TestDatabase.PASSWORD);
    for (String path :
        List.of("/manage/roster?series=" + seriesId, "/manage/roster.csv?series=" + seriesId)) {
      HttpResponse<String> refused = outsider.get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(404);
      assertThat(refused.body()).as(path).doesNotContain("Ivy Roster");
    }
  }
}
