package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.testing.Browser;
import org.convene.testing.EventFixtures;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The second language: an event page in Spanish (labels, dates, numbers) when the visitor chose it
 * or their browser prefers it; a Spanish sign-up gets its confirmation e-mail — and its form's
 * messages — in Spanish. Content stays in the language its editor wrote it in.
 */
@ExtendWith(RunningPortal.class)
class SpanishIT {

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private String slug;
  private long event;
  private Instant start;

  @BeforeEach
  void event(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    slug = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("es"), "Salud Regional", "SR");
    start = Instant.now().plus(Duration.ofDays(10));
    event =
        EventFixtures.insertEvent(
            slug, "Peer support huddles", start, Duration.ofHours(1), "America/Chicago", 40);
  }

  private HttpResponse<String> get(Portal portal, String path, String header, String value)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(portal.uri(path));
    if (header != null) {
      request.header(header, value);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String spanishDate() {
    return DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es"))
        .format(start.atZone(ZoneId.of("America/Chicago")));
  }

  /** The pages a Spanish-reading visitor passes through on the way to an event speak Spanish. */
  @Test
  void theListsAndSeriesOnTheWaySpeakSpanishToo(Portal portal) throws Exception {
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, status, published_at,"
            + " created_at, updated_at) SELECT id, 'ciclo', 'Peer support series', 'RUNNING',"
            + " now(), now(), now() FROM collaborative WHERE slug = ?",
        slug);
    TestDatabase.update(
        "UPDATE event SET series_id = (SELECT id FROM event_series WHERE slug = 'ciclo'"
            + " AND collaborative_id = event.collaborative_id) WHERE id = ?",
        event);
    Map<String, List<String>> pages =
        Map.of(
            "/events?collaborative=" + slug,
            List.of(
                "Eventos en toda la red", "Mostrar eventos", "1 evento coincide con sus filtros"),
            "/c/" + slug + "/events",
            List.of("Eventos y seminarios web", "Próximos", "Eventos pasados", "En línea"),
            "/c/" + slug + "/series/ciclo",
            List.of(
                "Serie de seminarios web",
                "En curso",
                "Inscribirse en la serie",
                "Una sola inscripción le inscribe en su próxima sesión."),
            "/c/" + slug,
            List.of("Todos los eventos, series y grabaciones"),
            "/",
            List.of("Próximamente en la red", "Todos los eventos"),
            "/events?view=month&collaborative="
                + slug
                + "&month="
                + java.time.YearMonth.from(start.atZone(ZoneId.of("America/Chicago"))),
            List.of(
                "Mes siguiente",
                "<abbr title=\"lunes\">lun",
                "1 evento coincide con sus filtros en "),
            "/search?q=zzqqxx",
            List.of("Buscar en la red", "No se encontró nada para"));
    for (Map.Entry<String, List<String>> page : pages.entrySet()) {
      String body = get(portal, page.getKey(), "Cookie", "convene-lang=es").body();
      assertThat(body).as(page.getKey()).contains("lang=\"es\"");
      for (String words : page.getValue()) {
        assertThat(body).as(page.getKey()).contains(words);
      }
    }
    // and English for everyone else, as before
    assertThat(get(portal, "/c/" + slug + "/series/ciclo", null, null).body())
        .contains("Register for the series")
        .contains("One sign-up registers you for its one upcoming session.");
  }

  /**
   * The sign-in and password pages, the events list's notices about a filter it cannot read, the
   * network calendar's name, search's refusal of an over-long query and the error page speak the
   * visitor's language too: their sentences come from the bundles, not the code.
   */
  @Test
  void signInNoticesAndRefusalsSpeakSpanishToo(Portal portal) throws Exception {
    Map<String, List<String>> pages =
        Map.of(
            "/login",
            List.of("Iniciar sesión", "Correo electrónico", "¿Olvidó su contraseña?"),
            "/forgot-password",
            List.of("Restablecer la contraseña", "Enviar el enlace"),
            "/events?from=2026-13-45&collaborative=Not_A_Slug",
            List.of(
                "La fecha «desde» «2026-13-45» no es una fecha como 2026-12-01",
                "No existe la colaborativa «Not_A_Slug»: se muestran todas."),
            "/search?q=" + "a".repeat(201),
            List.of("Busque con 200 caracteres como máximo; su búsqueda tiene 201."),
            "/no-such-page-" + slug,
            List.of("Página no encontrada"));
    for (Map.Entry<String, List<String>> page : pages.entrySet()) {
      HttpResponse<String> response = get(portal, page.getKey(), "Cookie", "convene-lang=es");
      assertThat(response.body()).as(page.getKey()).contains("lang=\"es\"");
      for (String words : page.getValue()) {
        assertThat(response.body()).as(page.getKey()).contains(words);
      }
    }
    assertThat(get(portal, "/events.ics?collaborative=" + slug, "Cookie", "convene-lang=es").body())
        .contains("X-WR-CALNAME:Eventos de ");
    // the date badge of each listed event names its month in Spanish too ("dic", not "Dec")
    String month =
        start
            .atZone(ZoneId.of("America/Chicago"))
            .getMonth()
            .getDisplayName(java.time.format.TextStyle.SHORT, Locale.forLanguageTag("es"))
            .replace(".", "");
    assertThat(get(portal, "/c/" + slug + "/events", "Cookie", "convene-lang=es").body())
        .contains("<span class=\"date-badge__month\">" + month + "</span>");
    // English for everyone else
    assertThat(get(portal, "/events?from=2026-13-45", null, null).body())
        .contains("From date “2026-13-45” is not a date like 2026-12-01");
    assertThat(get(portal, "/login", null, null).body()).contains("Forgot your password?");
  }

  @Test
  void theEventPageSpeaksTheVisitorsLanguage(Portal portal) throws Exception {
    String path = "/c/" + slug + "/events/" + event;
    String spanish = get(portal, path, "Cookie", "convene-lang=es").body();
    assertThat(spanish)
        .contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\"")
        .contains(spanishDate())
        .contains("Quedan 40 de 40 plazas.")
        .contains(">Inscribirse</button>")
        .contains("<label for=\"reg-email\">Correo electrónico")
        .contains("Organizado por")
        .contains("Añadir al calendario (.ics)")
        .contains("Peer support huddles") // the editor's words stay as written
        .doesNotContain("seats left")
        .doesNotContain(">Register<");
    assertThat(get(portal, path, "Accept-Language", "es-MX,es;q=0.9,en;q=0.5").body())
        .contains("lang=\"es\"")
        .contains("Quedan 40 de 40 plazas.");
    assertThat(get(portal, path, "Accept-Language", "fr-FR,de;q=0.8").body())
        .contains("lang=\"en\"")
        .contains("40 of 40 seats left.");
    // the visitor's choice wins over the browser's preference
    assertThat(
            http.send(
                    HttpRequest.newBuilder(portal.uri(path))
                        .header("Accept-Language", "es")
                        .header("Cookie", "convene-lang=en")
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body())
        .contains("40 of 40 seats left.");

    HttpResponse<String> choose = get(portal, "/language?to=es&back=" + path, null, null);
    assertThat(choose.statusCode()).isEqualTo(302);
    assertThat(choose.headers().firstValue("Location").orElseThrow()).endsWith(path);
    assertThat(choose.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith("convene-lang=es")
        .contains("HttpOnly");
    assertThat(
            get(portal, "/language?to=es&back=//evil.example.org/x", null, null)
                .headers()
                .firstValue("Location")
                .orElseThrow())
        .doesNotContain("evil");
    assertThat(get(portal, "/language?to=xx", null, null).statusCode()).isEqualTo(400);
  }

  @Test
  void aSpanishSignUpIsAnsweredAndMailedInSpanish(Portal portal) throws Exception {
    String email = "ana-" + slug + "@example.org";
    String path = "/c/" + slug + "/events/" + event;
    HttpResponse<String> refused =
        http.send(
            HttpRequest.newBuilder(portal.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "convene-lang=es")
                .POST(HttpRequest.BodyPublishers.ofString("name=&email=nope&language=es"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("Corrija los campos marcados.")
        .contains("Escriba su nombre.")
        .contains("Escriba un correo electrónico como nombre@ejemplo.org.");

    HttpResponse<String> done =
        http.send(
            HttpRequest.newBuilder(portal.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "convene-lang=es")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "name=Ana+Garc%C3%ADa&email=" + email + "&language=es"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(done.body()).contains("Está inscrito en Peer support huddles.");
    assertThat(TestDatabase.queryString("SELECT locale FROM registration WHERE email = ?", email))
        .isEqualTo("es");
    // a browser's form post names no charset: the page's UTF-8 is read as such
    assertThat(TestDatabase.queryString("SELECT name FROM registration WHERE email = ?", email))
        .isEqualTo("Ana García");

    MimeMessage mail = EventFixtures.mailTo(portal, email, 1, Duration.ofSeconds(30)).get(0);
    assertThat(mail.getSubject()).isEqualTo("Inscripción confirmada: Peer support huddles");
    String text = EventFixtures.text(mail);
    assertThat(text)
        .startsWith("Hola, Ana García:")
        .contains("Su plaza para Peer support huddles está confirmada.")
        .contains("Cuándo: ")
        .contains(spanishDate())
        .contains("Formato: En línea")
        .containsPattern("Cancelar mi plaza:\\r?\\nhttp");
    String html = EventFixtures.html(mail);
    assertThat(html)
        .contains("<html lang=\"es\"")
        .contains("Añadir al calendario</a>")
        .contains(">Cancelar mi plaza</a>")
        .doesNotContain("<img");
    // the invitation's own words are in the registrant's language too
    assertThat(EventFixtures.calendarAttachment(mail))
        .contains("BEGIN:VCALENDAR")
        .contains("LOCATION:En línea");
    // the button's calendar is the event's own .ics
    java.util.regex.Matcher ics =
        java.util.regex.Pattern.compile("href=\"(http[^\"]+\\.ics)\"").matcher(html);
    assertThat(ics.find()).isTrue();
    assertThat(portal.get(ics.group(1).replaceFirst("^https?://[^/]+", "")).body())
        .contains("SUMMARY:Peer support huddles");

    // the personal link from the Spanish e-mail opens a Spanish page: cancel, or erase the details
    String personal = EventFixtures.cancelLink(mail).replaceFirst("^https?://[^/]+", "");
    String page = get(portal, personal, "Cookie", "convene-lang=es").body();
    assertThat(page)
        .contains("<h1 id=\"cancel-heading\">Cancelar una inscripción</h1>")
        .contains(
            "Ana García, ¿quiere cancelar su inscripción (confirmada) para Peer support huddles")
        .contains("Sí, cancelar mi inscripción")
        .contains("Borrar mis datos…");
    assertThat(get(portal, personal + "&erase=ask", "Cookie", "convene-lang=es").body())
        .contains("Esto no se puede deshacer.")
        .contains("Sí, borrar mis datos");
  }

  @Test
  void aSpanishEventPageInTheBrowser(Portal portal) throws Exception {
    try (Browser browser = Browser.open(1280, 1000)) {
      browser
          .driver()
          .get(portal.uri("/language?to=es&back=/c/" + slug + "/events/" + event).toString());
      browser.settle();
      assertThat(browser.driver().findElement(By.id("register-heading")).getText())
          .isEqualTo("Inscribirse");
      assertThat(browser.driver().findElement(By.id("event-date")).getText())
          .endsWith(spanishDate());
      browser.screenshot("spanish-event");
    }
  }
}
