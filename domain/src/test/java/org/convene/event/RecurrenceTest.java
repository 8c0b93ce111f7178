package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

  private static final LocalDate THURSDAY = LocalDate.of(2027, 1, 14);

  @Test
  void biWeeklyRunsEveryOtherWeekFromTheFirstDate() {
    assertThat(Recurrence.BIWEEKLY.dates(THURSDAY, 6))
        .containsExactly(
            THURSDAY,
            LocalDate.of(2027, 1, 28),
            LocalDate.of(2027, 2, 11),
            LocalDate.of(2027, 2, 25),
            LocalDate.of(2027, 3, 11),
            LocalDate.of(2027, 3, 25));
    assertThat(Recurrence.WEEKLY.dates(THURSDAY, 3))
        .containsExactly(THURSDAY, LocalDate.of(2027, 1, 21), LocalDate.of(2027, 1, 28));
  }

  @Test
  void monthlyKeepsTheDayAndFallsOnTheLastDayOfAShorterMonth() {
    assertThat(Recurrence.MONTHLY.dates(LocalDate.of(2027, 1, 31), 3))
        .containsExactly(
            LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
  }

  @Test
  void listedDatesAreSortedOnceEachAndABadOneIsNamed() {
    assertThat(Recurrence.parse("2027-03-02\n2027-01-05, 2027-03-02 ;2027-02-01"))
        .containsExactly(
            LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 2));
    assertThat(Recurrence.parse("  ")).isEmpty();
    assertThatThrownBy(() -> Recurrence.parse("2027-01-05\n14/01/2027"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("“14/01/2027” is not a date");
  }
}
