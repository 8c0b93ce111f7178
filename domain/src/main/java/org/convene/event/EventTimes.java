package org.convene.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convene.text.Texts;

/**
 * How event times are read and written: in the organiser's zone, as the organiser announced them
 * ("Wednesday, February 3, 2021", "12:15–1:00 pm CST").
 */
public final class EventTimes {

  /**
   * The network's zone (Central Time): what a form starts with before its editor chooses, and how
   * times without an item zone of their own are shown (featuring days, revisions, the audit log).
   */
  public static final String DEFAULT_ZONE = "America/Chicago";

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
  private static final DateTimeFormatter SHORT_DATE =
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm", Locale.US);
  private static final DateTimeFormatter HALF = DateTimeFormatter.ofPattern("a", Locale.US);
  private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.US);

  /** The zones offered to organisers, US zones first. */
  public static final List<String> ZONES =
      List.of(
          "America/New_York",
          "America/Chicago",
          "America/Denver",
          "America/Phoenix",
          "America/Los_Angeles",
          "America/Anchorage",
          "Pacific/Honolulu",
          "America/Puerto_Rico",
          "UTC",
          "Europe/London",
          "Europe/Paris");

  private EventTimes() {}

  /** "Wednesday, February 3, 2021". */
  public static String longDate(ZonedDateTime start) {
    return LONG_DATE.format(start);
  }

  /** ISO-8601 in UTC ("2021-02-03T18:15:00Z"), for {@code <time datetime>}; "" for none. */
  public static String iso(Instant at) {
    return at == null ? "" : DateTimeFormatter.ISO_INSTANT.format(at);
  }

  /**
   * A date badge's month: "Feb" ("feb" in Spanish, without the abbreviation's full stop: a badge,
   * not a sentence).
   */
  public static String badgeMonth(ZonedDateTime start, Locale locale) {
    return start
        .getMonth()
        .getDisplayName(java.time.format.TextStyle.SHORT, locale)
        .replace(".", "");
  }

  /** "Feb 3, 2021". */
  public static String shortDate(ZonedDateTime start) {
    return SHORT_DATE.format(start);
  }

  /**
   * "12:15–1:00 pm CST", "11:30 am–1:00 pm CDT"; an event that ends on a later day names both
   * dates: "Feb 3, 2021, 9:00 am–Feb 4, 2021, 5:00 pm CST".
   */
  public static String timeRange(ZonedDateTime start, ZonedDateTime end) {
    String zone = ZONE.format(start);
    String from = CLOCK.format(start);
    String to = CLOCK.format(end) + " " + half(end);
    if (!start.toLocalDate().equals(end.toLocalDate())) {
      return shortDate(start)
          + ", "
          + from
          + " "
          + half(start)
          + "–"
          + shortDate(end)
          + ", "
          + to
          + " "
          + ZONE.format(end);
    }
    String endZone = ZONE.format(end);
    if (!half(start).equals(half(end))) {
      from = from + " " + half(start);
    }
    return from + "–" + to + " " + (zone.equals(endZone) ? zone : endZone);
  }

  /**
   * As {@link #longDate(ZonedDateTime)} in a language: English keeps the portal's US style, others
   * their own ("miércoles, 3 de febrero de 2021").
   */
  public static String longDate(ZonedDateTime start, Locale locale) {
    return english(locale)
        ? longDate(start)
        : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL)
            .withLocale(locale)
            .format(start);
  }

  /** As {@link #shortDate(ZonedDateTime)} in a language ("3 feb 2021"). */
  public static String shortDate(ZonedDateTime start, Locale locale) {
    return english(locale)
        ? shortDate(start)
        : java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(start);
  }

  /**
   * As {@link #timeRange(ZonedDateTime, ZonedDateTime)} in a language: outside English, a 24-hour
   * clock ("12:15–13:00 CST").
   */
  public static String timeRange(ZonedDateTime start, ZonedDateTime end, Locale locale) {
    if (english(locale)) {
      return timeRange(start, end);
    }
    java.time.format.DateTimeFormatter clock =
        java.time.format.DateTimeFormatter.ofPattern("H:mm", locale);
    String zone = ZONE.format(end);
    if (!start.toLocalDate().equals(end.toLocalDate())) {
      return shortDate(start, locale)
          + ", "
          + clock.format(start)
          + "–"
          + shortDate(end, locale)
          + ", "
          + clock.format(end)
          + " "
          + zone;
    }
    return clock.format(start) + "–" + clock.format(end) + " " + zone;
  }

  private static boolean english(Locale locale) {
    return locale == null || "en".equals(locale.getLanguage());
  }

  /** "11:30 pm CST": when an event starts, for a calendar cell that already names the day. */
  public static String startTime(ZonedDateTime start) {
    return CLOCK.format(start) + " " + half(start) + " " + ZONE.format(start);
  }

  private static String half(ZonedDateTime time) {
    return HALF.format(time).toLowerCase(Locale.ROOT);
  }

  /**
   * The instant a wall-clock time names in {@code zone}, or empty when that time does not exist
   * there (the hour skipped when clocks spring forward). In the repeated hour of autumn the earlier
   * instant is taken.
   */
  public static Optional<Instant> instant(LocalDate date, LocalTime time, ZoneId zone) {
    LocalDateTime local = LocalDateTime.of(date, time);
    if (zone.getRules().getValidOffsets(local).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ZonedDateTime.ofLocal(local, zone, null).toInstant());
  }

  /** Describes the clock change that skips {@code local}, for a message to the organiser. */
  public static String gapExplanation(LocalDate date, LocalTime time, ZoneId zone) {
    ZoneOffsetTransition t = zone.getRules().getTransition(LocalDateTime.of(date, time));
    if (t == null) {
      return "";
    }
    return Texts.of(
        "eventTimes.clocksJump",
        zone.getId(),
        CLOCK.format(t.getDateTimeBefore())
            + " "
            + HALF.format(t.getDateTimeBefore()).toLowerCase(Locale.ROOT),
        CLOCK.format(t.getDateTimeAfter())
            + " "
            + HALF.format(t.getDateTimeAfter()).toLowerCase(Locale.ROOT));
  }
}
