package org.convene.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Dates typed into an address or a form ({@code from=2026-12-01}): ISO dates in the years an event
 * calendar can mean. {@code -999999999-01-01} parses as a Java date but is outside what PostgreSQL
 * stores, so it is refused here like any other non-date rather than failing in the database.
 */
public final class CalendarDates {

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2999;

  private CalendarDates() {}

  /** The date, or empty when {@code value} is not an ISO date in the years 1900 to 2999. */
  public static Optional<LocalDate> parse(String value) {
    if (value == null || value.length() > 20) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(value.strip());
      return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR
          ? Optional.empty()
          : Optional.of(date);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
