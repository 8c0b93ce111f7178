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
    String slug =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("browser"), "Gamma Regional Health Alliance", "GRHA");

    try (Browser browser = Browser.open(1280, 1400)) {
      browser.driver().get(portal.uri("/").toString());
      browser.settle();

      assertThat(browser.driver().getTitle()).endsWith(" · TNRI").startsWith("Home");
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(network);
      List<WebElement> cards = browser.driver().findElements(By.cssSelector(".collaborative-card"));
      assertThat(cards).isNotEmpty();
      WebElement card =
          browser
              .driver()
              .findElement(By.cssSelector(".collaborative-card[data-slug='" + slug + "']"));
      assertThat(card.isDisplayed()).isTrue();
      assertThat(card.findElement(By.tagName("h3")).getText())
          .isEqualTo("Gamma Regional Health Alliance");

      Path shot = browser.screenshot("home");
      assertThat(Files.size(shot)).isGreaterThan(10_000);
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
      Long scrollWidth =
          (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
      assertThat(scrollWidth).as("no horizontal scrolling").isLessThanOrEqualTo(390);
      browser.screenshot("home-phone");
    }
  }
}
