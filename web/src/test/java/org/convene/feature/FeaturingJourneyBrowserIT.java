package org.convene.feature;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.Select;

/**
 * In headless Chromium: an administrator features a member and an event, and both appear on the
 * network home; an editor publishes a resource tagged with a topic, and it appears on the topic
 * page. Screenshots of both pages go to web/target/screenshots.
 */
@ExtendWith(RunningPortal.class)
class FeaturingJourneyBrowserIT {

  static final String PASSWORD = "correct horse battery staple";

  private static void signIn(Browser browser, Portal portal, String email) {
    browser.signIn(portal, email, PASSWORD);
  }

  @Test
  void featuredItemsReachTheHomeAndATaggedResourceReachesItsTopic(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug = TestDatabase.uniqueSlug("journey");
    String name = "Journey Health Collaborative " + slug;
    TestDatabase.insertCollaborative(slug, name, "JHC");
    String admin = "admin-" + slug + "@example.org";
    String editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(admin, "Journey Admin", PASSWORD, true);
    TestDatabase.createAccount(editor, "Journey Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    String eventTitle = "Moral distress roundtable " + slug;
    EventFixtures.insertEvent(
        slug,
        eventTitle,
        Instant.now().plus(Duration.ofDays(12)),
        Duration.ofMinutes(45),
        "America/Chicago",
        200);
    String topicSlug = TestDatabase.uniqueSlug("wellbeing");
    String topicName = "Wellbeing " + topicSlug;
    TestDatabase.update(
        "INSERT INTO topic (slug, name, created_at) VALUES (?, ?, now())", topicSlug, topicName);

    try (Browser browser = Browser.open(1280, 1600)) {
      var driver = browser.driver();
      signIn(browser, portal, admin);
      driver.get(portal.uri("/admin/featuring").toString());
      browser.settle();
      // the member picker searches as one types
      driver.findElement(By.id("member:memberPick_input")).sendKeys(slug);
      new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
          .until(
              d ->
                  d.findElements(By.cssSelector(".ui-autocomplete-item")).stream()
                      .anyMatch(item -> item.getText().startsWith(name)));
      driver.findElements(By.cssSelector(".ui-autocomplete-item")).stream()
          .filter(item -> item.getText().startsWith(name))
          .findFirst()
          .orElseThrow()
          .click();
      driver
          .findElement(By.id("member:memberBlurb"))
          .sendKeys("A collaborative that shows the way.");
      driver.findElement(By.id("member:replace")).click();
      browser.submit(By.id("member:save"));
      assertThat(driver.findElement(By.cssSelector(".messages")).getText())
          .contains("The member is featured");
      // the event picker searches titles as one types
      driver.findElement(By.id("item:eventPick_input")).sendKeys(eventTitle);
      new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
          .until(
              d ->
                  d.findElements(By.cssSelector(".ui-autocomplete-item")).stream()
                      .anyMatch(
                          item -> item.isDisplayed() && item.getText().startsWith(eventTitle)));
      driver.findElements(By.cssSelector(".ui-autocomplete-item")).stream()
          .filter(item -> item.isDisplayed() && item.getText().startsWith(eventTitle))
          .findFirst()
          .orElseThrow()
          .click();
      driver.findElement(By.id("item:replace")).click();
      browser.submit(By.id("item:save"));
      assertThat(driver.findElement(By.cssSelector(".messages")).getText())
          .contains("The event is featured");

      driver.get(portal.uri("/").toString());
      browser.settle();
      assertThat(driver.findElement(By.id("featured-member")).getText())
          .contains(name)
          .contains("A collaborative that shows the way.");
      assertThat(driver.findElement(By.id("featured-item")).getText()).contains(eventTitle);
      browser.screenshot("network-home-featured");
    }

    try (Browser browser = Browser.open(1280, 1600)) {
      var driver = browser.driver();
      signIn(browser, portal, editor);
      driver.get(portal.uri("/manage/resources").toString());
      browser.settle();
      driver.findElement(By.id("resource:title")).sendKeys("Peer support guide " + slug);
      new Select(driver.findElement(By.id("resource:kind"))).selectByVisibleText("Toolkit");
      driver.findElement(By.id("resource:url")).sendKeys("https://example.org/peer-support");
      driver
          .findElement(By.id("resource:summary"))
          .sendKeys("How to start a peer support programme.");
      driver.findElement(By.xpath("//label[normalize-space()='" + topicName + "']")).click();
      driver.findElement(By.xpath("//label[@for='resource:published']")).click();
      browser.submit(By.id("resource:save"));
      assertThat(driver.findElement(By.cssSelector(".messages")).getText()).contains("is saved.");

      driver.get(portal.uri("/topics/" + topicSlug).toString());
      browser.settle();
      assertThat(driver.findElement(By.id("topic-resources")).getText())
          .contains("Peer support guide " + slug);
      browser.screenshot("topic-page");
    }
  }
}
