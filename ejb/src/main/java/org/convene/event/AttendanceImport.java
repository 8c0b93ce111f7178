package org.convene.event;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.audit.AuditLog;
import org.convene.platform.NotFoundException;
import org.convene.tenancy.TenantScope;

/**
 * Attendance from a webinar tool's attendee export, matched to an event's registrations by e-mail
 * address: first a preview that changes nothing, then the marking, audited. People in the file who
 * did not register are reported, never added.
 */
@Stateless
public class AttendanceImport {

  /** Unmatched rows listed in a preview (all are counted). */
  public static final int LISTED = 200;

  private static final int CHUNK = 1_000;

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;

  /**
   * What an import would do: registrants it would mark as attended, those already marked, and the
   * file's people who match no registration (the first {@link #LISTED}).
   */
  public record Preview(
      long eventId,
      String eventTitle,
      int rows,
      int notAttended,
      List<String> toMark,
      int alreadyMarked,
      int unmatched,
      List<AttendeeCsv.Attendee> unmatchedListed)
      implements Serializable {}

  /** Reads the file and says what importing it would do; changes nothing. */
  @Authorized(EDITOR)
  public Preview preview(Actor actor, String slug, long eventId, byte[] file) {
    Event event = ownEvent(actor, eventId);
    AttendeeCsv.Attendees read = AttendeeCsv.read(file);
    Map<String, Registration> registered = registrations(event, read.attendees());
    List<String> toMark = new ArrayList<>();
    int already = 0;
    List<AttendeeCsv.Attendee> unmatched = new ArrayList<>();
    int unmatchedCount = 0;
    for (AttendeeCsv.Attendee a : read.attendees()) {
      Registration r = registered.get(a.email());
      if (r == null) {
        unmatchedCount++;
        if (unmatched.size() < LISTED) {
          unmatched.add(a);
        }
      } else if (r.isAttended()) {
        already++;
      } else {
        toMark.add(r.getName() + " <" + r.getEmail() + ">");
      }
    }
    return new Preview(
        event.getId(),
        event.getTitle(),
        read.rows(),
        read.notAttended(),
        toMark,
        already,
        unmatchedCount,
        unmatched);
  }

  /** Marks the file's registered people as attended; returns how many were marked. Audited. */
  @Authorized(EDITOR)
  public int apply(Actor actor, String slug, long eventId, byte[] file) {
    Event event = ownEvent(actor, eventId);
    AttendeeCsv.Attendees read = AttendeeCsv.read(file);
    List<String> emails = read.attendees().stream().map(AttendeeCsv.Attendee::email).toList();
    int marked = 0;
    for (int i = 0; i < emails.size(); i += CHUNK) {
      marked +=
          em.createQuery(
                  "UPDATE Registration r SET r.attended = TRUE WHERE r.event.id = :event"
                      + " AND r.email IN :emails AND r.attended = FALSE")
              .setParameter("event", event.getId())
              .setParameter("emails", emails.subList(i, Math.min(emails.size(), i + CHUNK)))
              .executeUpdate();
    }
    audit.record(
        actor.caller(),
        slug,
        "registration.attendance-import",
        "Imported attendance of event #"
            + event.getId()
            + ": "
            + marked
            + " marked as attended from a file of "
            + read.rows()
            + " rows");
    return marked;
  }

  private Map<String, Registration> registrations(
      Event event, List<AttendeeCsv.Attendee> attendees) {
    List<String> emails = attendees.stream().map(AttendeeCsv.Attendee::email).toList();
    Map<String, Registration> found = new HashMap<>();
    for (int i = 0; i < emails.size(); i += CHUNK) {
      for (Registration r :
          em.createQuery(
                  "SELECT r FROM Registration r WHERE r.event.id = :event AND r.email IN :emails",
                  Registration.class)
              .setParameter("event", event.getId())
              .setParameter("emails", emails.subList(i, Math.min(emails.size(), i + CHUNK)))
              .getResultList()) {
        found.put(r.getEmail(), r);
      }
    }
    return found;
  }

  private Event ownEvent(Actor actor, long eventId) {
    return TenantScope.find(em, Event.class, actor.space(), eventId)
        .orElseThrow(() -> new NotFoundException("No such event"));
  }
}
