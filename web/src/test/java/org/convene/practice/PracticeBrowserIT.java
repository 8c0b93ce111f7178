package org.convene.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.testing.Browser;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A practice page on a phone: every link of the space's navigation shown, nothing to scroll
 * sideways.
 */
@ExtendWith(RunningPortal.class)
class PracticeBrowserIT {

  @Test
  void onAPhoneAPracticePageFitsAndItsSpaceNavigationWraps(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("pphone"), "Northern Plains Quality Collaborative", "NPQC");
    TestDatabase.update(
        "INSERT INTO practice (collaborative_id, slug, name, summary, how_it_works,"
            + " evidence_level, published_at, created_at, updated_at)"
            + " SELECT id, 'telehealth-check-ins', 'Telehealth check-ins for rural caregivers',"
            + " 'Weekly video check-ins.', 'A nurse calls each caregiver once a week.',"
            + " 'EVALUATED', now(), now(), now() FROM collaborative WHERE slug = ?",
        slug);
    try (Browser browser = Browser.phone(390, 844)) {
      browser.driver().get(portal.uri("/c/" + slug + "/practices/telehealth-check-ins").toString());
      browser.settle();

      assertThat(browser.driver().findElement(By.id("practice-title")).getText())
          .isEqualTo("Telehealth check-ins for rural caregivers");
      assertThat(browser.driver().findElements(By.cssSelector(".space-nav a")))
          .extracting(a -> a.getText())
          .containsExactly("Home", "Events", "Resources", "Practices", "News");
      browser
          .driver()
          .findElements(By.cssSelector(".space-nav a"))
          .forEach(a -> assertThat(a.isDisplayed()).as(a.getText()).isTrue());
      Long viewport =
          (Long) browser.driver().executeScript("return document.documentElement.clientWidth;");
      Long content =
          (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
      assertThat(content).as("no horizontal scrolling").isLessThanOrEqualTo(viewport);
      browser.screenshot("practice-phone");
    }
  }
}
