package org.convene.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.testing.Browser;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.convene.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.Color;

/** Two collaboratives' spaces, rendered by Chromium, wear their own stored colours. */
@ExtendWith(RunningPortal.class)
class CollaborativeSpaceBrowserIT {

  @Test
  void twoCollaborativesWearTheirOwnStoredPrimaryColours(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String lakes =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("lakes"), "Lakes Quality Institute", "LQI");
    TestDatabase.setColours(lakes, "#1f4e8c", "#f2a900");
    TestDatabase.setPngLogo(lakes, TestImages.png());
    TestDatabase.addStates(lakes, "MN", "WI");
    String peaks =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("peaks"), "Peaks Value Center", "PVC");
    TestDatabase.setColours(peaks, "#6a1b4d", "#2a9d8f");

    try (Browser browser = Browser.open(1280, 1100)) {
      String lakesColour = bandColour(browser, portal, lakes, "space-lakes");
      String peaksColour = bandColour(browser, portal, peaks, "space-peaks");

      assertThat(lakesColour).isEqualTo("#1f4e8c");
      assertThat(peaksColour).isEqualTo("#6a1b4d");
      assertThat(lakesColour).isNotEqualTo(peaksColour);
    }
  }

  private static String bandColour(Browser browser, Portal portal, String slug, String shot) {
    browser.driver().get(portal.uri("/c/" + slug).toString());
    browser.settle();
    WebElement band = browser.driver().findElement(By.cssSelector(".space-band"));
    browser.screenshot(shot);
    Boolean logoLoaded =
        (Boolean)
            browser
                .driver()
                .executeScript(
                    "var i = document.querySelector('.space-band__logo');"
                        + " return i === null || (i.complete && i.naturalWidth > 0);");
    assertThat(logoLoaded).as("logo image loads").isTrue();
    return Color.fromString(band.getCssValue("background-color")).asHex();
  }
}
