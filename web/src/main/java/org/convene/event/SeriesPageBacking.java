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

/** {@code /c/{slug}/series/{slug}}: every session with its materials, recording and findings. */
@Named
@RequestScoped
public class SeriesPageBacking {

  @Inject private CurrentCollaborative tenant;
  @Inject private PublicEvents events;
  @Inject private MaterialService materialService;
  @Inject private org.convene.practice.PracticeService practiceService;
  @Inject private org.convene.finding.FindingService findingService;
  @Inject private org.convene.link.LinkService links;
  private List<org.convene.link.RelatedItem> related = List.of();
  @Inject private ExternalContext external;
  @Inject private org.convene.analytics.AnalyticsService analytics;
  private org.convene.analytics.AnalyticsService.Participants participants;

  private Series series;
  private List<Event> sessions = List.of();
  private Map<Long, List<MaterialView>> materials = Map.of();
  private RegistrationOutcome outcome;
  private org.convene.practice.SeriesPractices practices;
  private List<org.convene.finding.FindingView> findings = List.of();

  @PostConstruct
  void load() {
    String slug = (String) external.getRequestMap().get(TenantFilter.ITEM_ATTRIBUTE);
    series = slug == null ? null : events.publicSeries(tenant.get(), slug).orElse(null);
    if (series == null) {
      Pages.notFound();
      return;
    }
    sessions = events.sessions(series);
    materials = materialService.materials(sessions);
    practices = practiceService.presentedIn(series);
    findings = findingService.of(series);
    related = links.related("SERIES", series.getId());
    participants = analytics.participants(series);
    outcome = RegistrationOutcome.from(external.getRequestMap());
  }

  /** Distinct people who attended any session, counted from attendance. */
  public org.convene.analytics.AnalyticsService.Participants getParticipants() {
    return participants;
  }

  public boolean isFound() {
    return series != null;
  }

  public Series getSeries() {
    return series;
  }

  /** The public items related to the series, either way. */
  public List<org.convene.link.RelatedItem> getRelated() {
    return related;
  }

  /** The series' own key findings (across its sessions), in order. */
  public List<org.convene.finding.FindingView> getFindings() {
    return findings;
  }

  public List<Event> getSessions() {
    return sessions;
  }

  public List<MaterialView> materials(Event e) {
    return materials.getOrDefault(e.getId(), List.of());
  }

  public long getOpenSessions() {
    Instant now = Instant.now();
    return sessions.stream().filter(e -> e.acceptsRegistrationsAt(now)).count();
  }

  public RegistrationOutcome getOutcome() {
    return outcome;
  }

  /** The practices presented in the series' sessions, with how often they were adopted. */
  public org.convene.practice.SeriesPractices getPractices() {
    return practices;
  }
}
