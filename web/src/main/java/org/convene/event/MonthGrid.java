package org.convene.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A month of the calendar as weeks of seven days, Monday first, each day with its events (an
 * event's day is the one its organiser announced it on, in its own zone).
 */
public record MonthGrid(YearMonth month, List<List<Day>> weeks, int eventCount, Locale locale) {

  public record Day(
      LocalDate date, boolean inMonth, boolean today, List<Event> events, Locale locale) {

    public int getNumber() {
      return date.getDayOfMonth();
    }

    /** "Tuesday, December 1" ("martes, 1 de diciembre"): the cell's heading for screen readers. */
    public String getLabel() {
      return DateTimeFormatter.ofPattern(
              spanish(locale) ? "EEEE, d 'de' MMMM" : "EEEE, MMMM d", locale)
          .format(date);
    }
  }

  static MonthGrid of(YearMonth month, List<Event> events, LocalDate today) {
    return of(month, events, today, Locale.US);
  }

  /** The month in the page's language (names of the month and the days). */
  static MonthGrid of(YearMonth month, List<Event> events, LocalDate today, Locale locale) {
    Map<LocalDate, List<Event>> byDay =
        events.stream()
            .collect(
                Collectors.groupingBy(
                    e -> e.getLocalStart().toLocalDate(), LinkedHashMap::new, Collectors.toList()));
    LocalDate first = month.atDay(1);
    LocalDate start =
        first.minusDays(first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    List<List<Day>> weeks = new ArrayList<>();
    for (LocalDate weekStart = start;
        !weekStart.isAfter(month.atEndOfMonth());
        weekStart = weekStart.plusWeeks(1)) {
      List<Day> week = new ArrayList<>(7);
      for (int i = 0; i < 7; i++) {
        LocalDate date = weekStart.plusDays(i);
        boolean inMonth = YearMonth.from(date).equals(month);
        week.add(
            new Day(
                date,
                inMonth,
                date.equals(today),
                inMonth ? byDay.getOrDefault(date, List.of()) : List.of(),
                locale));
      }
      weeks.add(week);
    }
    return new MonthGrid(month, weeks, events.size(), locale);
  }

  /** "December 2026" ("diciembre de 2026"). */
  public String getTitle() {
    return DateTimeFormatter.ofPattern(spanish(locale) ? "LLLL 'de' yyyy" : "LLLL yyyy", locale)
        .format(month);
  }

  /** The days of the week, Monday first: short and full names ("Mon", "Monday"). */
  public List<String[]> getWeekdays() {
    List<String[]> days = new ArrayList<>(7);
    for (DayOfWeek d : DayOfWeek.values()) {
      days.add(
          new String[] {
            d.getDisplayName(TextStyle.SHORT, locale), d.getDisplayName(TextStyle.FULL, locale)
          });
    }
    return days;
  }

  private static boolean spanish(Locale locale) {
    return "es".equals(locale.getLanguage());
  }

  public List<List<Day>> getWeeks() {
    return weeks;
  }

  public int getEventCount() {
    return eventCount;
  }
}
