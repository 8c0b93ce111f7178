package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Nothing internal is public: metrics, generated API documents, versions, container pages. */
@ExtendWith(RunningPortal.class)
class ExposureIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void metricsAndGeneratedApiDocumentsAreNotServed(Portal portal) {
    // /openapi is served on purpose: it documents only the public read API (ReadApiIT)
    for (String path : new String[] {"/metrics", "/metrics/base"}) {
      HttpResponse<String> answer = portal.get(path);
      assertThat(answer.statusCode()).as(path).isIn(403, 404);
      assertThat(answer.body())
          .as(path)
          .doesNotContain("# TYPE")
          .doesNotContain("openapi:")
          .contains("Convene");
    }
    HttpResponse<String> wadl = portal.get("/api/application.wadl");
    assertThat(wadl.statusCode()).isEqualTo(404);
    assertThat(wadl.body()).doesNotContain("wadl.dev.java.net").doesNotContain("Jersey");
  }

  @Test
  void methodsThePortalDoesNotAnswerGetItsOwn405Page(Portal portal) throws Exception {
    for (String method : new String[] {"DELETE", "PUT", "PATCH", "TRACE", "OPTIONS"}) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(portal.uri("/collaboratives"))
                  .method(
                      method,
                      method.equals("PUT") || method.equals("PATCH")
                          ? HttpRequest.BodyPublishers.ofString("x=1")
                          : HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.body()).as(method).doesNotContain("Payara").doesNotContain("Grizzly");
      if (method.equals("PATCH")) { // refused by the HTTP listener itself, before the portal
        assertThat(answer.statusCode()).as(method).isIn(400, 405);
        continue;
      }
      assertThat(answer.statusCode()).as(method).isEqualTo(405);
      if (!method.equals("TRACE")) { // the container answers TRACE itself, with no body
        assertThat(answer.headers().firstValue("Allow")).as(method).contains("GET, HEAD, POST");
        assertThat(answer.body()).as(method).contains("This page cannot be used that way");
      }
    }
  }

  @Test
  void resourceAddressesCarryNoLibraryVersionAndStillWork(Portal portal) throws Exception {
    assertThat(portal.get("/").body()).doesNotContainPattern("[?&](amp;)?v=\\d+\\.\\d+");
    // PrimeFaces' resources, on a workspace page that uses PrimeFaces (public pages have none)
    FacesClient editor = new FacesClient(portal);
    editor.signIn(TestDatabase.newEditor("exposure"), TestDatabase.PASSWORD);
    String page = editor.get("/manage/events").body();
    assertThat(page).doesNotContainPattern("[?&](amp;)?v=\\d+\\.\\d+");
    Matcher resource =
        Pattern.compile("href=\"(/jakarta\\.faces\\.resource/[^\"]+[?&](amp;)?v=[0-9a-f]{12})\"")
            .matcher(page);
    assertThat(resource.find()).as("a versioned resource on the page").isTrue();
    HttpResponse<String> css = portal.get(resource.group(1).replace("&amp;", "&"));
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
  }

  @Test
  void noHstsUnlessConfiguredAndNoVersionBanners(Portal portal) {
    HttpResponse<String> home = portal.get("/");
    assertThat(home.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(home.headers().firstValue("X-Powered-By")).isEmpty();
    assertThat(home.headers().firstValue("Server")).isEmpty();
  }
}
