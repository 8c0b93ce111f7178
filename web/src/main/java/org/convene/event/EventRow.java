package org.convene.event;

import jakarta.faces.application.ResourceDependency;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.convene.platform.LinkedRow;
import org.convene.platform.Row;

/**
 * {@code <r:eventRow item="#{e}" href="…" showHost="…"/>}: one event in a list — its date badge,
 * title, date and time as announced (and, by script, in the visitor's zone), format, and whether it
 * is cancelled; with {@code showHost}, the collaborative holding it; its series if any.
 */
@FacesComponent(createTag = true, namespace = Row.NAMESPACE, tagName = "eventRow")
@ResourceDependency(library = "convene", name = "js/local-time.js", target = "body")
public class EventRow extends LinkedRow<Event> {

  public EventRow() {
    super(Event.class);
  }

  @Override
  protected void write(ResponseWriter out, Linked<Event> row) throws IOException {
    Event e = row.item();
    Locale locale = row.locale();
    ResourceBundle words = row.words();
    // the include's bytes, whitespace included: Facelets trimmed the blanks next to its tags
    out.write(
        "\n  \n  <li class=\"event-row\">\n    <div class=\"date-badge\" aria-hidden=\"true\">");
    out.write("\n      <span class=\"date-badge__month\">");
    text(out, EventTimes.badgeMonth(e.getLocalStart(), locale));
    out.write("</span>\n      <span class=\"date-badge__day\">");
    text(out, e.getLocalStart().getDayOfMonth());
    out.write("</span>\n    </div>\n    <div class=\"event-row__body\">");
    out.write("\n      <h3 class=\"event-row__title\">");
    out.startElement("a", null);
    attribute(out, "href", row.href());
    text(out, e.getTitle());
    out.endElement("a");
    out.write("</h3>\n      <p class=\"event-row__when\">");
    out.startElement("time", null);
    attribute(out, "datetime", EventTimes.iso(e.getStartsAt()));
    text(out, EventTimes.longDate(e.getLocalStart(), locale));
    out.endElement("time");
    out.write(" · ");
    text(out, EventTimes.timeRange(e.getLocalStart(), e.getLocalEnd(), locale));
    out.write("</p>\n      ");
    out.startElement("p", null);
    out.writeAttribute("class", "event-row__local muted", null);
    out.writeAttribute("hidden", "hidden", null);
    out.writeAttribute("data-local-time", "short", null);
    attribute(out, "data-start", EventTimes.iso(e.getStartsAt()));
    attribute(out, "data-end", EventTimes.iso(e.getEndsAt()));
    attribute(out, "data-zone", e.getZoneId());
    attribute(out, "data-label", word(words, "event.yourTime"));
    out.endElement("p");
    out.write("\n      <p class=\"event-row__meta\">\n        <span class=\"chip\">");
    text(out, word(words, "format." + e.getFormat().name()));
    out.write("</span>");
    if (e.isCancelled()) {
      out.write(" <span class=\"chip chip--danger\">");
      text(out, word(words, "event.cancelled"));
      out.write("</span>");
    }
    if (row.showHost()) {
      out.write(" <span class=\"muted\">");
      text(out, e.getCollaborative().getShortName());
      out.write("</span>");
    }
    if (e.getSeries() != null) {
      out.write(" <span class=\"muted\">· ");
      text(out, e.getSeries().getTitle());
      out.write("</span>");
    }
    out.write("\n      </p>\n    </div>\n  </li>");
  }
}
