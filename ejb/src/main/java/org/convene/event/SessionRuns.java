package org.convene.event;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.audit.AuditLog;
import org.convene.collaborative.Collaborative;
import org.convene.platform.InvalidFormException;
import org.convene.platform.NotFoundException;
import org.convene.tenancy.TenantScope;
import org.convene.text.Texts;

/**
 * A series' sessions as its editor works with them: listed (drafts too), added as a run from a
 * pattern, and any event duplicated. Every session is created through {@link
 * EventService#createEvent}, so each is checked, revisioned and audited as one made by hand; a run
 * is one transaction — all its sessions, or none.
 */
@Stateless
public class SessionRuns {

  @PersistenceContext private EntityManager em;
  @EJB private EventService events;
  @EJB private AuditLog audit;

  /** Every session of one of the caller's series, drafts too, in order of time. */
  @Authorized(EDITOR)
  public List<Event> sessionsForEditing(Actor actor, String slug, long seriesId) {
    Series series = ownSeries(actor.space(), seriesId);
    return em.createQuery(
            "SELECT e FROM Event e WHERE e.series = :series ORDER BY e.startsAt, e.id", Event.class)
        .setParameter("series", series)
        .getResultList();
  }

  /**
   * The dates a run would have (checked, not created): for the page's "this creates N sessions"
   * question before a long run.
   */
  @Authorized(EDITOR)
  public List<LocalDate> plannedDates(Actor actor, String slug, SessionRunForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    List<LocalDate> dates = dates(form, errors);
    org.convene.platform.FormChecks.failIfAny(errors);
    return dates;
  }

  /**
   * Adds a run of sessions to one of the caller's series; a run longer than {@link
   * Recurrence#CONFIRM_ABOVE} only once the editor confirmed it. Returns the new sessions.
   */
  @Authorized(EDITOR)
  public List<Event> addSessions(Actor actor, String slug, long seriesId, SessionRunForm form) {
    Collaborative c = actor.space();
    Series series = ownSeries(c, seriesId);
    Map<String, String> errors = new LinkedHashMap<>();
    String title =
        org.convene.platform.FormChecks.required(
            errors, "title", form.getTitle(), 180, Texts.of("sessionRuns.enterSessionsTitle"));
    List<LocalDate> dates = dates(form, errors);
    if (dates.size() > Recurrence.CONFIRM_ABOVE && !form.isConfirmedMany()) {
      errors.put("count", Texts.of("sessionRuns.wouldCreateSessionsConfirm", dates.size()));
    }
    ZoneId zone = zone(form.getZoneId(), errors);
    if (form.getStartTime() == null) {
      errors.put("startTime", Texts.of("sessionRuns.enterStartTime"));
    }
    if (form.getEndTime() == null) {
      errors.put("endTime", Texts.of("sessionRuns.enterEndTime"));
    }
    if (form.getStartTime() != null
        && form.getEndTime() != null
        && !form.getEndTime().isAfter(form.getStartTime())) {
      errors.put("endTime", Texts.of("sessionRuns.sessionsMustEndAfter"));
    }
    if (zone != null && form.getStartTime() != null) {
      for (LocalDate date : dates) {
        if (EventTimes.instant(date, form.getStartTime(), zone).isEmpty()) {
          errors.put(
              "startTime",
              Texts.of(
                  "sessionRuns.timeDoesNotExist",
                  form.getStartTime(),
                  date,
                  zone.getId(),
                  EventTimes.gapExplanation(date, form.getStartTime(), zone)));
          break;
        }
      }
    }
    org.convene.platform.FormChecks.failIfAny(errors);
    long before = sessionsForEditing(actor, slug, seriesId).size();
    List<Event> created = new ArrayList<>(dates.size());
    for (int i = 0; i < dates.size(); i++) {
      EventForm session = new EventForm();
      session.setTitle(dates.size() == 1 ? title : title + " — session " + (before + i + 1));
      session.setSeriesId(series.getId());
      session.setDate(dates.get(i));
      session.setStartTime(form.getStartTime());
      session.setEndTime(form.getEndTime());
      session.setZoneId(zone.getId());
      session.setFormat(form.getFormat());
      session.setJoinUrl(form.getJoinUrl());
      session.setLocation(form.getLocation());
      session.setCapacity(form.getCapacity());
      session.setPresenterIds(form.getPresenterIds());
      session.setTopicIds(form.getTopicIds());
      session.setPublished(form.isPublished());
      try {
        created.add(events.createEvent(actor, slug, session));
      } catch (InvalidFormException e) {
        // the same message for the run's form (the fields are named alike); nothing is kept
        throw new InvalidFormException(e.orderedFields());
      }
    }
    audit.record(
        actor.caller(),
        slug,
        "series.sessions",
        "Added " + created.size() + " sessions to series #" + seriesId + " " + series.getTitle());
    return created;
  }

  /**
   * A copy of one of the caller's events as a new draft ("Copy of …"): the same time, place,
   * series, presenters, topics and texts; no registrations, recording, attendance or report.
   */
  @Authorized(EDITOR)
  public Event duplicate(Actor actor, String slug, long eventId) {
    Event original =
        TenantScope.find(em, Event.class, actor.space(), eventId)
            .orElseThrow(() -> new NotFoundException("No such event"));
    EventForm copy = EventForm.of(original);
    String title = "Copy of " + original.getTitle();
    copy.setTitle(title.length() > 200 ? title.substring(0, 200) : title);
    copy.setPublished(false);
    copy.setPublishAt(null);
    copy.setRecordingUrl(null);
    copy.setAttendance(null);
    copy.setCallReport(null);
    copy.setKeyFindings(null);
    copy.setRegistrationOpen(true);
    copy.setVersion(0);
    return events.createEvent(actor, slug, copy);
  }

  /**
   * Moves one of a series' sessions a place earlier or later: the two sessions exchange their
   * dates, times and zones (a series' order is the order of its dates), each change revisioned and
   * audited as an edit, plus one audit entry for the move. Refused, changing nothing, when either
   * session has taken place, has people signed up (they registered for its date) or is cancelled.
   */
  @Authorized(EDITOR)
  public void moveSession(Actor actor, String slug, long seriesId, long eventId, boolean earlier) {
    List<Event> sessions = sessionsForEditing(actor, slug, seriesId);
    int at = -1;
    for (int i = 0; i < sessions.size(); i++) {
      if (sessions.get(i).getId() == eventId) {
        at = i;
      }
    }
    if (at < 0) {
      throw new NotFoundException("No such session in this series");
    }
    int other = earlier ? at - 1 : at + 1;
    Event moved = sessions.get(at);
    if (other < 0 || other >= sessions.size()) {
      throw new org.convene.platform.InvalidInputException(
          "move",
          "“"
              + moved.getTitle()
              + "” is already the "
              + (earlier ? "first" : "last")
              + " session.");
    }
    Event swapped = sessions.get(other);
    java.time.Instant now = java.time.Instant.now();
    for (Event e : List.of(moved, swapped)) {
      if (!e.getStartsAt().isAfter(now)) {
        throw new org.convene.platform.InvalidInputException(
            "move",
            "“" + e.getTitle() + "” has already taken place: its date is part of the record.");
      }
      if (e.isCancelled()) {
        throw new org.convene.platform.InvalidInputException(
            "move", "“" + e.getTitle() + "” is cancelled: its date stays as it was announced.");
      }
      long signedUp =
          ((Number)
                  em.createNativeQuery(
                          "SELECT count(*) FROM registration WHERE event_id = ?1"
                              + " AND status <> 'CANCELLED'")
                      .setParameter(1, e.getId())
                      .getSingleResult())
              .longValue();
      if (signedUp > 0) {
        throw new org.convene.platform.InvalidInputException(
            "move",
            "“"
                + e.getTitle()
                + "” has "
                + (signedUp == 1 ? "1 person" : signedUp + " people")
                + " signed up for its date, so it keeps it: change the other session's date"
                + " in its editor instead.");
      }
    }
    EventForm first = EventForm.of(moved);
    EventForm second = EventForm.of(swapped);
    String note = "Moved " + (earlier ? "earlier" : "later") + " in the series";
    exchangeTimes(first, EventForm.of(swapped));
    exchangeTimes(second, EventForm.of(moved));
    first.setNote(note);
    second.setNote("Exchanged dates with “" + moved.getTitle() + "”");
    events.updateEvent(actor, slug, moved.getId(), first);
    events.updateEvent(actor, slug, swapped.getId(), second);
    audit.record(
        actor.caller(),
        slug,
        "series.reorder",
        "Moved event #"
            + moved.getId()
            + " "
            + moved.getTitle()
            + " "
            + (earlier ? "before" : "after")
            + " event #"
            + swapped.getId()
            + " in series #"
            + seriesId);
  }

  /** Gives {@code form} the date, times and zone of {@code from}. */
  private static void exchangeTimes(EventForm form, EventForm from) {
    form.setDate(from.getDate());
    form.setStartTime(from.getStartTime());
    form.setEndDate(from.getEndDate());
    form.setEndTime(from.getEndTime());
    form.setZoneId(from.getZoneId());
  }

  private Series ownSeries(Collaborative c, long seriesId) {
    return TenantScope.find(em, Series.class, c, seriesId)
        .orElseThrow(() -> new NotFoundException("No such series"));
  }

  private static ZoneId zone(String zoneId, Map<String, String> errors) {
    if (zoneId == null || !EventTimes.ZONES.contains(zoneId)) {
      errors.put("zoneId", Texts.of("sessionRuns.chooseTimeZoneSessions"));
      return null;
    }
    return ZoneId.of(zoneId);
  }

  private static List<LocalDate> dates(SessionRunForm form, Map<String, String> errors) {
    Recurrence recurrence = form.getRecurrence() == null ? Recurrence.WEEKLY : form.getRecurrence();
    if (recurrence == Recurrence.DATES) {
      try {
        List<LocalDate> dates = Recurrence.parse(form.getDates());
        if (dates.isEmpty()) {
          errors.put("dates", Texts.of("sessionRuns.listDatesSessionsOne"));
        } else if (dates.size() > Recurrence.MAX) {
          errors.put("dates", Texts.of("sessionRuns.oneRunAddsMost", Recurrence.MAX));
        }
        return dates;
      } catch (IllegalArgumentException e) {
        errors.put("dates", e.getMessage());
        return List.of();
      }
    }
    if (form.getFirstDate() == null) {
      errors.put("firstDate", Texts.of("sessionRuns.enterDateFirstSession"));
    }
    Integer count = form.getCount();
    if (count == null || count < 1 || count > Recurrence.MAX) {
      errors.put("count", Texts.of("sessionRuns.enterHowManySessions", Recurrence.MAX));
    }
    if (!errors.isEmpty()) {
      return List.of();
    }
    return recurrence.dates(form.getFirstDate(), count);
  }
}
