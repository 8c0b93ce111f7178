package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class EventTimesTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private static String range(LocalDate day, LocalTime from, LocalTime to, ZoneId zone) {
    return EventTimes.timeRange(ZonedDateTime.of(day, from, zone), ZonedDateTime.of(day, to, zone));
  }

  @Test
  void theSeedsFeaturedTalkReadsAsAnnouncedInWinter() {
    assertThat(range(LocalDate.of(2021, 2, 3), LocalTime.of(12, 15), LocalTime.of(13, 0), CHICAGO))
        .isEqualTo("12:15–1:00 pm CST");
    assertThat(EventTimes.longDate(ZonedDateTime.of(2021, 2, 3, 12, 15, 0, 0, CHICAGO)))
        .isEqualTo("Wednesday, February 3, 2021");
  }

  @Test
  void theSameWallClockInSummerIsCentralDaylightTime() {
    assertThat(range(LocalDate.of(2021, 7, 7), LocalTime.of(12, 15), LocalTime.of(13, 0), CHICAGO))
        .isEqualTo("12:15–1:00 pm CDT");
  }

  @Test
  void morningToAfternoonNamesBothHalvesOfTheDay() {
    assertThat(range(LocalDate.of(2021, 2, 3), LocalTime.of(11, 30), LocalTime.of(13, 0), CHICAGO))
        .isEqualTo("11:30 am–1:00 pm CST");
    assertThat(
            range(
                LocalDate.of(2021, 2, 3),
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                ZoneId.of("America/New_York")))
        .isEqualTo("9:00–10:00 am EST");
  }

  @Test
  void anEventOverSeveralDaysNamesBothDates() {
    assertThat(
            EventTimes.timeRange(
                ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, CHICAGO),
                ZonedDateTime.of(2026, 3, 3, 17, 0, 0, 0, CHICAGO)))
        .isEqualTo("Mar 2, 2026, 9:00 am–Mar 3, 2026, 5:00 pm CST");
  }

  @Test
  void aTimeInTheSpringForwardGapDoesNotExist() {
    LocalDate springForward = LocalDate.of(2026, 3, 8);
    assertThat(EventTimes.instant(springForward, LocalTime.of(2, 30), CHICAGO)).isEmpty();
    assertThat(EventTimes.gapExplanation(springForward, LocalTime.of(2, 30), CHICAGO))
        .isEqualTo("clocks in America/Chicago jump from 2:00 am to 3:00 am that day");
    assertThat(EventTimes.instant(springForward, LocalTime.of(3, 30), CHICAGO))
        .contains(Instant.parse("2026-03-08T08:30:00Z"));
  }

  @Test
  void theRepeatedAutumnHourTakesTheEarlierInstant() {
    assertThat(EventTimes.instant(LocalDate.of(2026, 11, 1), LocalTime.of(1, 30), CHICAGO))
        .contains(Instant.parse("2026-11-01T06:30:00Z"));
  }

  @Test
  void aStartTimeNamesClockHalfAndZone() {
    assertThat(EventTimes.startTime(ZonedDateTime.of(2027, 1, 10, 23, 30, 0, 0, CHICAGO)))
        .isEqualTo("11:30 pm CST");
    assertThat(EventTimes.startTime(ZonedDateTime.of(2026, 7, 1, 9, 5, 0, 0, CHICAGO)))
        .isEqualTo("9:05 am CDT");
  }
}
