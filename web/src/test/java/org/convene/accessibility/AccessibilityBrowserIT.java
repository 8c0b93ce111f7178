package org.convene.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.convene.testing.Browser;
import org.convene.testing.DemoNetwork;
import org.convene.testing.NuChecker;
import org.convene.testing.Portal;
import org.convene.testing.TestDatabase;
import org.convene.testing.WorkspacePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every public page type and every workspace page of the demo network (the seeds' real content, in
 * a schema of its own), checked in Chromium by axe-core against the WCAG 2.1 A and AA rules, and
 * the HTML each was served as checked by the W3C Nu HTML Checker: no violation and no markup error,
 * or the test names each rule, its impact and the elements that break it, and each error with its
 * line and markup.
 */
@ExtendWith(DemoNetwork.class)
@Execution(
    ExecutionMode
        .CONCURRENT) // beside the other classes: the demo network is a portal and schema of its own
class AccessibilityBrowserIT {

  /** axe-core's tags for the WCAG 2.0 and 2.1 success criteria of levels A and AA. */
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final String PASSWORD = "convene-demo";

  private final NuChecker nu = new NuChecker();

  /**
   * Each page's served HTML is checked by the Nu HTML Checker on a thread of its own while axe runs
   * in the browser (the two took 0.2 s and 0.7 s a page one after the other): one thread, so the
   * checker is used by one thread at a time.
   */
  private final java.util.concurrent.ExecutorService checking =
      java.util.concurrent.Executors.newSingleThreadExecutor();

  private final List<java.util.concurrent.Future<List<String>>> markupErrors = new ArrayList<>();

  @Test
  void everyPageTypeMeetsWcag21AA(DemoNetwork.Running demo) throws Exception {
    List<String> violations = new ArrayList<>();
    String schema = demo.schema();
    Portal portal = demo.portal();
    try (Browser browser = Browser.open(1280, 1000)) {
      Set<String> pages = new LinkedHashSet<>();
      for (String start :
          new String[] {
            "/",
            "/collaboratives",
            "/events",
            "/events?view=month",
            "/findings",
            "/search?q=peer+support",
            // a page number past the last (an old link): the shared past-the-end notice
            "/search?q=peer+support&page=9",
            "/login",
            "/forgot-password",
            "/c/icsi",
            "/c/icsi/events",
            "/c/icsi/news",
            "/c/icsi/resources",
            "/c/icsi/practices"
          }) {
        pages.add(start);
      }
      // one page of each kind reached from those, as a visitor follows the links
      pages.add(firstLink(browser, portal, "/c/icsi/events", "a[href*='/c/icsi/events/']"));
      pages.add(firstLink(browser, portal, "/c/icsi/events", "a[href*='/c/icsi/series/']"));
      pages.add(firstLink(browser, portal, "/c/icsi/news", "a[href*='/c/icsi/news/']"));
      pages.add(firstLink(browser, portal, "/c/icsi/practices", "a[href*='/practices/']"));
      pages.add(firstLink(browser, portal, "/", "a[href*='/topics/']"));
      pages.add("/campaigns");
      pages.add(firstLink(browser, portal, "/campaigns", "a[href*='/campaigns/']"));
      pages.add(firstLink(browser, portal, "/search?q=whitfield", "a[href*='/presenters/']"));
      for (String page : pages) {
        check(browser, portal, page, violations);
      }
      // the translated pages in Spanish (the language switch keeps the choice in a cookie)
      String eventPage = firstLink(browser, portal, "/c/icsi/events", "a[href*='/c/icsi/events/']");
      browser.driver().get(portal.uri("/language?to=es&back=/").toString());
      check(browser, portal, eventPage, violations);
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo("es");
      browser.driver().get(portal.uri("/language?to=en&back=/").toString());

      browser.signIn(portal, "editor@icsi.test", PASSWORD);
      long event =
          id(
              schema,
              "SELECT min(e.id) FROM %s.event e JOIN %s.collaborative c"
                  + " ON c.id = e.collaborative_id WHERE c.slug = 'icsi'");
      long series =
          id(
              schema,
              "SELECT min(s.id) FROM %s.event_series s JOIN %s.collaborative c"
                  + " ON c.id = s.collaborative_id WHERE c.slug = 'icsi'");
      for (String page : WorkspacePages.editor(event, series)) {
        check(browser, portal, page, violations);
      }
    }
    try (Browser browser = Browser.open(1280, 1000)) {
      browser.signIn(portal, "admin@convene.test", PASSWORD);
      for (String page : WorkspacePages.ADMINISTRATOR) {
        check(browser, portal, page, violations);
      }
    }
    assertThat(violations).as("WCAG 2.1 A/AA violations found by axe-core").isEmpty();
    List<String> errors = new ArrayList<>();
    for (java.util.concurrent.Future<List<String>> page : markupErrors) {
      errors.addAll(page.get());
    }
    checking.shutdown();
    assertThat(errors).as("errors found by the W3C Nu HTML Checker").isEmpty();
  }

  /**
   * Runs axe on {@code path} and adds each violation, named with its elements, to the list; then
   * checks the HTML the page was served as (fetched again with the browser's cookies, before any
   * script ran) with the Nu HTML Checker.
   */
  private void check(Browser browser, Portal portal, String path, List<String> found) {
    browser.driver().get(portal.uri(path).toString());
    browser.settle();
    assertThat(browser.driver().getTitle()).as(path).doesNotContain("not found");
    Object served =
        browser
            .driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(location.href, {credentials: 'same-origin'})"
                    + ".then(r => r.text()).then(done, e => done('fetch failed: ' + e));");
    assertThat(served).as("served HTML of " + path).asString().startsWith("<!DOCTYPE html>");
    String html = (String) served;
    markupErrors.add(
        checking.submit(() -> nu.errors(html).stream().map(error -> path + ": " + error).toList()));
    // axe's legacy mode runs it once in the page: the default opens a second window a page to
    // gather results from frames (the portal's pages have none), and took 40 % longer
    Results results =
        new AxeBuilder().withTags(WCAG_21_AA).setLegacyMode(true).analyze(browser.driver());
    assertThat(results.isErrored()).as("axe ran on " + path).isFalse();
    for (Rule rule : results.getViolations()) {
      List<String> where = new ArrayList<>();
      for (CheckedNode node : rule.getNodes()) {
        where.add(node.getTarget() + " " + abbreviate(node.getHtml()));
      }
      found.add(
          path
              + ": "
              + rule.getId()
              + " ("
              + rule.getImpact()
              + ") "
              + rule.getHelp()
              + " — "
              + String.join("; ", where));
    }
  }

  private static String abbreviate(String html) {
    return html == null || html.length() <= 160 ? html : html.substring(0, 160) + "…";
  }

  /** The path of the first link on {@code page} that matches {@code selector}. */
  private static String firstLink(Browser browser, Portal portal, String page, String selector) {
    browser.driver().get(portal.uri(page).toString());
    browser.settle();
    List<WebElement> links = browser.driver().findElements(By.cssSelector(selector));
    assertThat(links).as(selector + " on " + page).isNotEmpty();
    java.net.URI uri = java.net.URI.create(links.get(0).getAttribute("href"));
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private static long id(String schema, String sql) throws Exception {
    return Long.parseLong(TestDatabase.queryString(sql.formatted(schema, schema)));
  }
}
