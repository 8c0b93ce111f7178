package org.convene.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.convene.text.Texts;

/**
 * How a run of sessions repeats: every week, every other week, every month (the same day of the
 * month; the 31st falls on a shorter month's last day), or on dates the editor lists.
 */
public enum Recurrence {
  WEEKLY(Texts.of("recurrence.WEEKLY")),
  BIWEEKLY(Texts.of("recurrence.BIWEEKLY")),
  MONTHLY(Texts.of("recurrence.MONTHLY")),
  DATES(Texts.of("recurrence.DATES"));

  /** More sessions than this in one run ask the editor to confirm first. */
  public static final int CONFIRM_ABOVE = 100;

  /** The most sessions one run creates (ten years of weekly sessions). */
  public static final int MAX = 520;

  private final String label;

  Recurrence(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  /** The {@code count} dates of a repeating run starting on {@code first}. */
  public List<LocalDate> dates(LocalDate first, int count) {
    List<LocalDate> dates = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      dates.add(
          switch (this) {
            case WEEKLY -> first.plusWeeks(i);
            case BIWEEKLY -> first.plusWeeks(2L * i);
            case MONTHLY -> first.plusMonths(i);
            case DATES -> throw new IllegalStateException("Listed dates are parsed, not counted");
          });
    }
    return dates;
  }

  /**
   * The dates an editor listed (YYYY-MM-DD, separated by commas, spaces or new lines), in order and
   * each once.
   *
   * @throws IllegalArgumentException naming the first entry that is not a date
   */
  public static List<LocalDate> parse(String listed) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    if (listed == null) {
      return List.of();
    }
    for (String entry : listed.split("[\\s,;]+")) {
      if (entry.isEmpty()) {
        continue;
      }
      try {
        dates.add(LocalDate.parse(entry));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            Texts.of(
                "recurrence.notADate", entry.length() > 40 ? entry.substring(0, 40) + "…" : entry));
      }
      if (dates.size() > MAX) {
        break;
      }
    }
    return List.copyOf(dates);
  }
}
