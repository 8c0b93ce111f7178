package org.convene.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.convene.testing.Browser;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workspace's lists as PrimeFaces lazy tables in headless Chromium — an editor's events,
 * series, resources and presenters, an administrator's featuring history and audit log — each
 * paged, searched, sorted and filtered by its service (the rows in the page are those the server
 * sent for that query).
 */
@ExtendWith(RunningPortal.class)
class WorkspaceListsBrowserIT {

  @Test
  void anEditorSearchesSortsAndFiltersEventsSeriesResourcesAndPresenters(Portal portal)
      throws Exception {
    String slug = WorkspaceEditingBrowserIT.editorOf("lists");
    // Session 01–30, a week apart; 27–30 cancelled, 29–30 never published
    TestDatabase.update(
        "INSERT INTO event (collaborative_id, slug, title, starts_at, ends_at, zone_id, format,"
            + " capacity, registration_open, status, published_at, created_at, updated_at)"
            + " SELECT c.id, 'session-' || i, 'Session ' || lpad(i::text, 2, '0'),"
            + " now() + i * interval '7 days', now() + i * interval '7 days' + interval '1 hour',"
            + " 'America/Chicago', 'ONLINE', 40, TRUE,"
            + " CASE WHEN i > 26 THEN 'CANCELLED' ELSE 'SCHEDULED' END,"
            + " CASE WHEN i > 28 THEN NULL ELSE now() END, now(), now()"
            + " FROM collaborative c, generate_series(1, 30) i WHERE c.slug = ?",
        slug);
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, status, published_at,"
            + " created_at, updated_at) SELECT c.id, s.slug, s.title, s.status, now(), now(), now()"
            + " FROM collaborative c, (VALUES ('alpha', 'Alpha playbook series', 'RUNNING'),"
            + " ('beta', 'Beta wellbeing series', 'PLANNED')) s(slug, title, status)"
            + " WHERE c.slug = ?",
        slug);
    TestDatabase.update(
        "UPDATE event SET series_id = (SELECT id FROM event_series WHERE slug = 'alpha'"
            + " AND collaborative_id = event.collaborative_id) WHERE collaborative_id ="
            + " (SELECT id FROM collaborative WHERE slug = ?) AND slug IN ('session-1',"
            + " 'session-2', 'session-3')",
        slug);
    TestDatabase.update(
        "INSERT INTO resource (collaborative_id, title, kind, url, position, published_at,"
            + " created_at, updated_at) SELECT c.id, r.title, r.kind, 'https://example.org/' || r.p,"
            + " r.p, now(), now(), now() FROM collaborative c, (VALUES ('Crisis line', 'HOTLINE', 1),"
            + " ('Calm app', 'APP', 2), ('Resilience podcast', 'PODCAST', 3)) r(title, kind, p)"
            + " WHERE c.slug = ?",
        slug);
    TestDatabase.update(
        "INSERT INTO presenter (collaborative_id, name, role, affiliation)"
            + " SELECT c.id, 'Presenter ' || lpad(i::text, 2, '0'), 'Speaker',"
            + " CASE WHEN i % 3 = 0 THEN 'Mayo Clinic' ELSE 'HealthPartners' END"
            + " FROM collaborative c, generate_series(1, 30) i WHERE c.slug = ?",
        slug);

    try (Browser browser = Browser.open(1280, 1400)) {
      WorkspaceEditingBrowserIT.signIn(browser, portal, slug);
      browser.driver().get(portal.uri("/manage/events").toString());
      browser.settle();
      String events = "events:table";
      // latest first: the drafts far ahead come first
      assertThat(report(browser, events)).isEqualTo("1–25 of 30");
      assertThat(column(browser, events, 1).get(0)).startsWith("Session 30");
      browser.screenshot("manage-events-table");

      header(browser, events, "Event").click();
      until(browser, d -> column(browser, events, 1).get(0).startsWith("Session 01"));
      assertThat(column(browser, events, 1).get(0)).contains("Alpha playbook series");

      new Select(browser.driver().findElement(By.id("events:table:statusFilter")))
          .selectByVisibleText("Cancelled");
      until(browser, d -> report(browser, events).equals("1–4 of 4"));
      new Select(browser.driver().findElement(By.id("events:table:stateFilter")))
          .selectByVisibleText("Draft");
      until(browser, d -> report(browser, events).equals("1–2 of 2"));
      assertThat(column(browser, events, 1))
          .allSatisfy(title -> assertThat(title).matches("Session (29|30)"));
      new Select(browser.driver().findElement(By.id("events:table:stateFilter")))
          .selectByVisibleText("Published");
      until(browser, d -> report(browser, events).equals("1–2 of 2"));
      browser.driver().findElement(By.id("events:table:globalFilter")).sendKeys("session 27");
      until(browser, d -> report(browser, events).equals("1–1 of 1"));

      // the series table on the same page, with its sessions counted
      String series = "series:table";
      assertThat(report(browser, series)).isEqualTo("1–2 of 2");
      new Select(browser.driver().findElement(By.id("series:table:statusFilter")))
          .selectByVisibleText("Running");
      until(browser, d -> report(browser, series).equals("1–1 of 1"));
      assertThat(column(browser, series, 1)).containsExactly("Alpha playbook series");
      assertThat(column(browser, series, 2)).containsExactly("3");

      browser.driver().get(portal.uri("/manage/resources").toString());
      browser.settle();
      String resources = "list:table";
      assertThat(column(browser, resources, 1))
          .containsExactly("Crisis line", "Calm app", "Resilience podcast");
      header(browser, resources, "Resource").click();
      until(browser, d -> column(browser, resources, 1).get(0).equals("Calm app"));
      new Select(browser.driver().findElement(By.id("list:table:kindFilter")))
          .selectByVisibleText("Podcast");
      until(browser, d -> report(browser, resources).equals("1–1 of 1"));
      assertThat(column(browser, resources, 1)).containsExactly("Resilience podcast");

      browser.driver().get(portal.uri("/manage/presenters").toString());
      browser.settle();
      String presenters = "list:table";
      assertThat(report(browser, presenters)).isEqualTo("1–25 of 30");
      header(browser, presenters, "Name").click();
      header(browser, presenters, "Name").click();
      until(browser, d -> column(browser, presenters, 1).get(0).equals("Presenter 30"));
      browser.driver().findElement(By.cssSelector("[id='list:table'] .ui-paginator-next")).click();
      until(browser, d -> report(browser, presenters).equals("26–30 of 30"));
      assertThat(column(browser, presenters, 1)).endsWith("Presenter 01");
      browser.driver().findElement(By.id("list:table:globalFilter")).sendKeys("mayo");
      until(browser, d -> report(browser, presenters).equals("1–10 of 10"));
      assertThat(column(browser, presenters, 3)).containsOnly("Mayo Clinic");
    }
  }

  @Test
  void anAdministratorSearchesTheFeaturingHistoryAndTheAuditLog(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String unique = TestDatabase.uniqueSlug("history");
    String name = "Historic Health " + unique;
    String slug = TestDatabase.insertCollaborative(unique, name, "HHC");
    // three past featurings of the member, by three administrators
    TestDatabase.update(
        "INSERT INTO feature (kind, collaborative_id, blurb, starts_at, ends_at, created_by,"
            + " created_at, zone_id) SELECT 'MEMBER', c.id, 'Blurb', now() - (i * 40) * interval '1 day',"
            + " now() - (i * 40 - 30) * interval '1 day', 'admin-' || i || '@example.org',"
            + " now() - (i * 40) * interval '1 day', 'UTC' FROM collaborative c,"
            + " generate_series(1, 3) i"
            + " WHERE c.slug = ?",
        slug);
    // 40 changes in its audit log: 30 profile updates, 10 renames
    TestDatabase.update(
        "INSERT INTO audit_entry (at, actor, collaborative_slug, action, summary)"
            + " SELECT now() - i * interval '1 minute', 'editor-' || i || '@example.org', ?,"
            + " CASE WHEN i <= 30 THEN 'profile.update' ELSE 'collaborative.rename' END,"
            + " 'Change number ' || i FROM generate_series(1, 40) i",
        slug);
    String admin = "admin-" + TestDatabase.uniqueSlug("historian") + "@example.org";
    TestDatabase.createAccount(admin, "History Admin", TestDatabase.PASSWORD, true);
    try (Browser browser = Browser.open(1280, 1400)) {
      browser.signIn(portal, admin, TestDatabase.PASSWORD);
      browser.driver().get(portal.uri("/admin/featuring").toString());
      browser.settle();
      String history = "history:table";
      browser.driver().findElement(By.id("history:table:globalFilter")).sendKeys(name);
      until(browser, d -> report(browser, history).equals("1–3 of 3"));
      header(browser, history, "By").click();
      until(browser, d -> column(browser, history, 4).get(0).equals("admin-1@example.org"));
      header(browser, history, "By").click();
      until(browser, d -> column(browser, history, 4).get(0).equals("admin-3@example.org"));
      new Select(browser.driver().findElement(By.id("history:table:kindFilter")))
          .selectByVisibleText("Event");
      until(browser, d -> report(browser, history).endsWith("of 0"));

      // narrowed by the address (as the log links it), then searched and sorted in the table
      browser.driver().get(portal.uri("/admin/audit?collaborative=" + slug).toString());
      browser.settle();
      String log = "log:table";
      assertThat(report(browser, log)).isEqualTo("1–25 of 40");
      assertThat(column(browser, log, 5).get(0)).isEqualTo("Change number 1");
      // when, in the network's zone to the second, never in UTC
      assertThat(column(browser, log, 1).get(0))
          .matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}:\\d{2} [AP]M C[SD]T");
      header(browser, log, "Action").click();
      until(browser, d -> column(browser, log, 4).get(0).equals("collaborative.rename"));
      browser.driver().findElement(By.id("log:table:globalFilter")).sendKeys("number 3");
      // 3 and 30–39
      until(browser, d -> report(browser, log).equals("1–11 of 11"));
      browser.screenshot("admin-audit-table");
    }
  }

  /**
   * Waits up to 30 s for no request in flight and the condition (the table's rows are replaced
   * while it loads, so stale ones are retried).
   */
  private static void until(
      Browser browser, java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> done) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(IndexOutOfBoundsException.class)
        .until(
            d -> {
              browser.settle();
              return done.apply(d);
            });
  }

  private static String report(Browser browser, String table) {
    return browser
        .driver()
        .findElement(By.cssSelector("[id='" + table + "'] .ui-paginator-current"))
        .getText();
  }

  /** The visible text of a column (from 1) in each row of the table's page. */
  private static List<String> column(Browser browser, String table, int n) {
    return browser
        .driver()
        .findElements(
            By.cssSelector(
                "[id='" + table + "'] .ui-datatable-data > tr > td:nth-child(" + n + ")"))
        .stream()
        .map(td -> td.getText().strip())
        .toList();
  }

  private static WebElement header(Browser browser, String table, String text) {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='" + table + "'] th.ui-sortable-column"))
        .stream()
        .filter(th -> th.getText().strip().toLowerCase().startsWith(text.toLowerCase()))
        .findFirst()
        .orElseThrow();
  }
}
