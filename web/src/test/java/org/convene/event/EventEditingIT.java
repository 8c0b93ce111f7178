package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Editors at /manage: events in their own zone, refusals, concurrent edits, registrants, CSV. */
@ExtendWith(RunningPortal.class)
class EventEditingIT {

  static final String PASSWORD = "correct horse battery staple";

  private String slug;
  private String editor;

  @BeforeEach
  void editor(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    slug = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("edit"), "Edit Collab", "EC");
    editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Event Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
  }

  private FacesClient signedIn(Portal portal) {
    FacesClient client = new FacesClient(portal);
    assertThat(client.signIn(editor, PASSWORD).uri().getPath()).isEqualTo("/manage/");
    return client;
  }

  private static Map<String, String> event(String title, String date, String from, String to) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("title", title);
    f.put("date", date);
    f.put("startTime", from);
    f.put("endTime", to);
    f.put("zoneId", "America/Chicago");
    f.put("format", "ONLINE");
    f.put("capacity", "20");
    f.put("registrationOpen", "on");
    f.put("published", "on");
    return f;
  }

  private long events() throws Exception {
    return EventFixtures.count(
        "SELECT count(*) FROM event e JOIN collaborative c ON c.id = e.collaborative_id"
            + " WHERE c.slug = ?",
        slug);
  }

  @Test
  void anEventAt1215ChicagoReadsCstInWinterAndCdtInSummer(Portal portal) throws Exception {
    FacesClient client = signedIn(portal);
    client.get("/manage/event");
    HttpResponse<String> saved =
        client.submit("event", "save", event("Winter talk", "2027-02-03", "12:15", "13:00"));
    assertThat(saved.body()).contains("The event “Winter talk” is saved and public now.");
    String id = saved.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
    String page = portal.get("/c/" + slug + "/events/" + id).body();
    assertThat(page).contains("Wednesday, February 3, 2027").contains("12:15–1:00 pm CST");

    client.get("/manage/event");
    String summerId =
        client
            .submit("event", "save", event("Summer talk", "2027-07-07", "12:15", "13:00"))
            .uri()
            .getQuery()
            .replaceAll(".*id=(\\d+).*", "$1");
    assertThat(portal.get("/c/" + slug + "/events/" + summerId).body())
        .contains("12:15–1:00 pm CDT");
    assertThat(
            TestDatabase.queryString(
                "SELECT to_char(starts_at AT TIME ZONE 'UTC', 'HH24:MI') FROM event WHERE id = ?",
                Long.parseLong(summerId)))
        .isEqualTo("17:15");
  }

  @Test
  void aRichAbstractIsShownFormattedAndItsWordsGoToCalendarsFeedsAndTheApi(Portal portal)
      throws Exception {
    FacesClient client = signedIn(portal);
    client.get("/manage/event");
    Map<String, String> form = event("Huddles that work", "2027-05-05", "12:00", "13:00");
    form.put(
        "summary_input",
        "<p>Three <strong>short</strong> huddles:</p><ol><li data-list=\"bullet\">Safety</li>"
            + "<li data-list=\"bullet\">Flow</li></ol><p><a href=\"https://www.icsi.org/\">ICSI</a>"
            + "</p><script>alert(1)</script>");
    HttpResponse<String> saved = client.submit("event", "save", form);
    assertThat(saved.body()).contains("is saved and public now.");
    String id = saved.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
    String page = portal.get("/c/" + slug + "/events/" + id).body();
    assertThat(page)
        .contains(
            "<p>Three <strong>short</strong> huddles:</p><ul><li>Safety</li><li>Flow</li></ul>")
        .contains("<a href=\"https://www.icsi.org/\"")
        .contains("<meta name=\"description\" content=\"Three short huddles: Safety Flow ICSI\"")
        .doesNotContain("alert(1)");
    assertThat(portal.get("/api/v1/events/" + id).body())
        .contains("\"Three short huddles: Safety Flow ICSI\"");
    assertThat(portal.get("/c/" + slug + "/events.ics").body().replace("\r\n ", ""))
        .contains("DESCRIPTION:Three short huddles: Safety Flow ICSI")
        .doesNotContain("<strong>");
    assertThat(portal.get("/feeds/c/" + slug + "/events.atom").body())
        .contains("Three short huddles: Safety Flow ICSI")
        .doesNotContain("&lt;strong&gt;");
  }

  @Test
  void aTimeSkippedByTheClocksOrAnEndBeforeTheStartIsRefused(Portal portal) throws Exception {
    FacesClient client = signedIn(portal);
    long before = events();
    client.get("/manage/event");
    String gap =
        client.submit("event", "save", event("Gap", "2027-03-14", "02:30", "03:30")).body();
    assertThat(gap)
        .contains("The time 02:30 does not exist on 2027-03-14 in America/Chicago")
        .contains("jump from 2:00 am to 3:00 am");
    client.get("/manage/event");
    String backwards =
        client.submit("event", "save", event("Backwards", "2027-03-20", "12:00", "11:00")).body();
    assertThat(backwards).contains("The event must end after it starts");
    // longer than a month: a programme is a series (lists of what has not ended rely on it)
    client.get("/manage/event");
    Map<String, String> months = event("Two months", "2027-03-20", "09:00", "17:00");
    months.put("endDate", "2027-05-20");
    assertThat(client.submit("event", "save", months).body())
        .contains("An event can last at most 31 days: for a longer programme, create a series");
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void aConcurrentEditIsRefusedInsteadOfOverwritten(Portal portal) throws Exception {
    long id =
        EventFixtures.insertEvent(
            slug,
            "Original",
            Instant.now().plus(Duration.ofDays(9)),
            Duration.ofHours(1),
            "America/Chicago",
            10);
    FacesClient first = signedIn(portal);
    FacesClient second = signedIn(portal);
    first.get("/manage/event?id=" + id);
    second.get("/manage/event?id=" + id);

    // selects always post their value (a missing one would be read as "no choice")
    Map<String, String> selects = Map.of("zoneId", "America/Chicago", "format", "ONLINE");
    Map<String, String> firstEdit = new LinkedHashMap<>(selects);
    firstEdit.put("title", "First editor's title");
    Map<String, String> secondEdit = new LinkedHashMap<>(selects);
    secondEdit.put("title", "Second editor's title");
    assertThat(first.submit("event", "save", firstEdit).body()).contains("is saved.");
    String refused = second.submit("event", "save", secondEdit).body();
    assertThat(refused).contains("Someone else saved this event while you were editing it");
    assertThat(TestDatabase.queryString("SELECT title FROM event WHERE id = ?", id))
        .isEqualTo("First editor's title");
  }

  @Test
  void theEditorSeesSearchesAndExportsRegistrantsSafely(Portal portal) throws Exception {
    long id =
        EventFixtures.insertEvent(
            slug,
            "Registrants",
            Instant.now().plus(Duration.ofDays(9)),
            Duration.ofHours(1),
            "America/Chicago",
            1);
    HttpClient http = HttpClient.newHttpClient();
    for (String json :
        new String[] {
          "{\"name\":\"=HYPERLINK(\\\"http://evil\\\")\",\"email\":\"evil-"
              + slug
              + "@example.org\",\"organization\":\"Bad Corp\"}",
          "{\"name\":\"Grace Nurse\",\"email\":\"grace-"
              + slug
              + "@example.org\",\"organization\":\"Mayo Clinic\",\"profession\":\"Nurse\"}"
        }) {
      http.send(
          HttpRequest.newBuilder(portal.uri("/api/v1/events/" + id + "/registrations"))
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
    FacesClient client = signedIn(portal);
    String list = client.get("/manage/registrants?event=" + id).body();
    assertThat(list).contains("Grace Nurse").contains("1 confirmed of 1").contains("1 waitlisted");
    assertThat(client.get("/manage/registrants?event=" + id + "&q=mayo").body())
        .contains("Grace Nurse")
        .doesNotContain("evil-" + slug);

    HttpResponse<String> csv = client.get("/manage/registrants.csv?event=" + id);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body())
        .contains("Name,E-mail,Organisation,Profession,Status,Registered,Attended")
        .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
        .contains("Grace Nurse,grace-" + slug + "@example.org,Mayo Clinic,Nurse,Waitlisted");

    // promote Grace by hand: the event gains the seat she takes
    client.get("/manage/registrants?event=" + id);
    String promoted = client.submit("registrants", "table:1:promote", Map.of()).body();
    assertThat(promoted).contains("Promoted from the waitlist");
    assertThat(EventFixtures.registrations(id, "CONFIRMED")).isEqualTo(2);
    assertThat(TestDatabase.queryString("SELECT capacity FROM event WHERE id = ?", id))
        .isEqualTo("2");
  }

  @Test
  void cancellingAnEventTellsEveryRegistrantAndMarksItCancelledEverywhere(Portal portal)
      throws Exception {
    long id =
        EventFixtures.insertEvent(
            slug,
            "Called off",
            Instant.now().plus(Duration.ofDays(12)),
            Duration.ofHours(1),
            "America/Chicago",
            5);
    String guest = "guest-" + slug + "@example.org";
    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(portal.uri("/api/v1/events/" + id + "/registrations"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Guest\",\"email\":\"" + guest + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    FacesClient client = signedIn(portal);
    client.get("/manage/event?id=" + id);
    // one click only asks, saying how many people will be told; nothing changes until confirmed
    assertThat(client.submit("lifecycle", "askCancel", Map.of()).body())
        .contains("1 person registered or on the waitlist will be told by e-mail at once.")
        .contains("Yes, cancel it and tell 1 person");
    assertThat(TestDatabase.queryString("SELECT status FROM event WHERE id = ?", id))
        .isEqualTo("SCHEDULED");
    assertThat(client.submit("confirmCancel", "keep", Map.of()).body())
        .doesNotContain("will be told by e-mail at once");
    assertThat(TestDatabase.queryString("SELECT status FROM event WHERE id = ?", id))
        .isEqualTo("SCHEDULED");
    client.submit("lifecycle", "askCancel", Map.of());
    assertThat(client.submit("confirmCancel", "cancelEvent", Map.of()).body())
        .contains("The event is cancelled");
    assertThat(TestDatabase.queryString("SELECT status FROM event WHERE id = ?", id))
        .isEqualTo("CANCELLED");
    var mails = EventFixtures.mailTo(portal, guest, 2, Duration.ofSeconds(30));
    var notice =
        mails.stream()
            .filter(m -> subjectOf(m).equals("Cancelled: Called off"))
            .findFirst()
            .orElseThrow();
    assertThat(EventFixtures.calendarAttachment(notice)).contains("STATUS:CANCELLED");
    assertThat(portal.get("/c/" + slug + "/events/" + id).body())
        .contains("This event has been cancelled.");
    assertThat(portal.get("/c/" + slug + "/events.ics").body()).contains("STATUS:CANCELLED");
    assertThat(portal.get("/api/v1/events/" + id).body())
        .contains("\"status\":\"CANCELLED\"")
        .contains("\"registration\":\"CLOSED\"");
  }

  @Test
  void anEditorCreatesASeriesThatVisitorsFindWithItsSessions(Portal portal) throws Exception {
    FacesClient client = signedIn(portal);
    client.get("/manage/series");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("title", "Caring for caregivers");
    form.put("cadence", "Bi-weekly");
    form.put("status", "RUNNING");
    form.put("zoneId", "America/Chicago");
    form.put("description_input", "<p>Sessions on wellbeing.</p><script>alert(1)</script>");
    form.put("published", "on");
    assertThat(client.submit("series", "save", form).body())
        .contains("The series “Caring for caregivers” is saved.");
    assertThat(
            TestDatabase.queryString(
                "SELECT description FROM event_series WHERE slug = 'caring-for-caregivers'"
                    + " AND collaborative_id = (SELECT id FROM collaborative WHERE slug = ?)",
                slug))
        .isEqualTo("<p>Sessions on wellbeing.</p>");
    assertThat(portal.get("/c/" + slug + "/events").body()).contains("Caring for caregivers");
    assertThat(portal.get("/c/" + slug + "/series/caring-for-caregivers").body())
        .contains("Sessions on wellbeing.")
        .contains("Sessions will be announced here.");
  }

  private static String subjectOf(jakarta.mail.internet.MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
