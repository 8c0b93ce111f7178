package org.convene.event;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.convene.platform.Pages;
import org.convene.tenancy.CurrentCollaborative;
import org.convene.tenancy.TenantFilter;

/** An event's public page, {@code /c/{slug}/events/{id}-{slug}}, and its registration form. */
@Named
@RequestScoped
public class EventPageBacking {

  @Inject private CurrentCollaborative tenant;
  @Inject private EventService events;
  @Inject private MaterialService materialService;
  @Inject private ExternalContext external;

  private Event event;
  private List<MaterialView> materials = List.of();
  private long taken;
  private RegistrationOutcome outcome;

  @PostConstruct
  void load() {
    String item = (String) external.getRequestMap().get(TenantFilter.ITEM_ATTRIBUTE);
    event =
        item == null ? null : events.publicEvent(tenant.get(), Long.parseLong(item)).orElse(null);
    if (event == null) {
      Pages.notFound();
      return;
    }
    materials = materialService.materials(List.of(event)).getOrDefault(event.getId(), List.of());
    taken = events.confirmedCounts(List.of(event.getId())).getOrDefault(event.getId(), 0L);
    outcome = RegistrationOutcome.from(external.getRequestMap());
  }

  public boolean isFound() {
    return event != null;
  }

  public Event getEvent() {
    return event;
  }

  public List<MaterialView> getMaterials() {
    return materials;
  }

  public boolean isOpen() {
    return event.acceptsRegistrationsAt(Instant.now());
  }

  public boolean isUpcoming() {
    return event.isUpcomingAt(Instant.now());
  }

  public boolean isFull() {
    return event.getCapacity() != null && taken >= event.getCapacity();
  }

  public long getSeatsLeft() {
    return event.getCapacity() == null ? -1 : Math.max(0, event.getCapacity() - taken);
  }

  public RegistrationOutcome getOutcome() {
    return outcome;
  }

  public String getCalendarUrl() {
    return tenant.getBase() + "/events/" + event.getId() + ".ics";
  }

  public String getActionUrl() {
    return tenant.getBase() + event.getPath();
  }

  /** Shortcut for the form: the message for one field, if the last post was refused. */
  public Map<String, String> getErrors() {
    return outcome.getErrors();
  }
}
