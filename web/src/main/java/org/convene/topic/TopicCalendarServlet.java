package org.convene.topic;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.event.CalendarResponses;
import org.convene.event.Calendars;
import org.convene.event.Event;
import org.convene.tenancy.TenantFilter;

/**
 * {@code /topics/{slug}.ics} (forwarded here by the tenant filter): every collaborative's published
 * events on one topic, upcoming and past, in one subscribable calendar.
 */
@WebServlet(urlPatterns = "/topic-calendar")
public class TopicCalendarServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private TopicService topics;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object slug = request.getAttribute(TenantFilter.ITEM_ATTRIBUTE);
    Optional<TopicPage> page =
        request.getDispatcherType() == DispatcherType.FORWARD && slug instanceof String s
            ? topics.page(s)
            : Optional.empty();
    if (page.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    List<Event> events = new ArrayList<>(page.get().getUpcoming());
    events.addAll(page.get().getPast());
    String origin = CalendarResponses.origin(request) + request.getContextPath();
    CalendarResponses.send(
        response,
        page.get().getTopic().getSlug() + ".ics",
        Calendars.of(
            page.get().getTopic().getName(),
            events,
            e -> origin + "/c/" + e.getCollaborative().getSlug() + e.getPath(),
            request.getServerName(),
            org.convene.event.CalendarResponses.online(request)));
  }
}
