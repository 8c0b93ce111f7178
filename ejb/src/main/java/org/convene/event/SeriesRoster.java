package org.convene.event;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.audit.AuditLog;
import org.convene.platform.Like;
import org.convene.platform.NotFoundException;
import org.convene.platform.Page;
import org.convene.tenancy.TenantScope;
import org.convene.text.Texts;

/**
 * Who is registered for which sessions of a series: one row per person (by e-mail address), one
 * column per session. Each page of people is one grouped query, however many sessions and people.
 */
@Stateless
public class SeriesRoster {

  /** People per page of the roster. */
  public static final int PAGE_SIZE = 50;

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;

  /** A person's place in each session (by event id): registered, waitlisted, attended … */
  public record Person(
      String name, String email, String organization, String profession, Map<Long, String> places)
      implements Serializable {

    /** What the person holds at one session, in words ("" when not signed up). */
    public String at(long eventId) {
      return places.getOrDefault(eventId, "");
    }
  }

  /** The series, its sessions in order, and one page of its people. */
  public record View(Series series, List<Event> sessions, Page<Person> people)
      implements Serializable {}

  /** One page of the roster of one of the caller's series, optionally searched. */
  @Authorized(EDITOR)
  public View roster(Actor actor, String slug, long seriesId, String search, int page) {
    Series series = ownSeries(actor, seriesId);
    String like = Like.containing(search == null ? "" : search.strip());
    long total =
        ((Number)
                em.createNativeQuery(
                        "SELECT count(DISTINCT r.email) FROM registration r"
                            + " JOIN event e ON e.id = r.event_id WHERE e.series_id = ?1"
                            + WHERE_SEARCH)
                    .setParameter(1, series.getId())
                    .setParameter(2, like)
                    .getSingleResult())
            .longValue();
    List<Person> people = people(series, like, Page.offset(page, PAGE_SIZE), PAGE_SIZE);
    return new View(
        series, sessions(series), new Page<>(people, Math.max(1, page), PAGE_SIZE, total));
  }

  /** The whole roster as CSV (one column per session), audited. */
  @Authorized(EDITOR)
  public String exportCsv(Actor actor, String slug, long seriesId) {
    Series series = ownSeries(actor, seriesId);
    List<Event> sessions = sessions(series);
    List<Person> people = people(series, "%", 0, Integer.MAX_VALUE);
    audit.record(
        actor.caller(),
        slug,
        "series.roster.export",
        "Exported the roster of series #" + seriesId + " (" + people.size() + " people)");
    List<String> header =
        new ArrayList<>(
            List.of(
                Texts.of("csv.name"),
                Texts.of("csv.email"),
                Texts.of("csv.organisation"),
                Texts.of("csv.profession")));
    for (Event e : sessions) {
      header.add(e.getTitle() + " (" + e.getLocalStart().toLocalDate() + ")");
    }
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (Person p : people) {
        List<String> row = new ArrayList<>();
        row.add(RegistrantCsv.safe(p.name()));
        row.add(RegistrantCsv.safe(p.email()));
        row.add(RegistrantCsv.safe(p.organization()));
        row.add(RegistrantCsv.safe(p.profession()));
        for (Event e : sessions) {
          row.add(p.at(e.getId()));
        }
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private static final String WHERE_SEARCH =
      " AND (lower(r.name) LIKE ?2 ESCAPE '\\' OR r.email LIKE ?2 ESCAPE '\\'"
          + " OR lower(coalesce(r.organization, '')) LIKE ?2 ESCAPE '\\')";

  @SuppressWarnings("unchecked")
  private List<Person> people(Series series, String like, int offset, int limit) {
    // the newest registration's name and organisation stand for the person
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT r.email,"
                    + " (array_agg(r.name ORDER BY r.requested_at DESC))[1],"
                    + " (array_agg(r.organization ORDER BY r.requested_at DESC))[1],"
                    + " (array_agg(r.profession ORDER BY r.requested_at DESC))[1],"
                    + " string_agg(r.event_id || ':' || r.status || ':' || r.attended, ',')"
                    + " FROM registration r JOIN event e ON e.id = r.event_id"
                    + " WHERE e.series_id = ?1"
                    + WHERE_SEARCH
                    + " GROUP BY r.email"
                    + " ORDER BY lower((array_agg(r.name ORDER BY r.requested_at DESC))[1]),"
                    + " r.email OFFSET ?3 LIMIT ?4")
            .setParameter(1, series.getId())
            .setParameter(2, like)
            .setParameter(3, offset)
            .setParameter(4, limit)
            .getResultList();
    List<Person> people = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      Map<Long, String> places = new LinkedHashMap<>();
      for (String place : ((String) row[4]).split(",")) {
        String[] parts = place.split(":");
        places.put(Long.parseLong(parts[0]), words(parts[1], "true".equals(parts[2])));
      }
      people.add(
          new Person((String) row[1], (String) row[0], (String) row[2], (String) row[3], places));
    }
    return people;
  }

  private static String words(String status, boolean attended) {
    if (attended) {
      return Texts.of("csv.attended");
    }
    return RegistrationStatus.valueOf(status).getLabel();
  }

  private List<Event> sessions(Series series) {
    return em.createQuery(
            "SELECT e FROM Event e WHERE e.series = :series ORDER BY e.startsAt, e.id", Event.class)
        .setParameter("series", series)
        .getResultList();
  }

  private Series ownSeries(Actor actor, long seriesId) {
    return TenantScope.find(em, Series.class, actor.space(), seriesId)
        .orElseThrow(() -> new NotFoundException("No such series"));
  }
}
