package org.convene.event;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.convene.platform.CalendarDates;
import org.convene.platform.Pages;

/**
 * The network calendar's filters as a visitor writes them in the address ({@code
 * ?collaborative=icsi&topic=workforce&format=ONLINE&from=…&to=…&view=month&month=2026-12}), read
 * the same way by the page and by its iCalendar feed, so that a "Subscribe" link carries exactly
 * the filter on screen. A value that cannot be read is dropped with a message saying so; nothing
 * here ever fails.
 */
final class EventsQuery {

  static final int MAX_VALUE_LENGTH = 100;

  final String collaborative;
  final String topic;
  final EventFormat format;
  final LocalDate from;
  final LocalDate to;
  final boolean monthView;
  final YearMonth month;
  final List<String> problems;

  private EventsQuery(
      String collaborative,
      String topic,
      EventFormat format,
      LocalDate from,
      LocalDate to,
      boolean monthView,
      YearMonth month,
      List<String> problems) {
    this.collaborative = collaborative;
    this.topic = topic;
    this.format = format;
    this.from = from;
    this.to = to;
    this.monthView = monthView;
    this.month = month;
    this.problems = problems;
  }

  /** Reads the parameters; {@code today} is the month shown when none (or a bad one) is named. */
  static EventsQuery parse(Function<String, String> parameter, LocalDate today, Locale locale) {
    List<String> problems = new ArrayList<>();
    String collaborative =
        slug(parameter.apply("collaborative"), "filter.noCollaborative", problems, locale);
    String topic = slug(parameter.apply("topic"), "filter.noTopic", problems, locale);
    EventFormat format = null;
    String f = parameter.apply("format");
    if (f != null && !f.isBlank()) {
      try {
        format = EventFormat.valueOf(f.strip());
      } catch (IllegalArgumentException e) {
        problems.add(Pages.msg(locale, "filter.unknownFormat", shorten(f)));
      }
    }
    LocalDate from = date(parameter.apply("from"), "filter.badFrom", problems, locale);
    LocalDate to = date(parameter.apply("to"), "filter.badTo", problems, locale);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(Pages.msg(locale, "filter.toBeforeFrom", from.toString()));
      to = null;
    }
    boolean monthView = "month".equals(parameter.apply("view"));
    YearMonth month = YearMonth.from(today);
    String m = parameter.apply("month");
    if (m != null && !m.isBlank()) {
      try {
        YearMonth named = YearMonth.parse(m.strip());
        if (named.getYear() < CalendarDates.FIRST_YEAR
            || named.getYear() > CalendarDates.LAST_YEAR) {
          throw new DateTimeParseException("out of range", m, 0);
        }
        month = named;
      } catch (DateTimeParseException e) {
        problems.add(Pages.msg(locale, "filter.badMonth", shorten(m), month.toString()));
      }
    }
    return new EventsQuery(collaborative, topic, format, from, to, monthView, month, problems);
  }

  /** The service's filter: in the month view, exactly the month shown. */
  EventFilter filter() {
    if (monthView) {
      return new EventFilter(
          collaborative, format, null, month.atDay(1), month.atEndOfMonth(), topic);
    }
    return new EventFilter(collaborative, format, null, from, to, topic);
  }

  /**
   * Whether anything narrows the events beyond "upcoming" (dates, collaborative, topic, format).
   */
  boolean filtered() {
    return collaborative != null || topic != null || format != null || from != null || to != null;
  }

  /**
   * The query string of this filter ({@code collaborative=…&topic=…}, no leading {@code ?}), with
   * or without the list's dates; the view and month are the page's to add.
   */
  String parameters(boolean withDates) {
    StringBuilder query = new StringBuilder();
    append(query, "collaborative", collaborative);
    append(query, "topic", topic);
    append(query, "format", format == null ? null : format.name());
    if (withDates) {
      append(query, "from", from == null ? null : from.toString());
      append(query, "to", to == null ? null : to.toString());
    }
    return query.toString();
  }

  private static void append(StringBuilder query, String name, String value) {
    if (value != null) {
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  private static String slug(String value, String key, List<String> problems, Locale locale) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String slug = value.strip();
    if (slug.length() > MAX_VALUE_LENGTH || !slug.matches("[a-z0-9][a-z0-9-]*")) {
      problems.add(Pages.msg(locale, key, shorten(slug)));
      return null;
    }
    return slug;
  }

  private static LocalDate date(String value, String key, List<String> problems, Locale locale) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return CalendarDates.parse(value)
        .orElseGet(
            () -> {
              problems.add(Pages.msg(locale, key, shorten(value)));
              return null;
            });
  }

  private static String shorten(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
