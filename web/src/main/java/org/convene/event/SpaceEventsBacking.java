package org.convene.event;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.convene.platform.Page;
import org.convene.tenancy.CurrentCollaborative;

/** {@code /c/{slug}/events}: a collaborative's upcoming events, series and past events. */
@Named
@RequestScoped
public class SpaceEventsBacking {

  static final int PAST_PAGE_SIZE = 20;

  @Inject private CurrentCollaborative tenant;
  @Inject private PublicEvents events;
  @Inject private ExternalContext external;

  private List<Event> upcoming;
  private List<Series> series;
  private Page<Event> past;

  @PostConstruct
  void load() {
    upcoming = events.upcoming(tenant.get(), 100);
    series = events.publicSeries(tenant.get());
    past =
        events.past(
            tenant.get(),
            NetworkEventsBacking.page(external.getRequestParameterMap().get("page")),
            PAST_PAGE_SIZE);
  }

  public List<Event> getUpcoming() {
    return upcoming;
  }

  public List<Series> getSeries() {
    return series;
  }

  public Page<Event> getPast() {
    return past;
  }
}
