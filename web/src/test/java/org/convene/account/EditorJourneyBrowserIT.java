package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convene.testing.Browser;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.convene.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.Color;

/**
 * An editor signs in, changes the tagline and primary colour, sees the public page change; an
 * administrator then finds both changes in the audit log. All in headless Chromium.
 */
@ExtendWith(RunningPortal.class)
class EditorJourneyBrowserIT {

  @Test
  void editorChangesTaglineAndColourAndTheAdministratorSeesBothInTheAuditLog(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("journey"), "Journey Health Collaborative", "JHC");
    String editor = "editor-" + slug + "@example.org";
    String admin = "admin-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Journey Editor", SignInIT.PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    TestDatabase.createAccount(admin, "Journey Admin", SignInIT.PASSWORD, true);

    try (Browser browser = Browser.open(1280, 1200)) {
      signIn(browser, portal, editor);
      assertThat(browser.driver().getCurrentUrl()).endsWith("/manage/");

      browser.driver().get(portal.uri("/manage/profile").toString());
      browser.settle();
      WebElement tagline = browser.driver().findElement(By.id("profile:tagline"));
      tagline.clear();
      tagline.sendKeys("Improving health together, now in colour");
      browser.screenshot("manage-profile");
      browser.submit(By.id("profile:save"));
      assertThat(browser.driver().findElement(By.cssSelector(".messages")).getText())
          .contains("is saved and public now");

      long event =
          org.convene.testing.EventFixtures.insertEvent(
              slug,
              "Journey webinar",
              java.time.Instant.now().plus(java.time.Duration.ofDays(6)),
              java.time.Duration.ofHours(1),
              "America/Chicago",
              30);
      browser.driver().get(portal.uri("/manage/event?id=" + event).toString());
      browser.settle();
      browser
          .driver()
          .executeScript("document.getElementById('materials-heading').scrollIntoView();");
      browser.screenshot("manage-event-materials");
      assertThat(browser.driver().findElement(By.id("storage-use")).getText())
          .isEqualTo("Files use 0.0 MB of your collaborative's 500.0 MB.");

      browser.driver().get(portal.uri("/manage/branding").toString());
      browser.settle();
      browser
          .driver()
          .executeScript(
              "var i = document.getElementById('colours:primary'); i.value = '#2e7d32';"
                  + " i.dispatchEvent(new Event('input'));");
      String preview =
          (String)
              browser
                  .driver()
                  .executeScript(
                      "return getComputedStyle(document.querySelector('.preview__band')).backgroundColor;");
      assertThat(Color.fromString(preview).asHex()).isEqualTo("#2e7d32");
      browser.screenshot("manage-branding");
      browser.submit(By.id("colours:save"));

      Path logo =
          Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "logo-", ".png");
      Files.write(logo, TestImages.png());
      browser.driver().findElement(By.id("logo:file")).sendKeys(logo.toString());
      browser.submit(By.id("logo:upload"));
      assertThat(browser.driver().findElement(By.cssSelector(".messages")).getText())
          .contains("The new logo is saved");

      browser.driver().get(portal.uri("/c/" + slug).toString());
      browser.settle();
      assertThat(browser.driver().findElement(By.cssSelector(".space-band__tagline")).getText())
          .isEqualTo("Improving health together, now in colour");
      String band =
          browser
              .driver()
              .findElement(By.cssSelector(".space-band"))
              .getCssValue("background-color");
      assertThat(Color.fromString(band).asHex()).isEqualTo("#2e7d32");
      Boolean logoShown =
          (Boolean)
              browser
                  .driver()
                  .executeScript(
                      "var i = document.querySelector('.space-band__logo');"
                          + " return i !== null && i.complete && i.naturalWidth > 0;");
      assertThat(logoShown).as("uploaded logo on the public page").isTrue();
      browser.screenshot("journey-public-page");
    }

    try (Browser browser = Browser.open(1280, 1200)) {
      signIn(browser, portal, admin);
      browser.driver().get(portal.uri("/admin/audit?collaborative=" + slug).toString());
      browser.settle();
      List<String> rows =
          browser.driver().findElements(By.cssSelector(".audit-table tbody tr")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(rows)
          .anySatisfy(
              r ->
                  assertThat(r)
                      .contains(editor)
                      .contains("profile.update")
                      .contains("Improving health together, now in colour"))
          .anySatisfy(
              r -> assertThat(r).contains(editor).contains("branding.colours").contains("#2e7d32"));
      browser.screenshot("admin-audit");
      browser.driver().get(portal.uri("/admin/index").toString());
      browser.settle();
      browser.screenshot("admin-collaboratives");
      browser.driver().get(portal.uri("/admin/accounts").toString());
      browser.settle();
      browser.screenshot("admin-accounts");
    }
  }

  private static void signIn(Browser browser, Portal portal, String email) {
    // waits for the page the sign-in leads to (a settle alone may still see the sign-in page)
    browser.signIn(portal, email, SignInIT.PASSWORD);
  }
}
