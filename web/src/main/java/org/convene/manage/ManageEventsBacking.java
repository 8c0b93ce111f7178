package org.convene.manage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.event.Event;
import org.convene.event.EventService;
import org.convene.event.Series;
import org.convene.platform.Page;

/** {@code /manage/events}: the working collaborative's events (drafts too) and series. */
@Named
@RequestScoped
public class ManageEventsBacking {

  static final int PAGE_SIZE = 25;

  @Inject private CurrentUser user;
  @Inject private EventService events;
  @Inject private org.convene.event.SeriesService seriesService;
  @Inject private ExternalContext external;

  private SignedIn.Editable working;
  private Page<Event> list;
  private List<Series> series = List.of();
  private Map<Long, Long> taken = Map.of();

  @PostConstruct
  void load() {
    working = user.getWorking();
    if (working == null) {
      return;
    }
    String page = external.getRequestParameterMap().get("page");
    int number = page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
    list = events.eventsForEditing(user.actor(), working.getSlug(), number, PAGE_SIZE);
    series = seriesService.seriesForEditing(user.actor(), working.getSlug());
    taken = events.confirmedCounts(list.items().stream().map(Event::getId).toList());
  }

  public SignedIn.Editable getWorking() {
    return working;
  }

  public Page<Event> getList() {
    return list;
  }

  public List<Series> getSeries() {
    return series;
  }

  public long taken(Event e) {
    return taken.getOrDefault(e.getId(), 0L);
  }
}
