package org.convene.event;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the network calendar and the read API: a collaborative (slug), a format, a series
 * (id), and a date range read in each event's own zone. With no dates, upcoming events.
 */
public record EventFilter(
    String collaborative, EventFormat format, Long series, LocalDate from, LocalDate to)
    implements Serializable {

  public static EventFilter upcoming() {
    return new EventFilter(null, null, null, null, null);
  }
}
