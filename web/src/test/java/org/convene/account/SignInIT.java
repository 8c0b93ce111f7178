package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in and out over HTTP, as a browser does. */
@ExtendWith(RunningPortal.class)
class SignInIT {

  static final String PASSWORD = TestDatabase.PASSWORD;

  static String editor(String slugPrefix) throws Exception {
    return TestDatabase.newEditor(slugPrefix);
  }

  @Test
  void signingInChangesTheSessionIdAndOpensTheWorkspace(Portal portal) throws Exception {
    String email = editor("signin");
    FacesClient visitor = new FacesClient(portal);
    visitor.get("/login");
    String before = visitor.sessionId().orElseThrow();

    HttpResponse<String> landed =
        visitor.submit("login", "submit", Map.of("email", email, "password", PASSWORD));

    assertThat(landed.uri().getPath()).isEqualTo("/manage/");
    assertThat(landed.body()).contains("Hello, Test Editor").contains("Test Collaborative signin");
    assertThat(visitor.sessionId()).isPresent().get().isNotEqualTo(before);
    assertThat(landed.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLaxOnce(Portal portal) throws Exception {
    HttpResponse<String> login = portal.get("/login");
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("JSESSIONID=")
                    .contains("HttpOnly")
                    .containsOnlyOnce("SameSite=Lax"));

    // the new session id issued at sign-in (on the redirect) too
    FacesClient visitor = new FacesClient(portal);
    HttpResponse<String> landed = visitor.signIn(editor("samesite"), PASSWORD);
    HttpResponse<String> redirect = landed.previousResponse().orElseThrow();
    assertThat(redirect.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsOnlyOnce("SameSite=Lax"));
  }

  @Test
  void signingOutEndsTheSession(Portal portal) throws Exception {
    String email = editor("signout");
    FacesClient visitor = new FacesClient(portal);
    visitor.signIn(email, PASSWORD);
    String session = visitor.sessionId().orElseThrow();

    HttpResponse<String> out = visitor.post("/logout", Map.of());

    assertThat(out.uri().getPath()).isEqualTo("/login");
    assertThat(out.body()).contains("You are signed out.");
    HttpResponse<String> again = portal.get("/manage/", "Cookie", "JSESSIONID=" + session);
    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(again.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login"));
  }

  @Test
  void signingOutTakesAPostNotALinkAnotherSiteCouldEmbed(Portal portal) throws Exception {
    String email = editor("getout");
    FacesClient visitor = new FacesClient(portal);
    visitor.signIn(email, PASSWORD);

    assertThat(visitor.get("/logout").statusCode()).isEqualTo(405);
    assertThat(visitor.get("/manage/").uri().getPath()).isEqualTo("/manage/");
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong(Portal portal) throws Exception {
    String email = editor("wrong");
    FacesClient visitor = new FacesClient(portal);

    HttpResponse<String> page = visitor.signIn(email, "not the password at all");

    assertThat(page.uri().getPath()).isEqualTo("/login");
    assertThat(page.body()).contains("The e-mail address or password is not right.");
  }

  @Test
  void fiveFailuresPauseSignInWithTheSameMessageWhetherOrNotTheAccountExists(Portal portal)
      throws Exception {
    String known = editor("lockout");
    String unknown = "nobody-" + TestDatabase.uniqueSlug("x") + "@example.org";
    for (String email : new String[] {known, unknown}) {
      FacesClient visitor = new FacesClient(portal);
      for (int i = 1; i <= 4; i++) {
        assertThat(visitor.signIn(email, "wrong password " + i).body())
            .contains("The e-mail address or password is not right.");
      }
      assertThat(visitor.signIn(email, "wrong password 5").body())
          .contains("sign-in is paused for 15 minutes");
    }
    HttpResponse<String> evenRight = new FacesClient(portal).signIn(known, PASSWORD);
    assertThat(evenRight.uri().getPath()).isEqualTo("/login");
    assertThat(evenRight.body()).contains("sign-in is paused for 15 minutes");
  }

  @Test
  void twentySimultaneousWrongPasswordsAreAllCountedAndNoneFails(Portal portal) throws Exception {
    String address = "parallel-" + TestDatabase.uniqueSlug("x") + "@example.org";
    java.util.List<FacesClient> visitors = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      FacesClient visitor = new FacesClient(portal);
      visitor.get("/login");
      visitors.add(visitor);
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(20);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    java.util.List<java.util.concurrent.Future<HttpResponse<String>>> answers =
        new java.util.ArrayList<>();
    for (FacesClient visitor : visitors) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return visitor.submit(
                    "login", "submit", Map.of("email", address, "password", "wrong password"));
              }));
    }
    start.countDown();
    int paused = 0;
    for (var answer : answers) {
      HttpResponse<String> page = answer.get(120, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .containsAnyOf(
              "The e-mail address or password is not right.", "sign-in is paused for 15 minutes");
      paused += page.body().contains("sign-in is paused for 15 minutes") ? 1 : 0;
    }
    pool.shutdown();
    // every attempt counted; at most five ever reached a password check
    assertThat(
            TestDatabase.queryString(
                "SELECT failures::text FROM login_throttle WHERE email = ?", address))
        .isEqualTo("20");
    assertThat(paused).isGreaterThanOrEqualTo(15);
    assertThat(
            TestDatabase.queryString(
                "SELECT (locked_until > now())::text FROM login_throttle WHERE email = ?", address))
        .isEqualTo("true");
  }

  @Test
  void aSessionIdInTheAddressDoesNotSignAnyoneIn(Portal portal) throws Exception {
    String email = editor("urlsession");
    FacesClient editor = new FacesClient(portal);
    editor.signIn(email, PASSWORD);
    String id = editor.sessionId().orElseThrow();
    assertThat(editor.get("/manage/events").body()).contains("Sign out");

    HttpResponse<String> stranger = portal.get("/manage/events;jsessionid=" + id);

    assertThat(stranger.statusCode()).isEqualTo(302);
    assertThat(stranger.headers().firstValue("Location").orElseThrow())
        .endsWith("/manage/events")
        .doesNotContainIgnoringCase("jsessionid");
    assertThat(stranger.body()).doesNotContain("Sign out");
  }

  @Test
  void aDisabledAccountLosesItsSessionOnItsNextRequest(Portal portal) throws Exception {
    String email = editor("disabled");
    FacesClient visitor = new FacesClient(portal);
    visitor.signIn(email, PASSWORD);
    assertThat(visitor.get("/manage").uri().getPath()).isEqualTo("/manage/");

    TestDatabase.update("UPDATE account SET status = 'DISABLED' WHERE email = ?", email);

    HttpResponse<String> next = visitor.get("/manage/profile");
    assertThat(next.uri().getPath()).isEqualTo("/login");
    assertThat(next.body()).contains("Your session has ended.");
    assertThat(visitor.signIn(email, PASSWORD).uri().getPath()).isEqualTo("/login");
  }

  @Test
  void visitorsAreSentToSignInForTheWorkspaceAndGet404ForAdministration(Portal portal) {
    HttpResponse<String> manage = portal.get("/manage/profile");
    assertThat(manage.statusCode()).isEqualTo(302);
    assertThat(manage.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login?next=%2Fmanage%2Fprofile"));

    for (String path :
        new String[] {"/admin/", "/admin/index", "/admin/accounts", "/admin/audit"}) {
      HttpResponse<String> admin = portal.get(path);
      assertThat(admin.statusCode()).as(path).isEqualTo(404);
      assertThat(admin.body()).as(path).contains("Page not found");
    }
  }

  @Test
  void aSignInNeverRedirectsToAnotherSite(Portal portal) throws Exception {
    String email = editor("redirect");
    FacesClient visitor = new FacesClient(portal);
    visitor.get("/login?next=//evil.example/steal");
    HttpResponse<String> landed =
        visitor.submit("login", "submit", Map.of("email", email, "password", PASSWORD));
    assertThat(landed.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(landed.uri().getPath()).isEqualTo("/manage/");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders(Portal portal) {
    for (String path : new String[] {"/", "/login", "/no-such-page", "/collaboratives"}) {
      HttpResponse<String> response = portal.get(path);
      // exactly one policy: PrimeFaces' nonce is folded into the portal's, never a second header
      assertThat(response.headers().allValues("Content-Security-Policy"))
          .as(path)
          .singleElement()
          .satisfies(
              csp ->
                  assertThat(csp)
                      .contains("frame-ancestors 'none'")
                      .contains("object-src 'none'")
                      .doesNotContain("unsafe-eval")
                      .doesNotContainPattern("script-src[^;]*unsafe-inline"));
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .contains("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy"))
          .as(path)
          .contains("strict-origin-when-cross-origin");
      assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
    }
  }

  @Test
  void primeFacesInlineScriptsRunOnlyWithThePagesNonce(Portal portal) throws Exception {
    // the workspace's event list holds PrimeFaces components, so PrimeFaces' scripts
    FacesClient editor = new FacesClient(portal);
    editor.signIn(editor("nonce"), PASSWORD);
    HttpResponse<String> page = editor.get("/manage/events");
    assertThat(page.body()).contains("ln=primefaces");
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    java.util.regex.Matcher nonce =
        java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(csp);
    assertThat(nonce.find()).as(csp).isTrue();
    java.util.regex.Matcher inline =
        java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
    int scripts = 0;
    while (inline.find()) {
      if (inline.group(1).contains("application/ld+json")) {
        continue; // data, not script
      }
      scripts++;
      assertThat(inline.group(1)).contains("nonce=\"" + nonce.group(1) + "\"");
    }
    assertThat(scripts).as("PrimeFaces' inline scripts on the page").isPositive();
    // a fresh nonce for every page
    assertThat(editor.get("/manage/events").headers().firstValue("Content-Security-Policy"))
        .get()
        .isNotEqualTo(csp);
  }

  @Test
  void pagesWithoutPrimeFacesComponentsCarryNoneOfItsScriptsOrStyles(Portal portal)
      throws Exception {
    // PlainHeadRenderer: the theme, icons, moment.js, locale and settings scripts only where a
    // PrimeFaces component asks for them; the portal's own stylesheet everywhere
    for (String path : new String[] {"/", "/login", "/collaboratives", "/events"}) {
      String body = portal.get(path).body();
      assertThat(body).as(path).contains("css/convene.css").doesNotContain("ln=primefaces");
      assertThat(body).as(path).doesNotContain("PrimeFaces.settings");
    }
    FacesClient editor = new FacesClient(portal);
    editor.signIn(editor("plainhead"), PASSWORD);
    assertThat(editor.get("/manage/events").body())
        .contains("css/convene.css")
        .contains("theme.css")
        .contains("core.js")
        .contains("PrimeFaces.settings");
  }

  /**
   * The signed-in account is kept per request (CurrentUser is made once for the application): two
   * editors and a visitor browsing at the same time each see only themselves, every time.
   */
  @Test
  void concurrentRequestsNeverSeeAnotherCallersAccount(Portal portal) throws Exception {
    FacesClient first = new FacesClient(portal);
    first.signIn(editor("together-a"), PASSWORD);
    FacesClient second = new FacesClient(portal);
    second.signIn(editor("together-b"), PASSWORD);
    FacesClient visitor = new FacesClient(portal);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      java.util.List<java.util.concurrent.Future<java.util.List<String>>> pages =
          java.util.List.of(
              pool.submit(() -> bodies(first, "/manage/", 25)),
              pool.submit(() -> bodies(second, "/manage/", 25)),
              pool.submit(() -> bodies(visitor, "/collaboratives?together=", 25)));
      assertThat(pages.get(0).get())
          .allSatisfy(
              body ->
                  assertThat(body)
                      .contains("Test Collaborative together-a")
                      .doesNotContain("Test Collaborative together-b"));
      assertThat(pages.get(1).get())
          .allSatisfy(
              body ->
                  assertThat(body)
                      .contains("Test Collaborative together-b")
                      .doesNotContain("Test Collaborative together-a"));
      assertThat(pages.get(2).get())
          .allSatisfy(body -> assertThat(body).contains(">Sign in<").doesNotContain("Sign out"));
    } finally {
      pool.shutdownNow();
    }
  }

  /** The bodies of {@code count} requests of a page, one after another (a distinct query each). */
  private static java.util.List<String> bodies(FacesClient client, String path, int count) {
    java.util.List<String> bodies = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      HttpResponse<String> page = client.get(path.endsWith("=") ? path + i : path);
      assertThat(page.statusCode()).isEqualTo(200);
      bodies.add(page.body());
    }
    return bodies;
  }
}
