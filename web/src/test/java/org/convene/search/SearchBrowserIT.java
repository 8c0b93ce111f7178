package org.convene.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.testing.Browser;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** A visitor types in the header's search box, narrows by a facet and opens a result. */
@ExtendWith(RunningPortal.class)
class SearchBrowserIT {

  private static String fixtures() throws Exception {
    TestDatabase.ensureNetwork();
    String word =
        "zqbrowse" + Long.toString(System.nanoTime() % 100_000_000L, 26).replaceAll("[0-9]", "y");
    String lakes =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("srchb"), "Lakes Health", "LH");
    for (String title :
        new String[] {"Peer " + word + " huddles for nurses", word + " and moral distress"}) {
      TestDatabase.update(
          "INSERT INTO event (collaborative_id, slug, title, abstract, starts_at, ends_at,"
              + " zone_id, format, status, published_at, created_at, updated_at)"
              + " SELECT id, 'e-' || substr(md5(random()::text), 1, 10), ?,"
              + " 'Clinicians share what worked: short, regular huddles led by peers.',"
              + " now() + interval '5 days', now() + interval '5 days 1 hour', 'UTC', 'ONLINE',"
              + " 'SCHEDULED', now(), now(), now() FROM collaborative WHERE slug = ?",
          title,
          lakes);
    }
    TestDatabase.update(
        "INSERT INTO news_item (collaborative_id, slug, kind, title, summary, dated, published_at,"
            + " created_at, updated_at) SELECT id, 'n-' || substr(md5(random()::text), 1, 10),"
            + " 'POST', ?, 'What the network learned.', current_date, now(), now(), now()"
            + " FROM collaborative WHERE slug = ?",
        "The " + word + " playbook, one year on",
        lakes);
    return word;
  }

  @Test
  void typeNarrowAndOpen(Portal portal) throws Exception {
    String word = fixtures();
    try (Browser browser = Browser.open(1280, 1200)) {
      browser.driver().get(portal.uri("/").toString());
      browser.settle();
      browser.driver().findElement(By.id("site-search-q")).sendKeys(word + Keys.ENTER);
      arriveAt(browser, "/search?q=" + word);

      assertThat(browser.driver().getCurrentUrl()).contains("/search?q=" + word);
      assertThat(browser.driver().findElements(By.cssSelector(".search-hit"))).hasSize(3);
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector(".search-hit__snippet mark, .search-hit__title"))
                  .isDisplayed())
          .isTrue();
      browser.screenshot("search");

      browser
          .driver()
          .findElement(By.xpath("//a[contains(@class,'facet__link')][span[text()='News']]"))
          .click();
      arriveAt(browser, "kind=NEWS");
      assertThat(browser.driver().findElements(By.cssSelector(".search-hit"))).hasSize(1);
      assertThat(browser.driver().findElement(By.cssSelector(".facet__link--on")).getText())
          .startsWith("News");
      browser.screenshot("search-narrowed");

      browser.driver().findElement(By.cssSelector(".search-hit__title a")).click();
      arriveAt(browser, "/news/n-");
      assertThat(browser.driver().getCurrentUrl()).contains("/news/n-");
      assertThat(browser.driver().findElement(By.tagName("h1")).getText())
          .isEqualTo("The " + word + " playbook, one year on");
    }
  }

  /** Waits for the navigation a key press or click started (settle alone may see the old page). */
  private static void arriveAt(Browser browser, String part) {
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(15))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(part));
    browser.settle();
  }

  @Test
  void onAPhoneTheResultsFitTheScreen(Portal portal) throws Exception {
    String word = fixtures();
    try (Browser browser = Browser.phone(390, 844)) {
      browser.driver().get(portal.uri("/search?q=" + word).toString());
      browser.settle();
      long width =
          (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
      assertThat(width).isLessThanOrEqualTo(390);
      browser.screenshot("search-phone");
    }
  }
}
