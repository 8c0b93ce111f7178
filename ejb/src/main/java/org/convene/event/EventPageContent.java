package org.convene.event;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.convene.finding.FindingService;
import org.convene.finding.FindingView;
import org.convene.link.LinkService;
import org.convene.link.Partner;
import org.convene.link.RelatedItem;

/**
 * Everything an event's public page shows besides the event itself, read in one transaction (one
 * commit for all of it, instead of one per service): materials, seats taken, key findings, related
 * items, partners and the event's place in its series.
 */
@Stateless
public class EventPageContent {

  @EJB private MaterialService materials;
  @EJB private PublicEvents events;
  @EJB private FindingService findings;
  @EJB private LinkService links;
  @EJB private org.convene.analytics.AnalyticsService analytics;

  /** What the page of published event {@code e} shows around it. */
  public record Content(
      List<MaterialView> materials,
      long taken,
      List<FindingView> findings,
      List<RelatedItem> related,
      List<Partner> partners,
      long[] placeInSeries,
      long attended) {}

  public Content of(Event e) {
    return new Content(
        materials.materials(List.of(e)).getOrDefault(e.getId(), List.of()),
        events.confirmedCounts(List.of(e.getId())).getOrDefault(e.getId(), 0L),
        findings.of(e),
        links.related("EVENT", e.getId()),
        links.partners(e),
        e.getSeries() == null ? null : events.placeInSeries(e),
        // counted once it has taken place, unless an editor entered the figure
        e.getAttendance() == null && e.getEndsAt().isBefore(java.time.Instant.now())
            ? analytics.attended(e)
            : 0);
  }
}
