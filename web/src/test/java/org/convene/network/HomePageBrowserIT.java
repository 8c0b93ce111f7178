package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convene.testing.Browser;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

@ExtendWith(RunningPortal.class)
class HomePageBrowserIT {

  @Test
  void homeListsTheCollaborativesInARealBrowser(Portal portal) throws Exception {
    String network = TestDatabase.ensureNetwork();
    TestDatabase.insertCollaborative(
        TestDatabase.uniqueSlug("browser"), "Gamma Regional Health Alliance", "GRHA");

    try (Browser browser = Browser.open(1280, 1400)) {
      browser.driver().get(portal.uri("/").toString());
      browser.settle();

      assertThat(browser.driver().getTitle()).isEqualTo("Home · TNRI");
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(network);
      List<String> shown =
          browser.driver().findElements(By.cssSelector(".collaborative-card")).stream()
              .map(card -> card.getAttribute("data-slug"))
              .toList();
      assertThat(shown).isEqualTo(TestDatabase.firstActiveSlugs(12));
      WebElement first = browser.driver().findElement(By.cssSelector(".collaborative-card h3 a"));
      assertThat(first.isDisplayed()).isTrue();

      Path shot = browser.screenshot("home");
      assertThat(Files.size(shot)).isGreaterThan(10_000);

      first.click();
      assertThat(browser.driver().getCurrentUrl()).endsWith("/c/" + shown.get(0));
    }
  }

  /**
   * A visitor in Berlin sees each event's time in their own zone, named in full, on every page that
   * lists times — the network's events, a space's events, a series' sessions and the event page —
   * next to the organiser's; a visitor in the organiser's zone is not told it twice.
   */
  @Test
  void visitorsSeeTimesInTheirOwnZoneWhereverTimesAreShown(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("zone"), "Zone Collab", "ZC");
    // 18:00 UTC in winter: noon in Chicago, 7 pm in Berlin
    java.time.Instant start =
        java.time.ZonedDateTime.of(
                java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                    .plusDays(10)
                    .withDayOfMonth(1)
                    .plusMonths(1),
                java.time.LocalTime.of(18, 0),
                java.time.ZoneOffset.UTC)
            .toInstant();
    boolean winter =
        java.time.ZoneId.of("Europe/Berlin").getRules().getOffset(start).getTotalSeconds() == 3600
            && java.time.ZoneId.of("America/Chicago").getRules().getOffset(start).getTotalSeconds()
                == -6 * 3600;
    long event =
        org.convene.testing.EventFixtures.insertEvent(
            slug, "Zoned talk", start, java.time.Duration.ofHours(1), "America/Chicago", 30);
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, status, published_at,"
            + " created_at, updated_at) SELECT id, 'zoned', 'Zoned series', 'RUNNING', now(),"
            + " now(), now() FROM collaborative WHERE slug = ?",
        slug);
    TestDatabase.update(
        "UPDATE event SET series_id = (SELECT id FROM event_series WHERE slug = 'zoned'"
            + " AND collaborative_id = event.collaborative_id) WHERE id = ?",
        event);
    String berlin =
        winter ? "7:00 PM–8:00 PM (Central European Standard Time)" : "(Central European";
    try (Browser browser = Browser.open(1280, 1000)) {
      browser
          .driver()
          .executeCdpCommand(
              "Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "Europe/Berlin"));
      for (String page :
          List.of(
              "/events?collaborative=" + slug,
              "/c/" + slug + "/events",
              "/c/" + slug + "/series/zoned",
              "/c/" + slug + "/events/" + event)) {
        browser.driver().get(portal.uri(page).toString());
        browser.settle();
        List<String> local =
            browser.driver().findElements(By.cssSelector("[data-local-time]")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .map(text -> text.replace('\u202f', ' ').replace('\u00a0', ' '))
                .toList();
        assertThat(local).as(page).isNotEmpty();
        assertThat(local.get(0)).as(page).startsWith("Your time: ").contains(berlin);
      }
      // the month grid: the visitor's day and time under the organiser's, the zone named once
      browser
          .driver()
          .get(
              portal
                  .uri(
                      "/events?view=month&collaborative="
                          + slug
                          + "&month="
                          + java.time.YearMonth.from(start.atZone(java.time.ZoneOffset.UTC)))
                  .toString());
      browser.settle();
      WebElement cell = browser.driver().findElement(By.cssSelector(".month-grid__local"));
      assertThat(cell.isDisplayed()).isTrue();
      assertThat(cell.getText().replace('\u202f', ' '))
          .startsWith("Your time: ")
          .contains(winter ? "7:00 PM" : ":00");
      assertThat(browser.driver().findElement(By.cssSelector("[data-local-zone]")).getText())
          .isEqualTo(
              winter
                  ? "“Your time” below: Central European Standard Time."
                  : "“Your time” below: Central European Summer Time.");
      browser
          .driver()
          .executeCdpCommand(
              "Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "America/Chicago"));
      browser.driver().get(portal.uri("/c/" + slug + "/events").toString());
      browser.settle();
      assertThat(browser.driver().findElements(By.cssSelector("[data-local-time]")))
          .isNotEmpty()
          .noneMatch(WebElement::isDisplayed);
    }
  }

  @Test
  void theFirstTabReachesTheSkipLinkWhichMovesFocusToTheContent(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    try (Browser browser = Browser.open(1024, 768)) {
      browser.driver().get(portal.uri("/").toString());
      browser.settle();

      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      WebElement focused = browser.driver().switchTo().activeElement();
      assertThat(focused.getText()).isEqualTo("Skip to main content");
      assertThat(focused.isDisplayed()).isTrue();

      focused.sendKeys(Keys.ENTER);
      assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }
  }

  @Test
  void onAPhoneTheCardsStackInOneColumn(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("phone"), "Delta Care Network", "DCN");
    TestDatabase.insertCollaborative(
        TestDatabase.uniqueSlug("phone"), "Epsilon Health Forum", "EHF");
    try (Browser browser = Browser.phone(390, 844)) {
      browser.driver().get(portal.uri("/").toString());
      browser.settle();

      List<WebElement> cards = browser.driver().findElements(By.cssSelector(".collaborative-card"));
      assertThat(cards).hasSizeGreaterThanOrEqualTo(2);
      assertThat(cards.get(0).getRect().getX()).isEqualTo(cards.get(1).getRect().getX());
      Long viewport =
          (Long) browser.driver().executeScript("return document.documentElement.clientWidth;");
      Long content =
          (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
      assertThat(viewport).as("phone viewport").isEqualTo(390);
      assertThat(content).as("no horizontal scrolling").isLessThanOrEqualTo(viewport);
      browser.screenshot("home-phone");
    }
  }
}
