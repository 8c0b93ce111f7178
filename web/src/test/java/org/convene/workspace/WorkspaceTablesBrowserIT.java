package org.convene.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convene.testing.Browser;
import org.convene.testing.EventFixtures;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.convene.testing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workspace's PrimeFaces tables and uploader in headless Chromium: registrants sorted and
 * filtered on the server, an administrator paging through a thousand collaboratives, a material
 * uploaded with a progress bar after the browser checked its size and type.
 */
@ExtendWith(RunningPortal.class)
class WorkspaceTablesBrowserIT {

  @Test
  void registrantsAreSortedAndFilteredByTheServer(Portal portal) throws Exception {
    String slug = WorkspaceEditingBrowserIT.editorOf("registrants");
    long event =
        EventFixtures.insertEvent(
            slug,
            "Table webinar",
            Instant.now().plus(Duration.ofDays(9)),
            Duration.ofHours(1),
            "America/Chicago",
            40);
    // Person 01–40 confirmed, 41–50 waitlisted, 51–60 cancelled; the higher the number, the
    // earlier the sign-up (so sign-up order and name order differ)
    TestDatabase.update(
        "INSERT INTO registration (collaborative_id, event_id, name, email, organization,"
            + " profession, status, cancel_token_sha256, requested_at)"
            + " SELECT e.collaborative_id, e.id, 'Person ' || lpad(i::text, 2, '0'),"
            + " 'person' || i || '-' || e.id || '@example.org',"
            + " CASE WHEN i % 2 = 0 THEN 'Mayo Clinic' ELSE 'HealthPartners' END, 'Nurse',"
            + " CASE WHEN i <= 40 THEN 'CONFIRMED' WHEN i <= 50 THEN 'WAITLISTED'"
            + " ELSE 'CANCELLED' END, md5(random()::text || i), now() - i * interval '1 minute'"
            + " FROM event e, generate_series(1, 60) i WHERE e.id = ?",
        event);
    try (Browser browser = Browser.open(1280, 1400)) {
      WorkspaceEditingBrowserIT.signIn(browser, portal, slug);
      browser.driver().get(portal.uri("/manage/registrants?event=" + event).toString());
      browser.settle();
      assertThat(report(browser)).isEqualTo("1–25 of 60");
      // the natural order: confirmed first, earliest sign-up first
      assertThat(names(browser).get(0)).isEqualTo("Person 40");
      browser.screenshot("manage-registrants");

      header(browser, "Name").click();
      waitForFirst(browser, "Person 01");
      header(browser, "Name").click();
      waitForFirst(browser, "Person 60");
      assertThat(header(browser, "Name").getAttribute("aria-sort")).isEqualTo("descending");

      new Select(browser.driver().findElement(By.id("registrants:table:statusFilter")))
          .selectByVisibleText("Waitlisted");
      until(browser, d -> report(browser).equals("1–10 of 10"));
      assertThat(statuses(browser)).hasSize(10).containsOnly("Waitlisted");
      assertThat(names(browser).get(0)).isEqualTo("Person 50"); // still by name, descending

      WebElement search = browser.driver().findElement(By.id("registrants:table:globalFilter"));
      search.sendKeys("Person 4");
      until(browser, d -> report(browser).equals("1–9 of 9"));
      assertThat(names(browser)).doesNotContain("Person 50").contains("Person 41", "Person 49");
    }
  }

  @Test
  void anAdministratorPagesThroughAThousandCollaboratives(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    long present = Long.parseLong(TestDatabase.queryString("SELECT count(*) FROM collaborative"));
    if (present < 1_000) {
      String prefix = TestDatabase.uniqueSlug("many");
      TestDatabase.update(
          "INSERT INTO collaborative (slug, name, short_name)"
              + " SELECT ? || '-' || i, 'Paged Collaborative ' || i, 'PC'"
              + " FROM generate_series(1, ?) i",
          prefix,
          (int) (1_000 - present));
    }
    long total = Long.parseLong(TestDatabase.queryString("SELECT count(*) FROM collaborative"));
    String admin = "admin-" + TestDatabase.uniqueSlug("pager") + "@example.org";
    TestDatabase.createAccount(admin, "Pager Admin", TestDatabase.PASSWORD, true);
    try (Browser browser = Browser.open(1280, 1400)) {
      browser.signIn(portal, admin, TestDatabase.PASSWORD);
      browser.driver().get(portal.uri("/admin/index").toString());
      browser.settle();
      assertThat(report(browser)).isEqualTo("1–25 of " + total);
      assertThat(rows(browser)).hasSize(25);
      browser.screenshot("admin-collaboratives");

      browser.driver().findElement(By.cssSelector(".ui-paginator-next")).click();
      until(browser, d -> report(browser).startsWith("26–50 of"));
      browser.driver().findElement(By.cssSelector(".ui-paginator-last")).click();
      long lastFirst = (total - 1) / 25 * 25 + 1;
      until(browser, d -> report(browser).startsWith(lastFirst + "–"));
      assertThat(rows(browser)).hasSize((int) (total - lastFirst + 1));

      new Select(browser.driver().findElement(By.cssSelector(".ui-paginator-rpp-options")))
          .selectByVisibleText("100");
      until(browser, d -> rows(browser).size() == 100 || report(browser).endsWith("of " + total));

      String one =
          TestDatabase.queryString("SELECT slug FROM collaborative ORDER BY id DESC LIMIT 1");
      browser.driver().findElement(By.id("list:table:globalFilter")).sendKeys(one);
      until(browser, d -> report(browser).equals("1–1 of 1"));
      assertThat(rows(browser).get(0).getText()).contains(one);
    }
  }

  @Test
  void aMaterialUploadShowsItsProgressAndAWrongFileIsStoppedInTheBrowser(Portal portal)
      throws Exception {
    String slug = WorkspaceEditingBrowserIT.editorOf("upload");
    long event =
        EventFixtures.insertEvent(
            slug,
            "Upload webinar",
            Instant.now().plus(Duration.ofDays(9)),
            Duration.ofHours(1),
            "America/Chicago",
            40);
    Path dir = Files.createTempDirectory("convene-upload");
    // a real PDF with a few MB after it, so that there is progress to show
    byte[] pdf = TestDocuments.pdf();
    byte[] big = java.util.Arrays.copyOf(pdf, pdf.length + 6 * 1024 * 1024);
    Path slides = Files.write(dir.resolve("slides.pdf"), big);
    Path notes = Files.writeString(dir.resolve("notes.txt"), "not a document");
    try (Browser browser = Browser.open(1280, 1400)) {
      WorkspaceEditingBrowserIT.signIn(browser, portal, slug);
      browser.driver().get(portal.uri("/manage/event?id=" + event).toString());
      browser.settle();

      // the "Choose a file" button (a button, holding no other control) opens the file field
      // after it, by mouse and by keyboard
      browser
          .driver()
          .executeScript(
              "window.pickerOpened = 0; document.querySelector('#materialUpload input[type=file]')"
                  + ".addEventListener('click', function (e) { e.preventDefault();"
                  + " window.pickerOpened++; });");
      WebElement choose =
          browser.driver().findElement(By.cssSelector("#materialUpload .ui-fileupload-choose"));
      assertThat(choose.getAttribute("role")).isEqualTo("button");
      assertThat(choose.findElements(By.tagName("input"))).isEmpty();
      choose.click();
      choose.sendKeys(org.openqa.selenium.Keys.ENTER);
      assertThat(
              ((Number) browser.driver().executeScript("return window.pickerOpened;")).intValue())
          .isEqualTo(2);

      // a text file never leaves the browser
      input(browser).sendKeys(notes.toString());
      until(
          browser,
          d -> !d.findElements(By.cssSelector("#materialUpload .ui-messages-error")).isEmpty());
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector("#materialUpload .ui-fileupload-messages"))
                  .getText())
          .containsIgnoringCase("invalid file type");
      assertThat(materials(event)).isZero();

      browser.driver().findElement(By.id("materialUpload:uploadTitle")).sendKeys("Slides");
      // every width the progress bar takes on the way
      browser
          .driver()
          .executeScript(
              "window.progressSeen = [];"
                  + "new MutationObserver(function () {"
                  + "  document.querySelectorAll('#materialUpload .ui-progressbar-value')"
                  + "    .forEach(function (v) { window.progressSeen.push(v.style.width); });"
                  + "}).observe(document.getElementById('materialUpload'),"
                  + " {subtree: true, childList: true, attributes: true});");
      input(browser).sendKeys(slides.toString());
      until(browser, d -> !d.findElement(By.id("page-messages")).getText().isBlank());
      assertThat(browser.driver().findElement(By.id("page-messages")).getText())
          .contains("“slides.pdf” is uploaded.");
      assertThat(browser.driver().findElement(By.id("materials")).getText()).contains("Slides");
      @SuppressWarnings("unchecked")
      List<String> seen =
          (List<String>) browser.driver().executeScript("return window.progressSeen;");
      assertThat(seen).as("the progress bar was shown").isNotEmpty();
      assertThat(materials(event)).isEqualTo(1);
      browser
          .driver()
          .executeScript("document.getElementById('materials-heading').scrollIntoView();");
      browser.screenshot("manage-event-upload");
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
        .until(
            d -> {
              browser.settle();
              return done.apply(d);
            });
  }

  private static long materials(long event) throws Exception {
    return Long.parseLong(
        TestDatabase.queryString("SELECT count(*) FROM material WHERE event_id = ?", event));
  }

  private static WebElement input(Browser browser) {
    return browser.driver().findElement(By.cssSelector("#materialUpload input[type=file]"));
  }

  private static String report(Browser browser) {
    return browser.driver().findElement(By.cssSelector(".ui-paginator-current")).getText();
  }

  private static List<WebElement> rows(Browser browser) {
    return browser.driver().findElements(By.cssSelector(".ui-datatable-data > tr[data-ri]"));
  }

  private static List<String> names(Browser browser) {
    return browser
        .driver()
        .findElements(By.cssSelector(".ui-datatable-data > tr > td:nth-child(1)"))
        .stream()
        .map(td -> td.getText().replaceFirst("^Name\\s*", "").strip())
        .toList();
  }

  private static List<String> statuses(Browser browser) {
    return browser
        .driver()
        .findElements(By.cssSelector(".ui-datatable-data > tr > td:nth-child(5)"))
        .stream()
        .map(td -> td.getText().replaceFirst("^Status\\s*", "").strip())
        .toList();
  }

  private static WebElement header(Browser browser, String text) {
    return browser.driver().findElements(By.cssSelector("th.ui-sortable-column")).stream()
        .filter(th -> th.getText().strip().toLowerCase().startsWith(text.toLowerCase()))
        .findFirst()
        .orElseThrow();
  }

  private static void waitForFirst(Browser browser, String name) {
    until(browser, d -> !names(browser).isEmpty() && names(browser).get(0).equals(name));
  }
}
