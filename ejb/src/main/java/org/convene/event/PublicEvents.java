package org.convene.event;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.collaborative.Collaborative;
import org.convene.platform.Page;

/**
 * What the public reads of events: published events of active collaboratives only (their own and
 * those they present or co-host), series and their sessions, calendar feeds, seats taken. No
 * caller, no authorisation: nothing here is unpublished or personal.
 */
@Stateless
public class PublicEvents {

  static final String ACTIVE = "c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE";

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  /** A published event of this collaborative, with its series and presenters. */
  public Optional<Event> publicEvent(Collaborative owner, long id) {
    Instant now = Instant.now();
    return em.createQuery(
            "SELECT e FROM Event e LEFT JOIN FETCH e.series WHERE e.id = :id"
                + " AND e.collaborative.id = :owner AND e.publishedAt <= :now",
            Event.class)
        .setParameter("id", id)
        .setParameter("owner", owner.getId())
        .setParameter("now", now)
        .getResultStream()
        .findFirst()
        .map(
            e -> {
              e.getPresenters().size();
              e.getTopics().size();
              return e;
            });
  }

  /** A published event of any active collaborative (the JSON API). */
  public Optional<Event> publicEvent(long id) {
    return em.createQuery(
            "SELECT e FROM Event e JOIN FETCH e.collaborative c LEFT JOIN FETCH e.series"
                + " WHERE e.id = :id AND e.publishedAt <= :now AND "
                + ACTIVE,
            Event.class)
        .setParameter("id", id)
        .setParameter("now", Instant.now())
        .getResultStream()
        .findFirst();
  }

  /**
   * An event of collaborative {@code :owner}, or one it presents or co-hosts for another (listed in
   * its space too).
   */
  /**
   * Its own events or those it presents or co-hosts. Written so PostgreSQL can OR two index scans
   * (the collaborative's events, and the ids its partnerships name) instead of testing every event
   * of the network with a subquery.
   */
  private static final String OWN_OR_PARTNER =
      " (e.collaborative.id = :owner OR e.id = SQL('ANY(ARRAY(SELECT event_id FROM event_partner"
          + " WHERE collaborative_id = ?))', :owner))";

  /**
   * This collaborative's published events that have not ended, and those it presents or co-hosts,
   * soonest first.
   */
  public List<Event> upcoming(Collaborative owner, int limit) {
    return em.createQuery(
            "SELECT e FROM Event e JOIN FETCH e.collaborative LEFT JOIN FETCH e.series WHERE"
                + OWN_OR_PARTNER
                + " AND e.publishedAt <= :now AND e.endsAt > :now AND e.startsAt > :earliest"
                + " ORDER BY e.startsAt, e.id",
            Event.class)
        .setParameter("owner", owner.getId())
        .setParameter("now", Instant.now())
        .setParameter("earliest", Event.earliestUnended(Instant.now()))
        .setMaxResults(limit)
        .getResultList();
  }

  /** This collaborative's published past events (and those it presented), latest first. */
  public Page<Event> past(Collaborative owner, int page, int size) {
    Instant now = Instant.now();
    long total =
        em.createQuery(
                "SELECT COUNT(e) FROM Event e WHERE"
                    + OWN_OR_PARTNER
                    + " AND e.publishedAt <= :now AND e.endsAt <= :now AND e.startsAt <= :now",
                Long.class)
            .setParameter("owner", owner.getId())
            .setParameter("now", now)
            .getSingleResult();
    List<Event> items =
        em.createQuery(
                "SELECT e FROM Event e JOIN FETCH e.collaborative LEFT JOIN FETCH e.series WHERE"
                    + OWN_OR_PARTNER
                    + " AND e.publishedAt <= :now AND e.endsAt <= :now AND e.startsAt <= :now"
                    + " ORDER BY e.startsAt DESC, e.id DESC",
                Event.class)
            .setParameter("owner", owner.getId())
            .setParameter("now", now)
            .setFirstResult(Page.offset(page, size))
            .setMaxResults(size)
            .getResultList();
    return new Page<>(items, Math.max(1, page), size, total);
  }

  /** The next published events across the network (the network home: no count needed). */
  public List<Event> upcomingAcrossNetwork(int limit) {
    return em.createQuery(
            "SELECT e FROM Event e JOIN FETCH e.collaborative c LEFT JOIN FETCH e.series"
                + " WHERE e.publishedAt <= :now AND e.endsAt > :now AND e.startsAt > :earliest AND "
                + ACTIVE
                + " ORDER BY e.startsAt, e.id",
            Event.class)
        .setParameter("now", Instant.now())
        .setParameter("earliest", Event.earliestUnended(Instant.now()))
        .setMaxResults(limit)
        .getResultList();
  }

  /** Published series of this collaborative, newest first. */
  public List<Series> publicSeries(Collaborative owner) {
    return em.createQuery(
            "SELECT s FROM Series s WHERE s.collaborative.id = :owner AND s.publishedAt <= :now"
                + " ORDER BY s.createdAt DESC",
            Series.class)
        .setParameter("owner", owner.getId())
        .setParameter("now", Instant.now())
        .getResultList();
  }

  public Optional<Series> publicSeries(Collaborative owner, String slug) {
    return em.createQuery(
            "SELECT s FROM Series s WHERE s.collaborative.id = :owner AND s.slug = :slug"
                + " AND s.publishedAt <= :now",
            Series.class)
        .setParameter("owner", owner.getId())
        .setParameter("slug", slug)
        .setParameter("now", Instant.now())
        .getResultStream()
        .findFirst();
  }

  /**
   * Where a published session stands in its series: its place among the series' published sessions
   * by start (from 1), and how many there are.
   */
  public long[] placeInSeries(Event event) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(*) FILTER (WHERE starts_at < ?2 OR (starts_at = ?2 AND id <= ?3)),"
                        + " count(*) FROM event WHERE series_id = ?1 AND published_at <= now()")
                .setParameter(1, event.getSeries().getId())
                .setParameter(2, java.sql.Timestamp.from(event.getStartsAt()))
                .setParameter(3, event.getId())
                .getSingleResult();
    return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
  }

  /** The published sessions of a series, in order, with their presenters. */
  public List<Event> sessions(Series series) {
    List<Event> sessions =
        em.createQuery(
                "SELECT e FROM Event e WHERE e.series.id = :series AND e.publishedAt <= :now"
                    + " ORDER BY e.startsAt, e.id",
                Event.class)
            .setParameter("series", series.getId())
            .setParameter("now", Instant.now())
            .getResultList();
    loadPresenters(sessions);
    return sessions;
  }

  /** Published events for a calendar feed (every published event, past and upcoming). */
  public List<Event> calendarEvents(Collaborative owner, Series series) {
    String where =
        series != null
            ? "e.series.id = :key"
            : owner != null ? "e.collaborative.id = :key" : "1 = 1";
    TypedQuery<Event> q =
        em.createQuery(
            "SELECT e FROM Event e JOIN FETCH e.collaborative c WHERE e.publishedAt <= :now AND "
                + ACTIVE
                + " AND "
                + where
                + " AND e.endsAt > :since AND e.startsAt > :sinceStart ORDER BY e.startsAt, e.id",
            Event.class);
    q.setParameter("now", Instant.now());
    Instant since = series != null ? Instant.EPOCH : Instant.now().minusSeconds(365L * 86400);
    q.setParameter("since", since);
    q.setParameter("sinceStart", Event.earliestUnended(since));
    if (series != null) {
      q.setParameter("key", series.getId());
    } else if (owner != null) {
      q.setParameter("key", owner.getId());
    }
    return q.setMaxResults(2000).getResultList();
  }

  /** Seats taken (confirmed registrations) per event. */
  public Map<Long, Long> confirmedCounts(Collection<Long> eventIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (eventIds.isEmpty()) {
      return counts;
    }
    em.createQuery(
            "SELECT r.event.id, COUNT(r) FROM Registration r WHERE r.event.id IN :ids"
                + " AND r.status = org.convene.event.RegistrationStatus.CONFIRMED"
                + " GROUP BY r.event.id",
            Object[].class)
        .setParameter("ids", eventIds)
        .getResultList()
        .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
    return counts;
  }

  /** A published event with its presenters and topics, for the read API. */
  public Optional<Event> publicEventDetailed(long id) {
    Optional<Event> found = publicEvent(id);
    found.ifPresent(
        e -> {
          e.getPresenters().size();
          e.getTopics().size();
        });
    return found;
  }

  private void loadPresenters(List<Event> events) {
    if (events.isEmpty()) {
      return;
    }
    em.createQuery(
            "SELECT DISTINCT e FROM Event e LEFT JOIN FETCH e.presenters WHERE e.id IN :ids",
            Event.class)
        .setParameter("ids", events.stream().map(Event::getId).toList())
        .getResultList();
    events.forEach(e -> e.getPresenters().size());
  }
}
