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
