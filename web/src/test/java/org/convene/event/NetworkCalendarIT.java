package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.testing.Browser;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * {@code /events}: filters by topic and format besides collaborative, a month view rendered on the
 * server, and a "Subscribe" ({@code webcal:}) and a download link carrying exactly the filter on
 * screen.
 */
@ExtendWith(RunningPortal.class)
class NetworkCalendarIT {

  private static final Pattern SUMMARY = Pattern.compile("(?m)^SUMMARY:(.*)\\r?$");

  private String lakes;
  private String peaks;
  private String topic;
  private String word;
  private YearMonth month;

  @BeforeEach
  void fixtures(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    word = "Cal" + Long.toString(System.nanoTime() % 100_000_000L, 36);
    lakes = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("cal"), "Lakes Care", "LKC");
    peaks = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("cal"), "Peaks Care", "PKC");
    topic = TestDatabase.uniqueSlug("cal-topic");
    TestDatabase.update(
        "INSERT INTO topic (slug, name, created_at) VALUES (?, ?, now())", topic, word + " topic");
    // next month, so every event is upcoming whatever today is
    month = YearMonth.now(ZoneOffset.UTC).plusMonths(1);
    // 23:30 in Chicago on the 10th is the 11th in UTC: it belongs on the 10th
    event(lakes, word + " online huddle", month.atDay(10).atTime(23, 30), "ONLINE", true);
    event(lakes, word + " in-person summit", month.atDay(12).atTime(9, 0), "IN_PERSON", true);
    event(peaks, word + " untagged webinar", month.atDay(12).atTime(12, 0), "ONLINE", false);
  }

  private void event(String slug, String title, LocalDateTime local, String format, boolean tagged)
      throws Exception {
    var start = local.atZone(ZoneId.of("America/Chicago")).toInstant();
    String id =
        TestDatabase.queryString(
            "INSERT INTO event (collaborative_id, slug, title, starts_at, ends_at, zone_id, format,"
                + " location, status, published_at, created_at, updated_at) SELECT id,"
                + " 'e-' || substr(md5(random()::text), 1, 10), ?, ?, CAST(? AS timestamptz) + interval '1 hour',"
                + " 'America/Chicago', ?, CASE WHEN ? = 'ONLINE' THEN NULL ELSE 'St Paul' END,"
                + " 'SCHEDULED', now(), now(), now() FROM collaborative WHERE slug = ?"
                + " RETURNING id::text",
            title,
            java.sql.Timestamp.from(start),
            java.sql.Timestamp.from(start),
            format,
            format,
            slug);
    if (tagged) {
      TestDatabase.update(
          "INSERT INTO event_topic (event_id, topic_id) SELECT ?, id FROM topic WHERE slug = ?",
          Long.parseLong(id),
          topic);
    }
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1).strip());
    }
    return found;
  }

  private List<String> ours(List<String> titles) {
    return titles.stream().filter(t -> t.startsWith(word)).sorted().toList();
  }

  private static String attribute(String html, String id, String attribute) {
    Matcher m =
        Pattern.compile("<a[^>]*class=\"[^\"]*\"[^>]*href=\"([^\"]*)\"[^>]*>" + Pattern.quote(id))
            .matcher(html);
    assertThat(m.find()).as("link %s", id).isTrue();
    return m.group(1).replace("&amp;", "&");
  }

  @Test
  void theListFiltersByTopicAndFormatBesidesCollaborative(Portal portal) {
    String all =
        portal.get("/events?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth()).body();
    assertThat(all)
        .contains(word + " online huddle", word + " in-person summit", word + " untagged");

    String byTopic = portal.get("/events?topic=" + topic).body();
    assertThat(byTopic)
        .contains(word + " online huddle", word + " in-person summit")
        .doesNotContain(word + " untagged webinar")
        .contains(
            "<option value=\"" + topic + "\" selected=\"selected\">" + word + " topic</option>");

    // the collaborative filter offers every collaborative with events, the chosen one selected
    String byHost = portal.get("/events?collaborative=" + peaks).body();
    assertThat(byHost)
        .contains("<option value=\"" + peaks + "\" selected=\"selected\">PKC</option>")
        .contains("<option value=\"" + lakes + "\">LKC</option>");

    String online = portal.get("/events?topic=" + topic + "&format=ONLINE").body();
    assertThat(online).contains(word + " online huddle").doesNotContain(word + " in-person summit");

    String unknown = portal.get("/events?topic=no-such-topic-here").body();
    assertThat(unknown).contains("No published event is on the topic “no-such-topic-here”.");
    HttpResponse<String> bad = portal.get("/events?topic=%3Cscript%3E&view=month&month=banana");
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body())
        .contains("There is no topic “&lt;script&gt;”")
        .contains("Month “banana” is not a month like 2026-12")
        .doesNotContain("“<script>”");
  }

  @Test
  void theMonthViewPutsEachEventOnItsOrganisersDay(Portal portal) {
    String page =
        portal.get("/events?view=month&month=" + month + "&collaborative=" + lakes).body();
    String title =
        month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US);
    assertThat(page).contains("<h2 id=\"month-title\" class=\"month-nav__title\">" + title);
    assertThat(page).contains("2 events match your filters in " + title);
    // the 10th's cell holds the late-evening huddle (the 11th in UTC), the 11th's holds nothing
    String tenth = cell(page, month.atDay(10));
    assertThat(tenth).contains(word + " online huddle").contains("11:30");
    assertThat(cell(page, month.atDay(11))).doesNotContain(word);
    assertThat(cell(page, month.atDay(12))).contains(word + " in-person summit");
    assertThat(page).doesNotContain(word + " untagged webinar");
    // month to month keeps the filter
    assertThat(page)
        .contains(
            "href=\"/events?collaborative="
                + lakes
                + "&amp;view=month&amp;month="
                + month.plusMonths(1)
                + "\"")
        .contains(
            "href=\"/events?collaborative="
                + lakes
                + "&amp;view=month&amp;month="
                + month.minusMonths(1)
                + "\"");
  }

  /** The markup of a day's cell, from its screen-reader label to the cell's end. */
  private static String cell(String page, LocalDate day) {
    String label =
        day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US)
            + ", "
            + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US)
            + " "
            + day.getDayOfMonth()
            + "</span>";
    int start = page.indexOf(label);
    assertThat(start).as("a cell for %s", day).isPositive();
    return page.substring(start, page.indexOf("</td>", start));
  }

  @Test
  void subscribeAndDownloadCarryExactlyTheFilterOnScreen(Portal portal) {
    String page = portal.get("/events?topic=" + topic + "&format=ONLINE").body();
    String subscribe = attribute(page, "Subscribe", "href");
    String origin = portal.uri("/").toString().replaceFirst("^http://", "webcal://");
    assertThat(subscribe).isEqualTo(origin + "events.ics?topic=" + topic + "&format=ONLINE");

    HttpResponse<String> feed =
        portal.get(subscribe.replaceFirst("^webcal://[^/]+", "").replace(" ", "%20"));
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
    assertThat(ours(matches(SUMMARY, feed.body()))).containsExactly(word + " online huddle");

    String download = attribute(page, "Download (.ics)", "href");
    HttpResponse<String> file = portal.get(download);
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
    assertThat(ours(matches(SUMMARY, file.body()))).containsExactly(word + " online huddle");

    // the whole network's calendar still has all three; a filter it cannot read is a clear 400
    assertThat(ours(matches(SUMMARY, portal.get("/events.ics").body()))).hasSize(3);
    HttpResponse<String> bad = portal.get("/events.ics?format=SOMETIMES");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("Unknown format “SOMETIMES”");
  }

  @Test
  void onAPhoneTheMonthIsAListOfBusyDaysThatFitsTheScreen(Portal portal) throws Exception {
    String address = "/events?view=month&month=" + month + "&topic=" + topic;
    try (Browser wide = Browser.open(1280, 1000)) {
      wide.driver().get(portal.uri(address).toString());
      wide.settle();
      assertThat(wide.driver().findElements(By.cssSelector(".month-grid thead th"))).hasSize(7);
      wide.screenshot("events-month");
    }
    try (Browser phone = Browser.phone(390, 844)) {
      phone.driver().get(portal.uri(address).toString());
      phone.settle();
      long width =
          (Long) phone.driver().executeScript("return document.documentElement.scrollWidth;");
      assertThat(width).isLessThanOrEqualTo(390);
      // only the two days with events are shown, each named in full
      List<String> days =
          phone.driver().findElements(By.cssSelector(".month-grid__day")).stream()
              .filter(d -> d.isDisplayed())
              .map(d -> d.findElement(By.cssSelector(".month-grid__number")).getText())
              .toList();
      assertThat(days).hasSize(2);
      assertThat(days.get(0)).endsWith(" 10");
      phone.screenshot("events-month-phone");
    }
  }
}
