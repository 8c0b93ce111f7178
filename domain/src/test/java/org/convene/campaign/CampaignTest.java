package org.convene.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A campaign's period: where it stands on a day, its countdown, and how its dates read. */
class CampaignTest {

  private static final Campaign MAY =
      new Campaign(
          "mhm-2027",
          "Mental Health Month 2027",
          LocalDate.of(2027, 5, 1),
          LocalDate.of(2027, 5, 31));

  @Test
  void bothEndsOfThePeriodAreIncluded() {
    assertThat(MAY.phaseOn(LocalDate.of(2027, 4, 30))).isEqualTo(Campaign.Phase.UPCOMING);
    assertThat(MAY.phaseOn(LocalDate.of(2027, 5, 1))).isEqualTo(Campaign.Phase.CURRENT);
    assertThat(MAY.phaseOn(LocalDate.of(2027, 5, 31))).isEqualTo(Campaign.Phase.CURRENT);
    assertThat(MAY.phaseOn(LocalDate.of(2027, 6, 1))).isEqualTo(Campaign.Phase.PAST);
  }

  @Test
  void countsTheDaysToTheStartAndTheDaysLeftIncludingTheLastDay() {
    assertThat(MAY.daysUntilStart(LocalDate.of(2026, 12, 2))).isEqualTo(150);
    assertThat(MAY.daysUntilStart(LocalDate.of(2027, 4, 30))).isEqualTo(1);
    assertThat(MAY.daysUntilStart(LocalDate.of(2027, 5, 10))).isZero();
    assertThat(MAY.daysLeft(LocalDate.of(2027, 5, 1))).isEqualTo(31);
    assertThat(MAY.daysLeft(LocalDate.of(2027, 5, 31))).isEqualTo(1);
    assertThat(MAY.daysLeft(LocalDate.of(2027, 6, 1))).isZero();
  }

  @Test
  void readsItsPeriodWithoutRepeatingWhatIsShared() {
    assertThat(MAY.getPeriodLabel()).isEqualTo("May 1 – 31, 2027");
    assertThat(
            new Campaign("a", "A", LocalDate.of(2027, 4, 28), LocalDate.of(2027, 5, 5))
                .getPeriodLabel())
        .isEqualTo("April 28 – May 5, 2027");
    assertThat(
            new Campaign("b", "B", LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3))
                .getPeriodLabel())
        .isEqualTo("December 28, 2026 – January 3, 2027");
    assertThat(
            new Campaign("c", "C", LocalDate.of(2027, 10, 10), LocalDate.of(2027, 10, 10))
                .getPeriodLabel())
        .isEqualTo("October 10, 2027");
  }

  @Test
  void readsItsPeriodInSpanish() {
    java.util.Locale es = java.util.Locale.forLanguageTag("es");
    assertThat(MAY.periodLabel(es)).isEqualTo("1 – 31 de mayo de 2027");
    assertThat(
            new Campaign("a", "A", LocalDate.of(2027, 4, 28), LocalDate.of(2027, 5, 5))
                .periodLabel(es))
        .isEqualTo("28 de abril – 5 de mayo de 2027");
    assertThat(
            new Campaign("b", "B", LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3))
                .periodLabel(es))
        .isEqualTo("28 de diciembre de 2026 – 3 de enero de 2027");
    assertThat(
            new Campaign("c", "C", LocalDate.of(2027, 10, 10), LocalDate.of(2027, 10, 10))
                .periodLabel(es))
        .isEqualTo("10 de octubre de 2027");
    assertThat(MAY.periodLabel(java.util.Locale.ENGLISH)).isEqualTo(MAY.getPeriodLabel());
  }
}
