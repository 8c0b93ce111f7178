package org.convene.analytics;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.analytics.ParticipationReport.Count;
import org.convene.analytics.ParticipationReport.EventFigures;
import org.convene.analytics.ParticipationReport.SeriesFigures;
import org.convene.analytics.ParticipationReport.Totals;
import org.convene.event.Event;
import org.convene.event.Series;

/**
 * Participation analytics: for one collaborative (its editors) or the whole network
 * (administrators). Every figure is counted by PostgreSQL from registrations and their attendance;
 * each part of the report is one aggregate query.
 */
@Stateless
public class AnalyticsService {

  /** How many events and series the report lists (the most recent). */
  public static final int LISTED = 20;

  /** How many months of registrations the report shows at most (ten years). */
  static final int MONTHS = 120;

  @PersistenceContext private EntityManager em;

  /** The working collaborative's participation. */
  @Authorized(EDITOR)
  public ParticipationReport collaborative(Actor actor, String slug) {
    return report(actor.space().getName(), "e.collaborative_id = " + actor.space().getId());
  }

  /** The whole network's participation. */
  @Authorized(ADMINISTRATOR)
  public ParticipationReport network(Actor actor) {
    return report("the whole network", "TRUE");
  }

  /**
   * The people who took part in a series: distinct addresses marked as attended at any of its
   * sessions, and all attendances (one query; for the public series page).
   */
  public Participants participants(Series series) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(DISTINCT r.email) FILTER (WHERE r.attended),"
                        + " count(*) FILTER (WHERE r.attended)"
                        + " FROM registration r JOIN event e ON e.id = r.event_id"
                        + " WHERE e.series_id = ?1")
                .setParameter(1, series.getId())
                .getSingleResult();
    return new Participants(number(row[0]), number(row[1]));
  }

  /** The participants of one of the caller's series (drafts too), for its editor. */
  @Authorized(EDITOR)
  public Participants participants(Actor actor, String slug, long seriesId) {
    Series series =
        org.convene.tenancy.TenantScope.find(em, Series.class, actor.space(), seriesId)
            .orElseThrow(() -> new org.convene.platform.NotFoundException("No such series"));
    return participants(series);
  }

  /** People marked as attended at an event (for its public page, when no figure was entered). */
  public long attended(Event event) {
    return number(
        em.createNativeQuery("SELECT count(*) FROM registration WHERE event_id = ?1 AND attended")
            .setParameter(1, event.getId())
            .getSingleResult());
  }

  /** Distinct people who attended, and attendances in all. */
  public record Participants(long people, long attendances) implements java.io.Serializable {}

  private ParticipationReport report(String name, String scope) {
    return new ParticipationReport(
        name,
        totals(scope),
        months(scope),
        events(scope),
        series(scope),
        top(scope, "r.organization"),
        top(scope, "r.profession"));
  }

  private Totals totals(String scope) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(*),"
                        + " count(*) FILTER (WHERE r.status = 'CONFIRMED'),"
                        + " count(*) FILTER (WHERE r.status = 'WAITLISTED'),"
                        + " count(*) FILTER (WHERE r.status = 'CANCELLED'),"
                        + " count(*) FILTER (WHERE r.attended),"
                        + " count(*) FILTER (WHERE r.status = 'CONFIRMED' AND e.ends_at < now()),"
                        + " count(*) FILTER (WHERE r.attended AND e.ends_at < now()),"
                        + " count(*) FILTER (WHERE r.status = 'WAITLISTED' OR "
                        + WAITED
                        + "),"
                        + " count(*) FILTER (WHERE r.status <> 'WAITLISTED' AND "
                        + WAITED
                        + "),"
                        + " count(DISTINCT r.email) FILTER (WHERE r.status <> 'CANCELLED')"
                        + " FROM registration r JOIN event e ON e.id = r.event_id WHERE "
                        + scope)
                .getSingleResult();
    return new Totals(
        number(r[0]),
        number(r[1]),
        number(r[2]),
        number(r[3]),
        number(r[4]),
        number(r[5]),
        number(r[6]),
        number(r[7]),
        number(r[8]),
        number(r[9]));
  }

  /**
   * A seat given later than the sign-up: the person waited (a seat taken at sign-up is confirmed in
   * the same transaction).
   */
  private static final String WAITED = "r.confirmed_at > r.requested_at + interval '1 second'";

  @SuppressWarnings("unchecked")
  private List<Count> months(String scope) {
    // every month from the first registration to now (empty months too), at most ten years
    List<Object[]> rows =
        em.createNativeQuery(
                "WITH r AS (SELECT r.requested_at FROM registration r"
                    + " JOIN event e ON e.id = r.event_id WHERE "
                    + scope
                    + "), span AS (SELECT greatest(date_trunc('month', min(requested_at)),"
                    + " date_trunc('month', now()) - interval '"
                    + (MONTHS - 1)
                    + " months') AS first FROM r)"
                    + " SELECT to_char(m, 'Mon YYYY'), count(r.requested_at)"
                    + " FROM span, generate_series(span.first, date_trunc('month', now()),"
                    + " interval '1 month') m"
                    + " LEFT JOIN r ON date_trunc('month', r.requested_at) = m"
                    + " GROUP BY m ORDER BY m")
            .getResultList();
    return rows.stream().map(r -> new Count((String) r[0], number(r[1]))).toList();
  }

  @SuppressWarnings("unchecked")
  private List<EventFigures> events(String scope) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT e.id, e.title, e.starts_at, e.zone_id,"
                    + " count(*) FILTER (WHERE r.status <> 'CANCELLED'),"
                    + " count(*) FILTER (WHERE r.attended),"
                    + " count(*) FILTER (WHERE r.status = 'WAITLISTED'),"
                    + " count(*) FILTER (WHERE r.status = 'CANCELLED'), e.attendance"
                    + " FROM event e JOIN registration r ON r.event_id = e.id WHERE "
                    + scope
                    + " GROUP BY e.id ORDER BY e.starts_at DESC, e.id DESC LIMIT "
                    + LISTED)
            .getResultList();
    List<EventFigures> events = new ArrayList<>();
    for (Object[] r : rows) {
      events.add(
          new EventFigures(
              number(r[0]),
              (String) r[1],
              instant(r[2]),
              (String) r[3],
              number(r[4]),
              number(r[5]),
              number(r[6]),
              number(r[7]),
              r[8] == null ? null : ((Number) r[8]).intValue()));
    }
    return events;
  }

  @SuppressWarnings("unchecked")
  private List<SeriesFigures> series(String scope) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT s.id, s.title, count(DISTINCT e.id),"
                    + " count(DISTINCT r.email) FILTER (WHERE r.status <> 'CANCELLED'),"
                    + " count(DISTINCT r.email) FILTER (WHERE r.attended),"
                    + " (SELECT count(*) FROM (SELECT a.email FROM registration a"
                    + " JOIN event ae ON ae.id = a.event_id WHERE ae.series_id = s.id"
                    + " AND a.attended GROUP BY a.email HAVING count(*) > 1) back),"
                    + " count(r.id) FILTER (WHERE r.attended), s.participant_total"
                    + " FROM event_series s JOIN event e ON e.series_id = s.id"
                    + " LEFT JOIN registration r ON r.event_id = e.id WHERE "
                    + scope
                    + " GROUP BY s.id HAVING count(r.id) > 0"
                    + " ORDER BY max(e.starts_at) DESC, s.id DESC LIMIT "
                    + LISTED)
            .getResultList();
    List<SeriesFigures> series = new ArrayList<>();
    for (Object[] r : rows) {
      series.add(
          new SeriesFigures(
              number(r[0]),
              (String) r[1],
              number(r[2]),
              number(r[3]),
              number(r[4]),
              number(r[5]),
              number(r[6]),
              r[7] == null ? null : ((Number) r[7]).intValue()));
    }
    return series;
  }

  /** The ten most frequent values of a registration column, by distinct people. */
  @SuppressWarnings("unchecked")
  private List<Count> top(String scope, String column) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT coalesce(nullif(btrim("
                    + column
                    + "), ''), 'Not given') AS label, count(DISTINCT r.email)"
                    + " FROM registration r JOIN event e ON e.id = r.event_id WHERE "
                    + scope
                    + " AND r.status <> 'CANCELLED' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10")
            .getResultList();
    return rows.stream().map(r -> new Count((String) r[0], number(r[1]))).toList();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
