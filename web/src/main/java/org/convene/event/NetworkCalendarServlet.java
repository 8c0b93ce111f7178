package org.convene.event;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.convene.network.NetworkService;
import org.convene.platform.Pages;

/**
 * {@code /events.ics}: every collaborative's published events in one subscribable calendar, or
 * exactly the events of a filter of the network calendar ({@code ?collaborative=…&topic=…&format=…
 * &from=…&to=…}); {@code &download} asks for a file to save rather than a feed to show. A filter
 * that cannot be read gets a 400 saying which, never a calendar that silently shows something else.
 */
@WebServlet(urlPatterns = "/events.ics")
public class NetworkCalendarServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** A calendar feed carries at most this many events (the last year and everything upcoming). */
  static final int LIMIT = 2000;

  @Inject private NetworkCalendar events;
  @Inject private NetworkService network;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    java.util.Locale locale =
        java.util.Locale.forLanguageTag(org.convene.platform.Language.of(request));
    EventsQuery query =
        EventsQuery.parse(request::getParameter, LocalDate.now(ZoneOffset.UTC), locale);
    if (!query.problems.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("text/plain; charset=UTF-8");
      response.getWriter().println(Pages.msg(locale, "calendar.unreadable"));
      query.problems.forEach(response.getWriter()::println);
      return;
    }
    List<String> name = new ArrayList<>();
    name.add(
        Pages.msg(
            locale,
            "calendar.events",
            network.find().map(n -> n.getName()).orElse(Pages.msg(locale, "calendar.network"))));
    if (query.collaborative != null) {
      name.add(query.collaborative);
    }
    if (query.topic != null) {
      name.add(query.topic);
    }
    if (query.format != null) {
      name.add(Pages.msg(locale, "format." + query.format.name()));
    }
    String origin = CalendarResponses.origin(request) + request.getContextPath();
    String calendar =
        Calendars.of(
            String.join(" · ", name),
            events.calendar(query.filter(), LIMIT),
            e -> origin + "/c/" + e.getCollaborative().getSlug() + e.getPath(),
            request.getServerName(),
            org.convene.event.CalendarResponses.online(request));
    String fileName = query.filtered() ? "events-filtered.ics" : "network-events.ics";
    if (request.getParameter("download") != null) {
      CalendarResponses.download(response, fileName, calendar);
    } else {
      CalendarResponses.send(response, fileName, calendar);
    }
  }
}
