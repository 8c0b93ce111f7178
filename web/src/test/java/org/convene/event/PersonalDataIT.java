package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.convene.testing.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal data: what the registration form says is kept, the retention job that anonymises
 * registrations once the network's period has passed (keeping the figures), a registrant erasing
 * their details through their personal link, and the administrators' exports — each audited.
 */
@ExtendWith(RunningPortal.class)
class PersonalDataIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private String slug;
  private String admin;
  private String editor;

  @BeforeEach
  void collaborativeWithAccounts(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    slug = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("pd"), "Privacy Collab", "PC");
    admin = "admin-" + slug + "@example.org";
    editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(admin, "Pd Admin", TestDatabase.PASSWORD, true);
    TestDatabase.createAccount(editor, "Pd Editor", TestDatabase.PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
  }

  @Test
  void theFormSaysWhatIsKeptAndTheNetworkCanSayItInItsOwnWords(Portal portal) throws Exception {
    long event =
        EventFixtures.insertEvent(
            slug,
            "Privacy talk",
            Instant.now().plus(Duration.ofDays(9)),
            Duration.ofHours(1),
            "America/Chicago",
            20);
    String page = "/c/" + slug + "/events/" + event;
    String months = TestDatabase.queryString("SELECT retention_months FROM network LIMIT 1");
    String before = TestDatabase.queryString("SELECT privacy_notice FROM network LIMIT 1");
    assertThat(new FacesClient(portal).get(page).body())
        .contains("How we use your details")
        .contains("Privacy Collab, which runs this event, sees them")
        .contains("removed " + months + " months after the event")
        .contains("erase your details");

    FacesClient admin = new FacesClient(portal);
    admin.signIn(this.admin, TestDatabase.PASSWORD);
    admin.get("/admin/privacy");
    // bad input: told on the field, nothing changes
    for (Map.Entry<String, String> bad :
        Map.of("0", "from 1 to 120", "121", "from 1 to 120", "two years", "from 1 to 120")
            .entrySet()) {
      HttpResponse<String> refused =
          admin.submit("privacy", "save", Map.of("notice", "Ignored", "months", bad.getKey()));
      assertThat(refused.body()).contains(bad.getValue()).contains("Nothing was saved");
    }
    HttpResponse<String> tooLong =
        admin.submit("privacy", "save", Map.of("notice", "x".repeat(2001), "months", "24"));
    assertThat(tooLong.body()).contains("at most 2000 characters (it has 2001)");
    assertThat(TestDatabase.queryString("SELECT retention_months FROM network LIMIT 1"))
        .isEqualTo(months);

    try {
      admin.get("/admin/privacy");
      HttpResponse<String> saved =
          admin.submit(
              "privacy",
              "save",
              Map.of(
                  "notice",
                  "We keep your details to run the session.\nAsk privacy@example.org anything.",
                  "months",
                  "18"));
      assertThat(saved.body()).contains("The privacy settings are saved.");
      assertThat(new FacesClient(portal).get(page).body())
          .contains("We keep your details to run the session.")
          .contains("Ask privacy@example.org anything.")
          .doesNotContain("which runs this event, sees them");
      assertThat(
              EventFixtures.count(
                  "SELECT count(*) FROM audit_entry WHERE action = 'network.privacy'"
                      + " AND summary LIKE '%18 months%'"))
          .isPositive();
    } finally {
      TestDatabase.update(
          "UPDATE network SET privacy_notice = ?, retention_months = ?",
          before,
          Integer.parseInt(months));
    }
  }

  @Test
  void theRetentionJobAnonymisesOldRegistrationsAndKeepsTheFigures(Portal portal) throws Exception {
    int months = Integer.parseInt(TestDatabase.queryString("SELECT retention_months FROM network"));
    Instant old =
        Instant.now().minus(Duration.ofDays(31L * months + 40)).truncatedTo(ChronoUnit.HOURS);
    // a series whose sessions all ended long ago, one still running, an old and a recent event
    long done = series("done-series");
    long running = series("running-series");
    long a = session("Old session A", old, done);
    long b = session("Old session B", old.plus(Duration.ofDays(7)), done);
    long c = session("Old session of a running series", old, running);
    session("Recent session", Instant.now().minus(Duration.ofDays(3)), running);
    long lone = EventFixtures.insertEvent(slug, "Old talk", old, Duration.ofHours(1), "UTC", 50);
    long recent =
        EventFixtures.insertEvent(
            slug,
            "Recent talk",
            Instant.now().minus(Duration.ofDays(2)),
            Duration.ofHours(1),
            "UTC",
            50);
    // in one transaction: the job (every 2 s here) sees all of them or none. Seen on a slow
    // machine: a run between Ann's two registrations anonymised the first alone, and the second
    // got a pseudonym of its own
    try (Connection together = TestDatabase.connect()) {
      together.setAutoCommit(false);
      register(together, a, "Ann Old", "ann", true, true);
      register(together, b, "Ann Old", "ann", true, false); // came back: one person in the series
      register(together, b, "Bo Old", "bo", true, false);
      register(together, c, "Cy Running", "cy", true, false);
      register(together, lone, "Di Lone", "di", false, false);
      register(together, recent, "Ed Recent", "ed", true, false);
      together.commit();
    }

    long deadline = System.nanoTime() + WAIT.toNanos();
    while (count("event_id IN (?, ?, ?) AND anonymised_at IS NOT NULL", a, b, lone) < 4
        && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertThat(count("event_id IN (?, ?, ?) AND anonymised_at IS NOT NULL", a, b, lone))
        .isEqualTo(4);
    assertThat(count("event_id IN (?, ?, ?) AND name = 'Anonymised participant'", a, b, lone))
        .isEqualTo(4);
    assertThat(count("event_id IN (?, ?, ?) AND email LIKE '%@example.org'", a, b, lone)).isZero();
    assertThat(count("event_id IN (?, ?, ?) AND organization = 'Clinic'", a, b, lone))
        .as("organisation stays for the figures")
        .isEqualTo(4);
    // the series still counts two people, Ann once: one pseudonym across her two sessions
    assertThat(
            EventFixtures.count(
                "SELECT count(DISTINCT email) FROM registration WHERE event_id IN (?, ?)", a, b))
        .isEqualTo(2);
    assertThat(
            EventFixtures.count(
                "SELECT count(*) FROM registration WHERE event_id IN (?, ?) AND attended", a, b))
        .isEqualTo(3);
    // not yet: the running series' old session, and the recent talk
    assertThat(count("event_id IN (?, ?) AND anonymised_at IS NULL", c, recent)).isEqualTo(2);
    assertThat(count("email = ? ", email("cy"))).isEqualTo(1);
    // the earlier links of an anonymised registration are gone
    assertThat(
            EventFixtures.count(
                "SELECT count(*) FROM registration_token t JOIN registration r"
                    + " ON r.id = t.registration_id WHERE r.event_id = ?",
                a))
        .isZero();
    assertThat(
            EventFixtures.count(
                "SELECT count(*) FROM audit_entry WHERE action = 'registration.anonymise'"))
        .isPositive();
    // the public series page still counts the same people
    assertThat(new FacesClient(portal).get("/c/" + slug + "/series/done-series").body())
        .contains("2 people took part");
  }

  @Test
  void aRegistrantErasesTheirDetailsThroughTheirLinkAndTheirSeatGoesOn(Portal portal)
      throws Exception {
    long event =
        EventFixtures.insertEvent(
            slug,
            "Small room",
            Instant.now().plus(Duration.ofDays(5)),
            Duration.ofHours(1),
            "America/Chicago",
            1);
    String page = "/c/" + slug + "/events/" + event;
    FacesClient visitor = new FacesClient(portal).as("198.51.100." + (event % 250));
    visitor.post(page, Map.of("name", "Fay Erase", "email", email("fay"), "organization", "Org"));
    visitor.post(page, Map.of("name", "Gus Waiting", "email", email("gus")));
    assertThat(EventFixtures.registrations(event, "WAITLISTED")).isEqualTo(1);
    MimeMessage confirmation = EventFixtures.mailTo(portal, email("fay"), 1, WAIT).get(0);
    URI link = URI.create(EventFixtures.cancelLink(confirmation));
    String personal = link.getRawPath() + "?" + link.getRawQuery();

    assertThat(visitor.get(personal).body()).contains("Erase my details…");
    String asked = visitor.get(personal + "&erase=ask").body();
    assertThat(asked)
        .contains("Fay Erase, do you want your name and e-mail address removed")
        .contains("Your confirmed registration is cancelled too")
        .contains("This cannot be undone.");
    assertThat(count("email = ? AND anonymised_at IS NULL", email("fay"))).isEqualTo(1);

    // an unknown link erases nothing
    HttpResponse<String> unknown =
        visitor.post("/registrations/erase-confirm", Map.of("token", "not-a-token"));
    assertThat(unknown.body()).contains("This cancel link is no longer valid.");

    String token = link.getRawQuery().replace("token=", "");
    HttpResponse<String> erased =
        visitor.post("/registrations/erase-confirm", Map.of("token", token));
    assertThat(erased.body()).contains("Your details are erased.");
    assertThat(count("email = ?", email("fay"))).isZero();
    assertThat(
            EventFixtures.count(
                "SELECT count(*) FROM registration WHERE event_id = ? AND status = 'CANCELLED'"
                    + " AND name = 'Anonymised participant' AND organization = 'Org'",
                event))
        .isEqualTo(1);
    // the seat went to the person waiting, who is told; the erased person gets nothing more
    assertThat(EventFixtures.registrations(event, "CONFIRMED")).isEqualTo(1);
    assertThat(count("email = ? AND status = 'CONFIRMED'", email("gus"))).isEqualTo(1);
    assertThat(EventFixtures.mailTo(portal, email("gus"), 2, WAIT)).hasSize(2);
    assertThat(EventFixtures.mailTo(portal, email("fay"), 2, Duration.ofSeconds(3))).hasSize(1);
    assertThat(
            EventFixtures.count(
                "SELECT count(*) FROM mail_outbox WHERE recipient = ? AND sent_at IS NOT NULL",
                email("fay")))
        .isZero();
    // the link is spent
    assertThat(visitor.get(personal).body()).contains("This cancel link is no longer valid.");
    assertThat(visitor.post("/registrations/erase-confirm", Map.of("token", token)).body())
        .contains("This cancel link is no longer valid.");
    String audit =
        TestDatabase.queryString(
            "SELECT summary FROM audit_entry WHERE action = 'registration.erase'"
                + " AND collaborative_slug = ? ORDER BY id DESC LIMIT 1",
            slug);
    assertThat(audit).contains("erased at its registrant's request").doesNotContain("fay");
  }

  @Test
  void administratorsExportACollaborativeAndEveryRegistrationAndEachExportIsAudited(Portal portal)
      throws Exception {
    long event =
        EventFixtures.insertEvent(
            slug,
            "Exported talk",
            Instant.now().plus(Duration.ofDays(4)),
            Duration.ofHours(1),
            "America/Chicago",
            20);
    byte[] pdf = TestDocuments.pdf();
    TestDatabase.update(
        "INSERT INTO material (collaborative_id, event_id, title, file_name, file_type,"
            + " size_bytes, content, created_at) SELECT collaborative_id, id, 'Slides',"
            + " 'slides.pdf', 'PDF', ?, ?, now() FROM event WHERE id = ?",
        (long) pdf.length,
        pdf,
        event);
    register(event, "Hal Export", "hal", false);

    FacesClient stranger = new FacesClient(portal);
    stranger.signIn(editor, TestDatabase.PASSWORD);
    assertThat(stranger.download("/admin/export.zip?collaborative=" + slug).statusCode())
        .isEqualTo(404);
    assertThat(stranger.download("/admin/registrations.csv").statusCode()).isEqualTo(404);
    assertThat(stranger.get("/admin/privacy").statusCode()).isEqualTo(404);

    FacesClient admin = new FacesClient(portal);
    admin.signIn(this.admin, TestDatabase.PASSWORD);
    String exportsAudited =
        "SELECT count(*) FROM audit_entry"
            + " WHERE action IN ('collaborative.export', 'registrations.export-all')";
    long audited = EventFixtures.count(exportsAudited);
    // the form: a collaborative that does not exist is refused on the field
    admin.get("/admin/privacy");
    assertThat(
            admin.submit("export", "download", Map.of("collaborative_input", "nobody-here")).body())
        .contains("Choose a collaborative from the list.");
    assertThat(admin.download("/admin/export.zip?collaborative=nobody-here").statusCode())
        .isEqualTo(404);

    HttpResponse<byte[]> zip = admin.download("/admin/export.zip?collaborative=" + slug);
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
    assertThat(zip.headers().firstValue("Cache-Control")).hasValue("no-store");
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    assertThat(entries)
        .containsKeys(
            "export.json",
            "tables/collaborative.json",
            "tables/event.json",
            "tables/material.json");
    assertThat(entries.keySet()).noneMatch(n -> n.startsWith("tables/registration"));
    assertThat(text(entries, "tables/event.json")).contains("Exported talk");
    assertThat(text(entries, "tables/material.json"))
        .contains("slides.pdf")
        .doesNotContain("\"content\"");
    String file =
        entries.keySet().stream()
            .filter(n -> n.startsWith("files/material/"))
            .findFirst()
            .orElseThrow();
    assertThat(file).endsWith("-content.pdf");
    assertThat(entries.get(file)).isEqualTo(pdf);
    assertThat(text(entries, "export.json"))
        .contains("\"collaborative\":\"" + slug + "\"")
        .contains("\"path\":\"" + file + "\"")
        .contains("registration");
    // registrations are personal data: in the CSV below, never in the content export
    assertThat(entries.values())
        .noneMatch(content -> new String(content, StandardCharsets.UTF_8).contains(email("hal")));

    HttpResponse<byte[]> csv = admin.download("/admin/registrations.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    String rows = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(rows)
        .startsWith("\uFEFFCollaborative,Event,Starts,Series,Name,E-mail")
        .contains(slug + ",Exported talk,")
        .contains("Hal Export," + email("hal") + ",Clinic,Nurse,CONFIRMED,no,");
    assertThat(EventFixtures.count(exportsAudited) - audited).isEqualTo(2);
    assertThat(
            TestDatabase.queryString(
                "SELECT summary FROM audit_entry WHERE action = 'collaborative.export'"
                    + " AND collaborative_slug = ?",
                slug))
        .contains("and 1 files");
  }

  private static String text(Map<String, byte[]> entries, String name) {
    return new String(entries.get(name), StandardCharsets.UTF_8);
  }

  private long series(String seriesSlug) throws Exception {
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, status, published_at,"
            + " created_at, updated_at) SELECT id, ?, ?, 'RUNNING', now(), now(), now()"
            + " FROM collaborative WHERE slug = ?",
        seriesSlug,
        "Series " + seriesSlug,
        slug);
    return EventFixtures.count(
        "SELECT s.id FROM event_series s JOIN collaborative c ON c.id = s.collaborative_id"
            + " WHERE c.slug = ? AND s.slug = ?",
        slug,
        seriesSlug);
  }

  private long session(String title, Instant start, long series) throws Exception {
    long id = EventFixtures.insertEvent(slug, title, start, Duration.ofHours(1), "UTC", 50);
    TestDatabase.update("UPDATE event SET series_id = ? WHERE id = ?", series, id);
    return id;
  }

  private void register(long event, String name, String who, boolean attended) throws Exception {
    try (Connection alone = TestDatabase.connect()) {
      register(alone, event, name, who, attended, false);
    }
  }

  /**
   * A registration, and with {@code link} an earlier personal link to it — in one statement, so the
   * retention job (every 2 s here) sees both or neither.
   */
  private void register(
      Connection connection, long event, String name, String who, boolean attended, boolean link)
      throws Exception {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "WITH r AS (INSERT INTO registration (collaborative_id, event_id, name, email,"
                + " organization, profession, status, cancel_token_sha256, attended, requested_at,"
                + " confirmed_at) SELECT collaborative_id, id, ?, ?, 'Clinic', 'Nurse', 'CONFIRMED',"
                + " md5(random()::text) || md5(random()::text), ?, now(), now() FROM event"
                + " WHERE id = ? RETURNING id) INSERT INTO registration_token (token_sha256,"
                + " registration_id) SELECT md5(id::text) || md5(id::text || 'x'), id FROM r"
                + " WHERE ?")) {
      Object[] values = {name, email(who), attended, event, link};
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 1, values[i]);
      }
      insert.executeUpdate();
    }
  }

  private long count(String where, Object... parameters) throws Exception {
    return EventFixtures.count("SELECT count(*) FROM registration WHERE " + where, parameters);
  }

  private String email(String who) {
    return who + "-" + slug + "@example.org";
  }
}
