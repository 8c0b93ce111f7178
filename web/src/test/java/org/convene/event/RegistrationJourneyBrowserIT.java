package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.convene.testing.Browser;
import org.convene.testing.EventFixtures;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * In headless Chromium: a visitor finds an event on the network calendar, registers and sees the
 * confirmation; the collaborative's editor then sees the registrant and exports the CSV.
 */
@ExtendWith(RunningPortal.class)
class RegistrationJourneyBrowserIT {

  @Test
  void aVisitorRegistersAndTheEditorSeesAndExportsTheRegistrant(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("stratis"), "Stratis Health", "Stratis Health");
    String editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Stratis Editor", EventEditingIT.PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    long event =
        EventFixtures.insertEvent(
            slug,
            "Healthy selfies: staff wellbeing habits that stick",
            Instant.now().plus(Duration.ofDays(6)),
            Duration.ofHours(1),
            "America/Chicago",
            12);
    String visitor = "grace-" + slug + "@example.org";

    try (Browser browser = Browser.open(1280, 1400)) {
      var driver = browser.driver();
      driver.get(portal.uri("/events?collaborative=" + slug).toString());
      browser.settle();
      driver.findElement(By.linkText("Healthy selfies: staff wellbeing habits that stick")).click();
      browser.settle();
      assertThat(driver.findElement(By.id("seats")).getText()).contains("12 of 12 seats left");
      assertThat(driver.getPageSource()).doesNotContain("secret-join");
      driver.findElement(By.id("reg-name")).sendKeys("Grace Hopper-Nurse");
      driver.findElement(By.id("reg-email")).sendKeys(visitor);
      driver.findElement(By.id("reg-organization")).sendKeys("Mayo Clinic");
      driver.findElement(By.id("reg-profession")).sendKeys("Nurse");
      browser.screenshot("event-page-before-registering");
      driver.findElement(By.id("register-button")).click();
      browser.settle();
      assertThat(driver.findElement(By.id("registration-confirmation")).getText())
          .contains("You are registered for Healthy selfies")
          .contains(visitor);
      browser.screenshot("event-page-registered");
    }
    assertThat(EventFixtures.registrations(event, "CONFIRMED")).isEqualTo(1);

    try (Browser browser = Browser.open(1280, 1200)) {
      var driver = browser.driver();
      browser.signIn(portal, editor, EventEditingIT.PASSWORD);
      driver.findElement(By.linkText("Events and series")).click();
      browser.settle();
      driver.findElement(By.linkText("Registrants")).click();
      browser.settle();
      assertThat(driver.findElement(By.id("registrants:table")).getText())
          .contains("Grace Hopper-Nurse")
          .contains(visitor)
          .contains("Confirmed");
      browser.screenshot("journey-registrants");

      String csvUrl = driver.findElement(By.id("export-csv")).getAttribute("href");
      Cookie session = driver.manage().getCookieNamed("JSESSIONID");
      HttpResponse<String> csv =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(java.net.URI.create(csvUrl))
                      .header("Cookie", "JSESSIONID=" + session.getValue())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
      assertThat(csv.body())
          .contains("Grace Hopper-Nurse," + visitor + ",Mayo Clinic,Nurse,Confirmed");
    }
  }
}
