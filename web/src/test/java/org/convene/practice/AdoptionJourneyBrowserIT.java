package org.convene.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.testing.Browser;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In headless Chromium, an editor of one collaborative records that it adapted another's practice;
 * the originator's practice page shows the adoption in its lineage, drawn and listed, at once.
 */
@ExtendWith(RunningPortal.class)
class AdoptionJourneyBrowserIT {

  static final String PASSWORD = "correct horse battery staple";

  @Test
  void anEditorRecordsAnAdaptationAndTheOriginatorsLineageShowsIt(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String origin =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("jorig"), "Lakeside Quality Institute", "LQI");
    String adopter =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("jadopt"), "Prairie Health Alliance", "PHA");
    for (String[] p :
        new String[][] {
          {origin, "stress-first-aid", "Stress first aid for frontline teams"},
          {adopter, "stress-first-aid-clinics", "Stress first aid for small clinics"}
        }) {
      TestDatabase.update(
          "INSERT INTO practice (collaborative_id, slug, name, summary, published_at, created_at,"
              + " updated_at) SELECT id, ?, ?, 'Seven actions for noticing stress early.', now(),"
              + " now(), now() FROM collaborative WHERE slug = ?",
          p[1],
          p[2],
          p[0]);
    }
    String editor = "editor-" + adopter + "@example.org";
    TestDatabase.createAccount(editor, "Prairie Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, adopter);

    try (Browser browser = Browser.open(1280, 1200)) {
      browser.driver().get(portal.uri("/login").toString());
      browser.settle();
      browser.driver().findElement(By.id("login:email")).sendKeys(editor);
      browser.driver().findElement(By.id("login:password")).sendKeys(PASSWORD);
      browser.submit(By.id("login:submit"));

      browser.driver().get(portal.uri("/manage/adoptions").toString());
      browser.settle();
      new Select(browser.driver().findElement(By.id("adoption:practiceId")))
          .selectByVisibleText("LQI — Stress first aid for frontline teams");
      new Select(browser.driver().findElement(By.id("adoption:status")))
          .selectByVisibleText("Adopted");
      browser
          .driver()
          .findElement(By.id("adoption:changes"))
          .sendKeys("Half-day training split into two lunch hours.");
      new Select(browser.driver().findElement(By.id("adoption:adaptationId")))
          .selectByVisibleText("Stress first aid for small clinics");
      browser.driver().findElement(By.id("adoption:published")).click();
      browser.screenshot("manage-adoptions");
      browser.submit(By.id("adoption:save"));
      assertThat(browser.driver().findElement(By.cssSelector(".messages")).getText())
          .contains("The adoption is saved and shown on the practice page.");
      assertThat(browser.driver().findElement(By.id("adoptions-table")).getText())
          .contains("Stress first aid for frontline teams")
          .contains("Adopted");

      browser.driver().get(portal.uri("/c/" + origin + "/practices/stress-first-aid").toString());
      browser.settle();
      String lineage = browser.driver().findElement(By.id("lineage")).getText();
      assertThat(lineage)
          .contains("Adopted once by 1 collaborative")
          .contains("Prairie Health Alliance")
          .contains("adapted as Stress first aid for small clinics");
      assertThat(browser.driver().findElements(By.cssSelector("#lineage-diagram svg rect")).size())
          .isEqualTo(2);
      browser.screenshot("practice-lineage");
    }
  }
}
