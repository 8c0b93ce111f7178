package org.convene.event;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.convene.network.NetworkService;

/** {@code /events.ics}: every collaborative's published events in one subscribable calendar. */
@WebServlet(urlPatterns = "/events.ics")
public class NetworkCalendarServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private EventService events;
  @Inject private NetworkService network;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String origin = CalendarResponses.origin(request) + request.getContextPath();
    CalendarResponses.send(
        response,
        "network-events.ics",
        Calendars.of(
            network.find().map(n -> n.getName()).orElse("Network") + " events",
            events.calendarEvents(null, null),
            e -> origin + "/c/" + e.getCollaborative().getSlug() + e.getPath(),
            request.getServerName()));
  }
}
