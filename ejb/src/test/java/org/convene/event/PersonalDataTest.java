package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The retention period's cut-off. */
class PersonalDataTest {

  @Test
  void theCutOffIsThatManyCalendarMonthsBefore() {
    assertThat(PersonalData.cutoff(24, Instant.parse("2026-12-06T09:00:00Z")))
        .isEqualTo(Instant.parse("2024-12-06T09:00:00Z"));
    // from the last day of a long month to a short one
    assertThat(PersonalData.cutoff(1, Instant.parse("2026-03-31T00:00:00Z")))
        .isEqualTo(Instant.parse("2026-02-28T00:00:00Z"));
  }
}
