package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Input that once answered 500: each now gets a clear 4xx page of the portal's own and changes
 * nothing.
 */
@ExtendWith(RunningPortal.class)
class BadInputIT {

  @Test
  void aNulByteInAnAddressIsABadRequestNotAnError(Portal portal) {
    for (String path :
        new String[] {
          "/collaboratives?q=a%00b",
          "/events?collaborative=a%00b",
          "/api/v1/events?collaborative=a%00b"
        }) {
      HttpResponse<String> page = portal.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(400);
      assertThat(page.body()).as(path).contains("This request could not be understood");
    }
  }

  @Test
  void aNulByteInASignInOrAFormChangesNothing(Portal portal) throws Exception {
    String address = "nul-" + TestDatabase.uniqueSlug("x") + "@example.org";
    FacesClient visitor = new FacesClient(portal);
    visitor.get("/login");
    HttpResponse<String> page =
        visitor.submit(
            "login", "submit", Map.of("email", address + "\u0000", "password", "whatever it is"));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(
            TestDatabase.queryString(
                "SELECT count(*)::text FROM login_throttle WHERE email LIKE ?", "nul-%"))
        .isEqualTo("0");
  }

  @Test
  void aMethodAPageDoesNotTakeGetsThePortalsOwnPage(Portal portal) {
    HttpResponse<String> page = portal.get("/logout");
    assertThat(page.statusCode()).isEqualTo(405);
    assertThat(page.body())
        .contains("This page cannot be used that way")
        .doesNotContainIgnoringCase("payara");
  }

  @Test
  void aDateBeyondAnyCalendarIsRefusedWithAMessage(Portal portal) {
    HttpResponse<String> api = portal.get("/api/v1/events?from=-999999999-01-01");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.body()).contains("from must be a date like 2026-12-01");
    HttpResponse<String> page = portal.get("/events?from=-999999999-01-01&to=+999999999-12-31");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("is not a date like 2026-12-01");
  }

  @Test
  void aWorkspaceAddressWithAGarbledNumberIsABadRequest(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("bad"), "Bad Input Collab", "BI");
    String email = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(email, "Editor", "a long enough passphrase", false);
    TestDatabase.grantEditor(email, slug);
    FacesClient editor = new FacesClient(portal);
    editor.signIn(email, "a long enough passphrase");
    for (String path :
        new String[] {
          "/manage/registrants?event=abc",
          "/manage/series?id=2x",
          "/manage/event?id=abc",
          "/manage/news?id=1x"
        }) {
      HttpResponse<String> page = editor.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(400);
      assertThat(page.body()).as(path).contains("This request could not be understood");
    }
  }

  @Test
  void theRegistrationApiRefusesDeepOrNulLadenJsonWithA400(Portal portal) throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    String deep = "[".repeat(1000) + "]".repeat(1000);
    String nul = "{\"name\":\"A\\u0000B\",\"email\":\"a@example.org\"}";
    for (String body : new String[] {deep, "{\"a\":" + deep + "}", nul}) {
      HttpResponse<String> answer =
          http.send(
              java.net.http.HttpRequest.newBuilder(portal.uri("/api/v1/events/1/registrations"))
                  .header("Content-Type", "application/json")
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(body.substring(0, 20)).isEqualTo(400);
    }
  }
}
