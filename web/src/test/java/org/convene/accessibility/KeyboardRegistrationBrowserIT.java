package org.convene.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convene.testing.Browser;
import org.convene.testing.EventFixtures;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A visitor who uses only the keyboard registers for an event: the first Tab reaches a visible
 * "Skip to main content" link, every control on the way to the form shows where the focus is, the
 * fields have labels, and a mistake comes back as an alert with the field marked invalid and
 * described by its message — then the corrected form registers them.
 */
@ExtendWith(RunningPortal.class)
class KeyboardRegistrationBrowserIT {

  @Test
  void aKeyboardOnlyVisitorRegistersAndHearsWhatWasWrong(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("keys"), "Keyboard Health", "KH");
    long event =
        EventFixtures.insertEvent(
            slug,
            "Keyboard webinar",
            Instant.now().plus(Duration.ofDays(6)),
            Duration.ofHours(1),
            "America/Chicago",
            30);
    try (Browser browser = Browser.open(1280, 1000)) {
      browser.driver().get(portal.uri("/c/" + slug + "/events/" + event).toString());
      browser.settle();
      Actions keys = new Actions(browser.driver());

      // the first Tab: the skip link, shown on the screen while focused; Enter moves to the content
      keys.sendKeys(Keys.TAB).perform();
      WebElement skip = focused(browser);
      assertThat(skip.getText()).isEqualTo("Skip to main content");
      assertThat(skip.getRect().getY()).as("skip link on the screen").isGreaterThanOrEqualTo(0);
      assertThat(focusShown(browser)).as("focus shown on the skip link").isTrue();
      keys.sendKeys(Keys.ENTER).perform();
      assertThat(focused(browser).getAttribute("id")).isEqualTo("main");

      // on to the name field, every stop showing its focus
      List<String> unmarked = new ArrayList<>();
      for (int stops = 0; !"reg-name".equals(focused(browser).getAttribute("id")); stops++) {
        assertThat(stops).as("Tab stops before the registration form").isLessThan(60);
        keys.sendKeys(Keys.TAB).perform();
        if (!focusShown(browser)) {
          unmarked.add(describe(focused(browser)));
        }
      }
      assertThat(unmarked).as("controls whose focus is not visible").isEmpty();
      assertThat(label(browser, "reg-name")).startsWith("Name");

      // a mistake: the e-mail address
      keys.sendKeys("Kim Keyboard").sendKeys(Keys.TAB).perform();
      assertThat(focused(browser).getAttribute("id")).isEqualTo("reg-email");
      assertThat(label(browser, "reg-email")).startsWith("E-mail");
      browser.leaveBy(() -> keys.sendKeys("not an address").sendKeys(Keys.ENTER).perform());
      WebElement alert =
          browser.driver().findElement(org.openqa.selenium.By.id("registration-errors"));
      assertThat(alert.getAttribute("role")).isEqualTo("alert");
      WebElement email = browser.driver().findElement(org.openqa.selenium.By.id("reg-email"));
      assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
      String describedBy = email.getAttribute("aria-describedby");
      assertThat(browser.driver().findElement(org.openqa.selenium.By.id(describedBy)).getText())
          .isNotBlank();
      assertThat(EventFixtures.count("SELECT count(*) FROM registration WHERE event_id = ?", event))
          .isZero();

      // corrected with the keyboard, and sent
      for (int stops = 0; !"reg-email".equals(focused(browser).getAttribute("id")); stops++) {
        assertThat(stops).as("Tab stops back to the e-mail field").isLessThan(80);
        keys.sendKeys(Keys.TAB).perform();
      }
      keys.keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
      // the answer replaces the page with the error on it (a settle alone may still see that one)
      browser.leaveBy(
          () -> keys.sendKeys("kim-" + slug + "@example.org").sendKeys(Keys.ENTER).perform());
      assertThat(browser.driver().getPageSource()).contains("You are registered");
      assertThat(
              EventFixtures.count(
                  "SELECT count(*) FROM registration WHERE event_id = ? AND name = 'Kim Keyboard'",
                  event))
          .isEqualTo(1);
    }
  }

  private static WebElement focused(Browser browser) {
    return browser.driver().switchTo().activeElement();
  }

  /** Whether the focused element shows a focus ring (an outline or a box shadow). */
  private static boolean focusShown(Browser browser) {
    return (Boolean)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var s = getComputedStyle(document.activeElement);"
                    + "return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)"
                    + " || (s.boxShadow && s.boxShadow !== 'none');");
  }

  private static String label(Browser browser, String id) {
    return browser
        .driver()
        .findElement(org.openqa.selenium.By.cssSelector("label[for='" + id + "']"))
        .getText();
  }

  private static String describe(WebElement element) {
    return element.getTagName() + "#" + element.getAttribute("id") + " " + element.getText();
  }
}
