package org.convene.campaign;

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
 * {@code /campaigns/{slug}.ics} (forwarded by {@link TenantFilter}): the events members put in a
 * published campaign, in one subscribable calendar.
 */
@WebServlet(urlPatterns = "/campaign-calendar")
public class CampaignCalendarServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CampaignService campaigns;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object slug = request.getAttribute(TenantFilter.ITEM_ATTRIBUTE);
    Optional<Campaign> campaign =
        request.getDispatcherType() == DispatcherType.FORWARD && slug instanceof String s
            ? campaigns.published(s)
            : Optional.empty();
    if (campaign.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CampaignPage page = campaigns.page(campaign.get());
    List<Event> events = new ArrayList<>(page.upcoming());
    events.addAll(page.past());
    String origin = CalendarResponses.origin(request) + request.getContextPath();
    CalendarResponses.send(
        response,
        campaign.get().getSlug() + ".ics",
        Calendars.of(
            campaign.get().getName(),
            events,
            e -> origin + "/c/" + e.getCollaborative().getSlug() + e.getPath(),
            request.getServerName(),
            org.convene.event.CalendarResponses.online(request)));
  }
}
