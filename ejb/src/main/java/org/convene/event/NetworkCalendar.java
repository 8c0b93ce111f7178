package org.convene.event;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.platform.Page;

/**
 * What every collaborative publishes, as one calendar: the network's events by filter (list, month,
 * iCalendar feed, read API), the collaboratives and topics that have events, and the network's
 * series. Published items of active collaboratives only; a constant number of statements whatever
 * the page size.
 */
@Stateless
public class NetworkCalendar {

  private static final String ACTIVE = PublicEvents.ACTIVE;

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  /**
   * The network calendar: published events of active collaboratives matching the filter, soonest
   * first. Dates are read in each event's own zone (an event on Feb 3 in Chicago is on Feb 3).
   */
  public Page<Event> network(EventFilter filter, int page, int size) {
    return network(filter, page, size, countNetwork(filter), false);
  }

  /**
   * {@link #network(EventFilter, int, int)} with its total already known ({@link #countNetwork}):
   * the count is the one part whose cost grows with the network, and the same for every visitor, so
   * the public pages keep it between requests.
   */
  public Page<Event> network(EventFilter filter, int page, int size, long total) {
    return network(filter, page, size, total, false);
  }

  /** How many events a calendar filter matches (upcoming ones when undated). */
  public long countNetwork(EventFilter filter) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = filtered(filter, params, true);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(e) FROM Event e JOIN e.collaborative c" + where, Long.class);
    params.forEach(count::setParameter);
    return count.getSingleResult();
  }

  private Page<Event> network(EventFilter filter, int page, int size, long total, boolean details) {
    if (total == 0) {
      return new Page<>(List.of(), Math.max(1, page), size, 0);
    }
    // First the page's ids, from the start-time index alone (it carries every column the filter
    // of an undated list tests): the events of the last month that have ended are passed over in
    // the index, not read from the table one by one. Then the page's events, by id.
    Map<String, Object> params = new LinkedHashMap<>();
    String where = filtered(filter, params, true);
    TypedQuery<Long> ids =
        em.createQuery(
            "SELECT e.id FROM Event e JOIN e.collaborative c"
                + where
                + " ORDER BY e.startsAt, e.id",
            Long.class);
    params.forEach(ids::setParameter);
    List<Long> onPage =
        ids.setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList();
    if (onPage.isEmpty()) {
      return new Page<>(List.of(), Math.max(1, page), size, total);
    }
    // still published, in an active collaborative: the list may have changed in between
    TypedQuery<Event> query =
        em.createQuery(
            "SELECT e FROM Event e JOIN FETCH e.collaborative c LEFT JOIN FETCH e.series"
                + " WHERE e.id IN :ids AND e.publishedAt <= :now AND "
                + ACTIVE
                + " ORDER BY e.startsAt, e.id",
            Event.class);
    query.setParameter("ids", onPage).setParameter("now", Instant.now());
    if (details) {
      // presenters and topics of the whole page in one statement each, on first access
      query.setHint("eclipselink.batch.type", "IN");
      query.setHint("eclipselink.batch", "e.presenters");
      query.setHint("eclipselink.batch", "e.topics");
    }
    List<Event> items = query.getResultList();
    if (details) {
      items.forEach(e -> e.getPresenters().size());
      items.forEach(e -> e.getTopics().size());
    }
    return new Page<>(items, Math.max(1, page), size, total);
  }

  /**
   * The WHERE clause of a filtered calendar query over {@code Event e JOIN e.collaborative c}, its
   * parameters put in {@code params}. Undated filters mean upcoming events when {@code upcoming},
   * else everything that ended within the last year (a subscribed calendar keeps recent history).
   */
  private static String filtered(EventFilter filter, Map<String, Object> params, boolean upcoming) {
    // The publication time is tested, never searched by: nearly every event is published, and a
    // generic plan (the instants unknown) could otherwise count through the publication-time index,
    // reading every published event from the table (seen when publication times follow the table's
    // order, as after an import) instead of the start-time index alone, which carries it.
    StringBuilder where =
        new StringBuilder(" WHERE COALESCE(e.publishedAt, e.publishedAt) <= :published AND ")
            .append(ACTIVE);
    Instant now = Instant.now();
    // bound as a timestamp with its offset: inside a function, the column's own conversion of an
    // Instant does not apply
    params.put("published", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    if (!filter.dated()) {
      // the start bound lets the start-time index begin near "since" (events last at most LONGEST)
      where.append(" AND e.endsAt > :since AND e.startsAt > :sinceStart");
      Instant since = upcoming ? now : now.minus(Duration.ofDays(365));
      params.put("since", since);
      params.put("sinceStart", Event.earliestUnended(since));
    }
    if (filter.from() != null) {
      // coarse bound on the indexed instant (days begin between UTC+14 and UTC-12), exact below
      where.append(" AND e.startsAt >= :fromInstant");
      where.append(" AND SQL('CAST((? AT TIME ZONE ?) AS date)', e.startsAt, e.zoneId) >= :from");
      params.put("fromInstant", filter.from().atStartOfDay(ZoneOffset.ofHours(14)).toInstant());
      params.put("from", filter.from());
    }
    if (filter.to() != null) {
      where.append(" AND e.startsAt < :toInstant");
      where.append(" AND SQL('CAST((? AT TIME ZONE ?) AS date)', e.startsAt, e.zoneId) <= :to");
      params.put(
          "toInstant", filter.to().plusDays(1).atStartOfDay(ZoneOffset.ofHours(-12)).toInstant());
      params.put("to", filter.to());
    }
    if (filter.collaborative() != null && !filter.collaborative().isBlank()) {
      where.append(" AND c.slug = :slug");
      params.put("slug", filter.collaborative());
    }
    if (filter.format() != null) {
      where.append(" AND e.format = :format");
      params.put("format", filter.format());
    }
    if (filter.series() != null) {
      where.append(" AND e.series.id = :series");
      params.put("series", filter.series());
    }
    if (filter.topic() != null && !filter.topic().isBlank()) {
      where.append(
          " AND EXISTS (SELECT t FROM Event te JOIN te.topics t WHERE te = e AND t.slug = :topic)");
      params.put("topic", filter.topic());
    }
    return where.toString();
  }

  /**
   * A filtered calendar as one list, soonest first, at most {@code limit} events: the month view
   * and the filtered iCalendar feed (undated: the last year and everything upcoming).
   */
  public List<Event> calendar(EventFilter filter, int limit) {
    Map<String, Object> params = new LinkedHashMap<>();
    TypedQuery<Event> query =
        em.createQuery(
            "SELECT e FROM Event e JOIN FETCH e.collaborative c LEFT JOIN FETCH e.series"
                + filtered(filter, params, false)
                + " ORDER BY e.startsAt, e.id",
            Event.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList();
  }

  /**
   * Topics that published events of active collaboratives carry: slug → name, by name. Asked topic
   * by topic (each stops at its first such event), not by reading every event of the network.
   */
  public Map<String, String> topicsWithEvents() {
    Map<String, String> topics = new LinkedHashMap<>();
    em.createQuery(
            "SELECT t.slug, t.name FROM Topic t WHERE EXISTS (SELECT e.id FROM Event e"
                + " JOIN e.topics et JOIN e.collaborative c WHERE et = t AND e.publishedAt <= :now"
                + " AND "
                + ACTIVE
                + ") ORDER BY t.name, t.slug",
            Object[].class)
        .setParameter("now", Instant.now())
        .getResultList()
        .forEach(r -> topics.put((String) r[0], (String) r[1]));
    return topics;
  }

  /**
   * Collaboratives that have published events: slug → short name, for the calendar filter. Asked
   * collaborative by collaborative (an index probe each), not by reading every event. Ordered to
   * the slug, so two members with one short name come in the same order on every instance.
   */
  public Map<String, String> hostsWithEvents() {
    Map<String, String> hosts = new LinkedHashMap<>();
    em.createQuery(
            "SELECT c.slug, c.shortName FROM Collaborative c WHERE "
                + ACTIVE
                + " AND EXISTS (SELECT e.id FROM Event e WHERE e.collaborative = c"
                + " AND e.publishedAt <= :now) ORDER BY c.shortName, c.name, c.slug",
            Object[].class)
        .setParameter("now", Instant.now())
        .getResultList()
        .forEach(r -> hosts.put((String) r[0], (String) r[1]));
    return hosts;
  }

  private static final org.convene.platform.PublicListing<Series> SERIES_LISTING =
      new org.convene.platform.PublicListing<>(
          "Series", "x.publishedAt DESC, x.id DESC", x -> x.getTopics().size());

  /**
   * Published series of active collaboratives, latest first, with their collaborative and topics:
   * the read API. Optionally one collaborative's or one topic's (slugs).
   */
  public Page<Series> seriesNetwork(String collaborative, String topic, int page, int size) {
    return SERIES_LISTING.page(em, Series.class, collaborative, topic, page, size);
  }

  /**
   * {@link #network} with each event's presenters and topics, for the read API: two more statements
   * whatever the page size.
   */
  public Page<Event> networkDetailed(EventFilter filter, int page, int size) {
    return network(filter, page, size, countNetwork(filter), true);
  }

  /** {@link #networkDetailed(EventFilter, int, int)} with its total already known. */
  public Page<Event> networkDetailed(EventFilter filter, int page, int size, long total) {
    return network(filter, page, size, total, true);
  }
}
