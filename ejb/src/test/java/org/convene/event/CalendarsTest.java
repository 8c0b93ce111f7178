package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.convene.collaborative.Collaborative;
import org.junit.jupiter.api.Test;

class CalendarsTest {

  private static Event event(Instant start, Instant end, String zone) throws Exception {
    Collaborative icsi =
        new Collaborative("icsi", "Institute for Clinical Systems Improvement", "ICSI");
    Event e = new Event(icsi, "moral-distress", "Moral distress", start, end, ZoneId.of(zone));
    java.lang.reflect.Field id = Event.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(e, 42L);
    e.setJoinUrl("https://zoom.example.org/j/secret");
    return e;
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  @Test
  void anEventRoundTripsThroughTheParserAtTheSameInstantWithItsZone() throws Exception {
    Instant start = Instant.parse("2021-02-03T18:15:00Z"); // 12:15 CST
    Event e = event(start, Instant.parse("2021-02-03T19:00:00Z"), "America/Chicago");
    String ics =
        Calendars.of(
            "Talk", List.of(e), x -> "https://convene.test/c/icsi" + x.getPath(), "convene.test");

    assertThat(ics).contains("BEGIN:VTIMEZONE").contains("TZID:America/Chicago");
    assertThat(ics).contains("DTSTART;TZID=America/Chicago:20210203T121500");
    assertThat(ics).doesNotContain("zoom.example.org");

    Calendar parsed = parse(ics);
    VEvent vevent = (VEvent) parsed.getComponent(Component.VEVENT).orElseThrow();
    DtStart<Temporal> dtStart = vevent.getDateTimeStart();
    assertThat(Instant.from(dtStart.getDate())).isEqualTo(start);
    assertThat(dtStart.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/Chicago");
    assertThat(vevent.getUid().orElseThrow().getValue()).isEqualTo("event-42@convene.test");
    assertThat(vevent.getStatus().getValue()).isEqualTo("CONFIRMED");
  }

  @Test
  void aSummerSessionKeepsItsDaylightTimeInstant() throws Exception {
    Instant start = Instant.parse("2020-05-04T17:00:00Z"); // 12:00 CDT
    Event e = event(start, start.plusSeconds(3600), "America/Chicago");
    VEvent vevent =
        (VEvent)
            parse(Calendars.of("S", List.of(e), x -> "https://c.test/x", "c.test"))
                .getComponent(Component.VEVENT)
                .orElseThrow();
    assertThat(Instant.from(vevent.getDateTimeStart().getDate())).isEqualTo(start);
  }

  @Test
  void aCancelledEventIsMarkedCancelled() throws Exception {
    Event e =
        event(
            Instant.parse("2026-12-01T18:00:00Z"),
            Instant.parse("2026-12-01T19:00:00Z"),
            "America/Denver");
    e.setStatus(EventStatus.CANCELLED);
    String ics = Calendars.of("C", List.of(e), x -> "https://c.test/x", "c.test");
    VEvent vevent = (VEvent) parse(ics).getComponent(Component.VEVENT).orElseThrow();
    assertThat(vevent.getStatus().getValue()).isEqualTo("CANCELLED");
    assertThat(ics).contains("TZID:America/Denver");
  }
}
