package org.convene.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.convene.testing.Browser;
import org.convene.testing.DemoNetwork;
import org.convene.testing.Portal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the demo network: the 2020 ICSI series' participants are counted from its sessions' attendance
 * and shown with charts; a webinar tool's attendee report imported on one session changes the
 * figures at once; the door list checks someone in on a phone.
 */
@ExtendWith(DemoNetwork.class)
@Execution(
    ExecutionMode
        .CONCURRENT) // beside the other classes: the demo network is a portal and schema of its own
class ParticipationBrowserIT {

  private static final String PASSWORD = "convene-demo";
  private static final String SERIES = "/c/icsi/series/mental-health-support-2020";

  @Test
  void theSeriesFigureIsCountedFromAttendanceAndAnImportChangesItAtOnce(DemoNetwork.Running demo)
      throws Exception {
    Portal portal = demo.portal();
    String schema = demo.schema();
    long session =
        Long.parseLong(
            TestDatabase.queryString(
                String.format(
                    "SELECT id FROM %s.event WHERE title = 'Stress first aid for frontline teams'",
                    schema)));
    try (Browser browser = Browser.open(1280, 1000)) {
      browser.driver().get(portal.uri(SERIES).toString());
      assertThat(browser.driver().findElement(By.id("series-participants")).getText())
          .isEqualTo("990 people took part across the series (1,026 attendances).");

      browser.signIn(portal, "editor@icsi.test", PASSWORD);
      browser.driver().get(portal.uri("/manage/analytics").toString());
      browser.settle();
      assertThat(seriesParticipants(browser)).isEqualTo("990");
      for (String chart :
          new String[] {
            "seriesChart",
            "eventsChart",
            "monthsChart",
            "statusChart",
            "organisationsChart",
            "professionsChart"
          }) {
        WebElement canvas = browser.driver().findElement(By.id(chart + "_canvas"));
        assertThat(canvas.getAttribute("role")).as(chart).isEqualTo("img");
        assertThat(canvas.getSize().getHeight()).as(chart + " drawn").isGreaterThan(100);
      }
      browser.screenshot("analytics");

      // Zoom's attendee report: two no-shows of the session came after all, one row says "No",
      // one person never registered
      Path report = Files.createTempFile("attendees-", ".csv");
      Files.writeString(
          report,
          "Attendee Report\nReport Generated:,\"4/28/2020 13:10\"\n\nAttendee Details\n"
              + "Attended,User Name (Original Name),First Name,Last Name,Email,Join Time\n"
              + "Yes,Someone,,,Participant-5200@example.org,4/28/2020 12:01\n"
              + "Yes,Someone else,,,participant-5201@example.org,4/28/2020 12:02\n"
              + "No,Away,,,participant-5202@example.org,--\n"
              + "Yes,Walk In,,,walk.in@example.org,4/28/2020 12:03\n",
          StandardCharsets.UTF_8);
      browser.driver().get(portal.uri("/manage/registrants?event=" + session).toString());
      browser.settle();
      browser
          .driver()
          .findElement(By.cssSelector("#attendance-import input[type=file]"))
          .sendKeys(report.toAbsolutePath().toString());
      browser.submit(By.id("import:preview"));
      assertThat(browser.driver().findElement(By.id("import-summary")).getText())
          .contains("2 registrants would be marked as attended")
          .contains("4 rows read, 1 marked as not attended in the file");
      assertThat(browser.driver().findElement(By.id("import-unmatched")).getText())
          .contains("1 person in the file did not register")
          .contains("walk.in@example.org");
      assertThat(seriesParticipantsInDatabase(schema))
          .as("a preview changes nothing")
          .isEqualTo("990");
      browser.submit(By.id("importPreview:confirm"));
      assertThat(browser.driver().findElement(By.id("page-messages")).getText())
          .contains("2 people marked as attended.");

      browser.driver().get(portal.uri("/manage/analytics").toString());
      browser.settle();
      assertThat(seriesParticipants(browser)).isEqualTo("992");
      browser.driver().get(portal.uri(SERIES).toString());
      assertThat(browser.driver().findElement(By.id("series-participants")).getText())
          .startsWith("992 people took part across the series");
    }

    try (Browser phone = Browser.phone(390, 844)) {
      phone.signIn(portal, "editor@icsi.test", PASSWORD);
      phone
          .driver()
          .get(portal.uri("/manage/check-in?event=" + session + "&q=participant-5203@").toString());
      phone.settle();
      // 94 attended in the demo, 2 imported above; 94 + 14 no-shows confirmed
      assertThat(phone.driver().findElement(By.id("checked-in-count")).getText())
          .isEqualTo("96 checked in of 108 confirmed");
      phone.driver().findElement(By.cssSelector("#door-list button")).click();
      new WebDriverWait(phone.driver(), Duration.ofSeconds(15))
          .until(
              d -> d.findElement(By.id("checked-in-count")).getText().startsWith("97 checked in"));
      assertThat(phone.driver().findElement(By.cssSelector("#door-list button")).getText())
          .isEqualTo("Undo check-in");
      phone.driver().get(portal.uri("/manage/check-in?event=" + session).toString());
      phone.settle();
      assertThat(
              (Long) phone.driver().executeScript("return document.documentElement.scrollWidth;"))
          .as("no sideways scrolling at 390 px")
          .isLessThanOrEqualTo(390L);
      phone.screenshot("check-in-phone");
    }
    assertThat(
            TestDatabase.queryString(
                String.format(
                    "SELECT count(*) FROM %s.audit_entry WHERE action IN"
                        + " ('registration.attendance-import', 'registration.attended')",
                    schema)))
        .isEqualTo("2");
  }

  private static String seriesParticipants(Browser browser) {
    return browser
        .driver()
        .findElement(By.cssSelector("#series-table .series-participants"))
        .getAttribute("textContent")
        .strip();
  }

  private static String seriesParticipantsInDatabase(String schema) throws Exception {
    return TestDatabase.queryString(
        String.format(
            "SELECT count(DISTINCT r.email) FROM %1$s.registration r JOIN %1$s.event e"
                + " ON e.id = r.event_id JOIN %1$s.event_series s ON s.id = e.series_id"
                + " WHERE s.slug = 'mental-health-support-2020' AND r.attended",
            schema));
  }
}
