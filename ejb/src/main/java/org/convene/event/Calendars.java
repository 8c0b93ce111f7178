package org.convene.event;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * iCalendar documents (RFC 5545) built with iCal4j: each event in its organiser's zone with that
 * zone's VTIMEZONE, so Outlook and Google show the right local time; cancelled events carry
 * STATUS:CANCELLED. Join links are never written here (calendars are public).
 */
public final class Calendars {

  private static final TimeZoneRegistry ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();

  private Calendars() {}

  /**
   * A calendar of {@code events}; {@code pageUrl} gives each event's public page and {@code domain}
   * makes stable UIDs ({@code event-12@domain}).
   */
  public static String of(
      String name, Collection<Event> events, Function<Event, String> pageUrl, String domain) {
    return of(name, events, pageUrl, domain, "Online");
  }

  /**
   * As {@link #of(String, Collection, Function, String)}, with the words a calendar shows as the
   * location of an online event in the reader's language (a registrant's invitation).
   */
  public static String of(
      String name,
      Collection<Event> events,
      Function<Event, String> pageUrl,
      String domain,
      String online) {
    Calendar calendar =
        new Calendar()
            .add(new ProdId("-//Convene//Events//EN"))
            .add(ImmutableVersion.VERSION_2_0)
            .add(ImmutableCalScale.GREGORIAN)
            .add(ImmutableMethod.PUBLISH)
            .add(new XProperty("X-WR-CALNAME", name));
    Set<String> zones = new LinkedHashSet<>();
    for (Event e : events) {
      zones.add(e.getZoneId());
    }
    for (String zone : zones) {
      TimeZone tz = ZONES.getTimeZone(zone);
      if (tz != null) {
        calendar.add(tz.getVTimeZone());
      }
    }
    for (Event e : events) {
      calendar.add(vevent(e, pageUrl.apply(e), domain, online));
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException | ValidationException ex) {
      throw new IllegalStateException("Could not write the calendar", ex);
    }
    return out.toString();
  }

  private static VEvent vevent(Event e, String pageUrl, String domain, String online) {
    boolean zoneKnown = ZONES.getTimeZone(e.getZoneId()) != null;
    VEvent v =
        zoneKnown
            ? new VEvent(e.getLocalStart(), e.getLocalEnd(), e.getTitle())
            : new VEvent(
                e.getStartsAt().atZone(ZoneOffset.UTC),
                e.getEndsAt().atZone(ZoneOffset.UTC),
                e.getTitle());
    v.add(new Uid("event-" + e.getId() + "@" + domain));
    v.replace(new DtStamp(Instant.now()));
    v.add(new LastModified(e.getUpdatedAt()));
    v.add(new Sequence((int) Math.min(Integer.MAX_VALUE, e.getVersion())));
    v.add(new Url(URI.create(pageUrl)));
    StringBuilder description = new StringBuilder();
    if (e.getSummary() != null) {
      description.append(org.convene.platform.RichText.plainText(e.getSummary())).append("\n\n");
    }
    description.append(e.getCollaborative().getName()).append("\n").append(pageUrl);
    v.add(new Description(description.toString()));
    String location =
        e.getLocation() != null
            ? e.getLocation()
            : e.getFormat() == EventFormat.ONLINE ? online : null;
    if (location != null) {
      v.add(new Location(location));
    }
    v.add(e.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    return v;
  }
}
