package org.convene.event;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.platform.NotFoundException;
import org.convene.platform.Page;
import org.convene.platform.TableQuery;
import org.convene.tenancy.TenantScope;

/**
 * The registrants table of the workspace: one page of an event's registrants, searched, filtered by
 * status and sorted on the server, and — for the page's first view — the event, its counts and that
 * first page in one call. Two statements for the rows, however many registrants there are.
 */
@Stateless
public class RegistrantTable {

  /** What the table sorts by. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "name", "LOWER(r.name)",
          "email", "r.email",
          "organization", "LOWER(r.organization)",
          "profession", "LOWER(r.profession)",
          "status", "r.status",
          "requestedAt", "r.requestedAt");

  /** Confirmed first, then waitlisted, then cancelled; each in order of sign-up. */
  private static final String NATURAL =
      "CASE r.status WHEN org.convene.event.RegistrationStatus.CONFIRMED THEN 0"
          + " WHEN org.convene.event.RegistrationStatus.WAITLISTED THEN 1 ELSE 2 END,"
          + " r.requestedAt, r.id";

  @PersistenceContext private EntityManager em;

  /** The registrants page as first shown: the event, its counts, and the table's first page. */
  public record Opening(Event event, RegistrantCounts counts, Page<Registration> page) {}

  @Authorized(EDITOR)
  public Opening open(Actor actor, String slug, long eventId, TableQuery query) {
    Event event = ownEvent(actor, eventId);
    return new Opening(event, counts(em, event.getId()), rows(event, query));
  }

  /**
   * One page of an event's registrants: searched by name, e-mail or organisation, filtered by
   * status, sorted by a named column (else confirmed first, in order of sign-up).
   */
  @Authorized(EDITOR)
  public Page<Registration> page(Actor actor, String slug, long eventId, TableQuery query) {
    return rows(ownEvent(actor, eventId), query);
  }

  private Page<Registration> rows(Event event, TableQuery query) {
    RegistrationStatus status = query.filter("status", RegistrationStatus.class);
    Map<String, Object> parameters = new java.util.HashMap<>();
    parameters.put("event", event.getId());
    parameters.put("q", query.likePattern());
    if (status != null) {
      parameters.put("status", status);
    }
    return org.convene.platform.TablePages.page(
        em,
        Registration.class,
        "Registration r",
        " WHERE r.event.id = :event AND (LOWER(r.name) LIKE :q ESCAPE '\\' OR r.email LIKE :q"
            + " ESCAPE '\\' OR LOWER(r.organization) LIKE :q ESCAPE '\\')"
            + (status == null ? "" : " AND r.status = :status"),
        parameters,
        query,
        SORTABLE,
        NATURAL,
        "r.id");
  }

  /** How many of an event's registrations are confirmed, waitlisted, cancelled, attended. */
  static RegistrantCounts counts(EntityManager em, long eventId) {
    Object[] row =
        em.createQuery(
                "SELECT SUM(CASE WHEN r.status = org.convene.event.RegistrationStatus.CONFIRMED"
                    + " THEN 1 ELSE 0 END), SUM(CASE WHEN r.status ="
                    + " org.convene.event.RegistrationStatus.WAITLISTED THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN r.status = org.convene.event.RegistrationStatus.CANCELLED"
                    + " THEN 1 ELSE 0 END), SUM(CASE WHEN r.attended = TRUE THEN 1 ELSE 0 END)"
                    + " FROM Registration r WHERE r.event.id = :event",
                Object[].class)
            .setParameter("event", eventId)
            .getSingleResult();
    return new RegistrantCounts(num(row[0]), num(row[1]), num(row[2]), num(row[3]));
  }

  private static long num(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private Event ownEvent(Actor actor, long eventId) {
    return TenantScope.find(em, Event.class, actor.space(), eventId)
        .orElseThrow(() -> new NotFoundException("No such event"));
  }
}
