package org.convene.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import org.convene.event.EventTimes;

/**
 * {@code #{revisionTimes.format(instant, zoneId)}}: "Dec 2, 2026, 10:29 am CST" — when a revision
 * was saved, in the zone of the item it belongs to (the network's default zone for an item without
 * one), never in UTC.
 */
@Named
@ApplicationScoped
public class RevisionTimes {

  /** The zone of items that have none of their own (the forms' default). */
  static final String DEFAULT_ZONE = EventTimes.DEFAULT_ZONE;

  public String format(Instant at, String zoneId) {
    if (at == null) {
      return "";
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneId == null || zoneId.isBlank() ? DEFAULT_ZONE : zoneId);
    } catch (java.time.DateTimeException e) {
      zone = ZoneId.of(DEFAULT_ZONE);
    }
    java.time.ZonedDateTime local = at.atZone(zone);
    return EventTimes.shortDate(local) + ", " + EventTimes.startTime(local);
  }

  public String format(Instant at) {
    return format(at, null);
  }
}
