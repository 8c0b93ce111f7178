package org.convene.workspace;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The workspace as an editor uses it, in headless Chromium: the rich-text editor (typing with its
 * toolbar, pasting from Word) and a series' sessions added in one step.
 */
@ExtendWith(RunningPortal.class)
class WorkspaceEditingBrowserIT {

  static String editorOf(String prefix) throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug(prefix), "Workspace Health Collaborative", "WHC");
    String editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Workspace Editor", TestDatabase.PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    return slug;
  }

  static void signIn(Browser browser, Portal portal, String slug) {
    browser.signIn(portal, "editor-" + slug + "@example.org", TestDatabase.PASSWORD);
  }

  @Test
  void aPressReleaseWrittenInTheRichTextEditorAppearsSanitisedOnThePublicPage(Portal portal)
      throws Exception {
    String slug = editorOf("richtext");
    try (Browser browser = Browser.open(1280, 1400)) {
      signIn(browser, portal, slug);
      browser.driver().get(portal.uri("/manage/news").toString());
      browser.settle();
      browser.driver().findElement(By.id("news:title")).sendKeys("Network grows in 2026");

      WebElement text = browser.driver().findElement(By.cssSelector("#news\\:body .ql-editor"));
      // the editable area is named after its label for screen readers
      assertThat(text.getAttribute("role")).isEqualTo("textbox");
      String labelId = text.getAttribute("aria-labelledby");
      assertThat(browser.driver().findElement(By.id(labelId)).getText())
          .isEqualTo("Text of a post or press release");
      text.click();
      text.sendKeys("Our network ");
      toolbar(browser, "ql-bold").click();
      text.sendKeys("grew");
      toolbar(browser, "ql-bold").click();
      text.sendKeys(" this year.", Keys.ENTER);
      toolbar(browser, "ql-list[value='bullet']").click();
      text.sendKeys("Access", Keys.ENTER, "Quality", Keys.ENTER, Keys.ENTER);
      text.sendKeys("Read more at NRHI");
      new Actions(browser.driver())
          .keyDown(Keys.SHIFT)
          .sendKeys(Keys.LEFT, Keys.LEFT, Keys.LEFT, Keys.LEFT)
          .keyUp(Keys.SHIFT)
          .perform();
      toolbar(browser, "ql-link").click();
      WebElement address =
          browser.driver().findElement(By.cssSelector("#news\\:body .ql-tooltip input"));
      address.sendKeys("https://www.nrhi.org/", Keys.ENTER);
      browser.screenshot("manage-news-editor");

      browser.driver().findElement(By.id("news:published")).click();
      browser.submit(By.id("news:save"));
      assertThat(browser.driver().findElement(By.cssSelector(".messages")).getText())
          .contains("“Network grows in 2026” is saved.");

      String stored =
          TestDatabase.queryString(
              "SELECT n.body FROM news_item n JOIN collaborative c ON c.id = n.collaborative_id"
                  + " WHERE c.slug = ? AND n.title = 'Network grows in 2026'",
              slug);
      assertThat(stored)
          .contains("<strong>grew</strong>")
          .contains("<ul><li>Access</li><li>Quality</li></ul>")
          .contains("href=\"https://www.nrhi.org/\"")
          .doesNotContain("data-list")
          .doesNotContain("ql-");

      browser.driver().get(portal.uri("/c/" + slug + "/news/network-grows-in-2026").toString());
      browser.settle();
      WebElement body = browser.driver().findElement(By.cssSelector(".rich-text"));
      assertThat(body.findElement(By.tagName("strong")).getText()).isEqualTo("grew");
      List<WebElement> items = body.findElements(By.cssSelector("ul > li"));
      assertThat(items).extracting(WebElement::getText).containsExactly("Access", "Quality");
      WebElement link = body.findElement(By.cssSelector("a[href='https://www.nrhi.org/']"));
      assertThat(link.getText()).isEqualTo("NRHI");
      assertThat(link.getAttribute("rel")).contains("noopener");
    }
  }

  @Test
  void aPasteFromWordKeepsOnlyTheAllowedMarkupAndTheEditorIsTold(Portal portal) throws Exception {
    String slug = editorOf("paste");
    try (Browser browser = Browser.open(1280, 1200)) {
      signIn(browser, portal, slug);
      browser.driver().get(portal.uri("/manage/news").toString());
      browser.settle();
      browser.driver().findElement(By.id("news:title")).sendKeys("Pasted from Word");
      WebElement text = browser.driver().findElement(By.cssSelector("#news\\:body .ql-editor"));
      text.click();
      // a real paste event carrying Word's HTML, as the clipboard hands it to the page
      browser
          .driver()
          .executeScript(
              "var dt = new DataTransfer();"
                  + "dt.setData('text/html', arguments[1]); dt.setData('text/plain', 'x');"
                  + "arguments[0].dispatchEvent(new ClipboardEvent('paste',"
                  + " {clipboardData: dt, bubbles: true, cancelable: true}));",
              text,
              "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style>"
                  + "p.MsoNormal{font-family:Calibri}</style></head><body>"
                  + "<p class=\"MsoNormal\" style=\"color:#1F3864;font-size:14pt\"><b>Peer"
                  + " support</b> for <span style=\"font-family:Papyrus\">clinicians</span>"
                  + "<o:p></o:p></p><img src=\"https://evil.example/pixel.gif\">"
                  + "<p><font color=\"red\">Red words</font></p></body></html>");
      assertThat(text.getText()).contains("Peer support for clinicians").contains("Red words");
      browser.submit(By.id("news:save"));
      assertThat(browser.driver().findElement(By.cssSelector(".messages")).getText())
          .contains("is saved as a draft");
      String stored =
          TestDatabase.queryString(
              "SELECT n.body FROM news_item n JOIN collaborative c ON c.id = n.collaborative_id"
                  + " WHERE c.slug = ? AND n.title = 'Pasted from Word'",
              slug);
      assertThat(stored)
          .contains("<strong>Peer support</strong> for clinicians")
          .contains("Red words")
          .doesNotContain("style")
          .doesNotContain("class")
          .doesNotContain("font")
          .doesNotContain("img")
          .doesNotContain("evil.example")
          .doesNotContain("Mso");
    }
  }

  @Test
  void aBiWeeklyRunOfSixSessionsIsAddedInOneStepAndShownOnTheSeriesPage(Portal portal)
      throws Exception {
    String slug = editorOf("sessions");
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, status, published_at,"
            + " created_at, updated_at) SELECT id, 'wellbeing', 'Clinician Wellbeing', 'RUNNING',"
            + " now(), now(), now() FROM collaborative WHERE slug = ?",
        slug);
    String seriesId =
        TestDatabase.queryString(
            "SELECT s.id FROM event_series s JOIN collaborative c ON c.id = s.collaborative_id"
                + " WHERE c.slug = ?",
            slug);
    java.time.LocalDate first = java.time.LocalDate.now().plusDays(10);
    try (Browser browser = Browser.open(1280, 1600)) {
      signIn(browser, portal, slug);
      browser.driver().get(portal.uri("/manage/series?id=" + seriesId).toString());
      browser.settle();
      assertThat(browser.driver().findElement(By.id("sessions-heading")).getText())
          .isEqualTo("Sessions (0)");
      WebElement title = browser.driver().findElement(By.id("run:title"));
      assertThat(title.getAttribute("value")).isEqualTo("Clinician Wellbeing");
      assertThat(
              new org.openqa.selenium.support.ui.Select(
                      browser.driver().findElement(By.id("run:recurrence")))
                  .getFirstSelectedOption()
                  .getText())
          .isEqualTo("Every other week (bi-weekly)");
      set(browser, "run:firstDate", first.toString());
      set(browser, "run:startTime", "12:00");
      set(browser, "run:endTime", "13:00");
      WebElement count = browser.driver().findElement(By.id("run:count"));
      count.clear();
      count.sendKeys("6");
      browser.driver().findElement(By.id("run:published")).click();
      browser.submit(By.id("run:addSessions"));
      assertThat(browser.driver().findElement(By.cssSelector(".messages")).getText())
          .contains("6 sessions were added to the series and published.");
      List<WebElement> sessions =
          browser.driver().findElements(By.cssSelector("#series-sessions > li"));
      assertThat(sessions).hasSize(6);
      assertThat(sessions.get(0).getText()).contains("Clinician Wellbeing — session 1");
      assertThat(sessions.get(5).getText()).contains("Clinician Wellbeing — session 6");
      browser
          .driver()
          .executeScript("document.getElementById('sessions-heading').scrollIntoView();");
      browser.screenshot("manage-series-sessions");
      // session 2 is to come first: "Later" on session 1 exchanges their dates
      browser.submit(By.cssSelector("#series-sessions > li:first-child [id$=':later']"));
      assertThat(browser.driver().findElement(By.cssSelector(".messages")).getText())
          .contains("“Clinician Wellbeing — session 1” moved later");
      sessions = browser.driver().findElements(By.cssSelector("#series-sessions > li"));
      assertThat(sessions.get(0).getText()).contains("Clinician Wellbeing — session 2");
      assertThat(sessions.get(1).getText()).contains("Clinician Wellbeing — session 1");
      assertThat(
              browser
                  .driver()
                  .findElements(
                      By.cssSelector("#series-sessions > li:first-child [id$=':earlier']")))
          .isEmpty();

      browser.driver().get(portal.uri("/c/" + slug + "/series/wellbeing").toString());
      browser.settle();
      List<WebElement> shown =
          browser.driver().findElements(By.cssSelector("ol.session-list > li time"));
      assertThat(shown).hasSize(6);
      assertThat(browser.driver().findElement(By.cssSelector("ol.session-list > li")).getText())
          .contains("Clinician Wellbeing — session 2");
      List<String> days =
          shown.stream().map(t -> t.getAttribute("datetime").substring(0, 10)).toList();
      // every other week, at noon Chicago time (UTC dates can only be the same day here)
      for (int i = 0; i < 6; i++) {
        assertThat(days.get(i)).isEqualTo(first.plusWeeks(2L * i).toString());
      }
    }
  }

  @Test
  void anEventIsCancelledOnlyAfterTheEditorConfirmsKnowingWhoWillBeTold(Portal portal)
      throws Exception {
    String slug = editorOf("cancel");
    long event =
        org.convene.testing.EventFixtures.insertEvent(
            slug,
            "Webinar to call off",
            java.time.Instant.now().plus(java.time.Duration.ofDays(8)),
            java.time.Duration.ofHours(1),
            "America/Chicago",
            30);
    TestDatabase.update(
        "INSERT INTO registration (collaborative_id, event_id, name, email, status,"
            + " cancel_token_sha256, requested_at) SELECT collaborative_id, id, 'Reg ' || i,"
            + " 'reg' || i || '-' || id || '@example.org', 'CONFIRMED', md5(random()::text || i),"
            + " now() FROM event, generate_series(1, 2) i WHERE id = ?",
        event);
    try (Browser browser = Browser.open(1280, 1400)) {
      signIn(browser, portal, slug);
      browser.driver().get(portal.uri("/manage/event?id=" + event).toString());
      browser.settle();
      browser.submit(By.id("lifecycle:askCancel"));
      WebElement question = browser.driver().findElement(By.id("confirmCancel"));
      assertThat(question.getText())
          .contains("Cancel “Webinar to call off”?")
          .contains("2 people registered or on the waitlist will be told by e-mail at once.");
      assertThat(question.getAttribute("role")).isEqualTo("alertdialog");
      assertThat(status(event)).isEqualTo("SCHEDULED");

      browser.submit(By.id("confirmCancel:keep"));
      assertThat(browser.driver().findElements(By.id("confirmCancel"))).isEmpty();
      assertThat(status(event)).isEqualTo("SCHEDULED");

      browser.submit(By.id("lifecycle:askCancel"));
      assertThat(
              browser
                  .driver()
                  .findElement(By.id("confirmCancel:cancelEvent"))
                  .getDomProperty("value"))
          .isEqualTo("Yes, cancel it and tell 2 people");
      browser.submit(By.id("confirmCancel:cancelEvent"));
      assertThat(status(event)).isEqualTo("CANCELLED");
      assertThat(browser.driver().findElement(By.cssSelector(".messages")).getText())
          .containsIgnoringCase("cancelled");
    }
  }

  private static String status(long event) throws Exception {
    return TestDatabase.queryString("SELECT status FROM event WHERE id = ?", event);
  }

  private static WebElement toolbar(Browser browser, String button) {
    return browser.driver().findElement(By.cssSelector("#news\\:body_toolbar button." + button));
  }

  /** Sets a date or time input's value as its picker would. */
  private static void set(Browser browser, String id, String value) {
    browser
        .driver()
        .executeScript(
            "var i = document.getElementById(arguments[0]); i.value = arguments[1];"
                + " i.dispatchEvent(new Event('change', {bubbles: true}));",
            id,
            value);
  }
}
