package org.convene.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.event.EventService;
import org.convene.event.EventStatus;
import org.convene.event.SeriesService;
import org.convene.event.SeriesStatus;
import org.convene.platform.EditorialState;
import org.convene.platform.ServiceTable;

/**
 * {@code /manage/events}: the working collaborative's events and series (drafts and archived too),
 * each a lazy table searched, filtered and sorted by its service.
 */
@Named
@ViewScoped
public class ManageEventsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private EventService events;
  @Inject private SeriesService seriesService;

  private SignedIn.Editable working;
  private ServiceTable<EventService.EventRow> eventTable;
  private ServiceTable<SeriesService.SeriesRow> seriesTable;
  private String q;
  private String seriesQ;

  public void init() {
    working = user.getWorking();
    if (working == null) {
      return;
    }
    String slug = working.getSlug();
    eventTable =
        new ServiceTable<>(
            query -> events.table(user.actor(), slug, query),
            row -> Long.toString(row.event().getId()));
    seriesTable =
        new ServiceTable<>(
            query -> seriesService.table(user.actor(), slug, query),
            row -> Long.toString(row.series().getId()));
  }

  public SignedIn.Editable getWorking() {
    return working;
  }

  public ServiceTable<EventService.EventRow> getEventTable() {
    return eventTable;
  }

  public ServiceTable<SeriesService.SeriesRow> getSeriesTable() {
    return seriesTable;
  }

  public List<EventStatus> getEventStatuses() {
    return List.of(EventStatus.values());
  }

  public List<SeriesStatus> getSeriesStatuses() {
    return List.of(SeriesStatus.values());
  }

  public List<EditorialState> getStates() {
    return List.of(EditorialState.values());
  }

  /** "Draft", "Published" or "Archived". */
  public String state(Object publishedAt, Object archivedAt) {
    return EditorialState.of(publishedAt, archivedAt).getLabel();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getSeriesQ() {
    return seriesQ;
  }

  public void setSeriesQ(String seriesQ) {
    this.seriesQ = seriesQ;
  }
}
