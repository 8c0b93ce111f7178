package org.convene.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** No kept page or read outlives the quarter of an hour it was made in. */
class PageCacheExpiryTest {

  @Test
  void somethingMadeAMinuteBeforeMidnightExpiresAtMidnightInEveryZone() {
    for (String zone : new String[] {"America/Chicago", "Asia/Kolkata", "Asia/Kathmandu", "UTC"}) {
      ZonedDateTime midnight =
          ZonedDateTime.of(2026, 12, 7, 0, 0, 0, 0, ZoneId.of(zone)).withFixedOffsetZone();
      Instant made = midnight.toInstant().minusSeconds(60);
      assertThat(PageCache.nextQuarterHour(made)).as(zone).isEqualTo(midnight.toInstant());
    }
  }

  @Test
  void theNextQuarterHourIsAlwaysLaterAndAtMostFifteenMinutesAway() {
    Instant onTheQuarter = Instant.parse("2026-12-06T18:45:00Z");
    assertThat(PageCache.nextQuarterHour(onTheQuarter))
        .isEqualTo(Instant.parse("2026-12-06T19:00:00Z"));
    assertThat(PageCache.nextQuarterHour(Instant.parse("2026-12-06T18:59:59.999Z")))
        .isEqualTo(Instant.parse("2026-12-06T19:00:00Z"));
    assertThat(PageCache.nextQuarterHour(Instant.parse("2026-12-06T18:31:10Z")))
        .isEqualTo(Instant.parse("2026-12-06T18:45:00Z"));
  }
}
