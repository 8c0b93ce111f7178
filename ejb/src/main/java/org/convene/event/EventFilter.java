package org.convene.event;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the network calendar, its iCalendar feed and the read API: a collaborative (slug), a
 * format, a series (id), a date range read in each event's own zone, and a topic (slug). With no
 * dates, upcoming events.
 */
public record EventFilter(
    String collaborative,
    EventFormat format,
    Long series,
    LocalDate from,
    LocalDate to,
    String topic)
    implements Serializable {

  public EventFilter(
      String collaborative, EventFormat format, Long series, LocalDate from, LocalDate to) {
    this(collaborative, format, series, from, to, null);
  }

  public static EventFilter upcoming() {
    return new EventFilter(null, null, null, null, null, null);
  }

  public boolean dated() {
    return from != null || to != null;
  }
}
