package org.convene.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;

/** {@code #{times}}: event times as the organiser announced them, for pages. */
@Named("times")
@ApplicationScoped
public class TimesBean {

  /** "Wednesday, February 3, 2021" (in the page's language: "miércoles, 3 de febrero de 2021"). */
  public String date(Event e) {
    return EventTimes.longDate(e.getLocalStart(), locale());
  }

  /** "Feb 3, 2021". */
  public String shortDate(Event e) {
    return EventTimes.shortDate(e.getLocalStart(), locale());
  }

  /** "12:15–1:00 pm CST" ("12:15–13:00 CST"). */
  public String range(Event e) {
    return EventTimes.timeRange(e.getLocalStart(), e.getLocalEnd(), locale());
  }

  /** The language of the page being rendered (English outside a Faces request). */
  private static java.util.Locale locale() {
    jakarta.faces.context.FacesContext faces =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? java.util.Locale.US
        : faces.getViewRoot().getLocale();
  }

  /** "11:30 pm CST". */
  public String start(Event e) {
    return EventTimes.startTime(e.getLocalStart());
  }

  /** "Feb 3, 2021, 11:30 am CST": an instant in a given zone (an item's own), for the workspace. */
  public String at(Instant at, String zoneId) {
    if (at == null) {
      return "";
    }
    java.time.ZonedDateTime local = at.atZone(java.time.ZoneId.of(zoneId));
    return EventTimes.shortDate(local) + ", " + EventTimes.startTime(local);
  }

  /** ISO-8601 with offset, for {@code <time datetime>} and the visitor's-zone script. */
  public String iso(Instant at) {
    return EventTimes.iso(at);
  }

  /** Day of month and short month for date badges: "3", "Feb". */
  public String day(Event e) {
    return Integer.toString(e.getLocalStart().getDayOfMonth());
  }

  /** "Feb" ("feb" in Spanish). */
  public String month(Event e) {
    return EventTimes.badgeMonth(e.getLocalStart(), locale());
  }
}
