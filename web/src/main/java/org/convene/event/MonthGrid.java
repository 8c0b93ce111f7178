package org.convene.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
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
public record MonthGrid(YearMonth month, List<List<Day>> weeks, int eventCount) {

  public record Day(LocalDate date, boolean inMonth, boolean today, List<Event> events) {

    public int getNumber() {
      return date.getDayOfMonth();
    }

    /** "Tuesday, December 1": for the cell's heading read by screen readers. */
    public String getLabel() {
      return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US)
          + ", "
          + date.getMonth().getDisplayName(TextStyle.FULL, Locale.US)
          + " "
          + date.getDayOfMonth();
    }
  }

  static MonthGrid of(YearMonth month, List<Event> events, LocalDate today) {
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
                inMonth ? byDay.getOrDefault(date, List.of()) : List.of()));
      }
      weeks.add(week);
    }
    return new MonthGrid(month, weeks, events.size());
  }

  /** "December 2026". */
  public String getTitle() {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
  }

  public List<List<Day>> getWeeks() {
    return weeks;
  }

  public int getEventCount() {
    return eventCount;
  }
}
