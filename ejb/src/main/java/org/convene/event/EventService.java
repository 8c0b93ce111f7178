package org.convene.event;

import static org.convene.account.Authorized.Rule.*;
import static org.convene.platform.FormChecks.blankToNull;
import static org.convene.platform.FormChecks.failIfAny;
import static org.convene.platform.FormChecks.flush;
import static org.convene.platform.FormChecks.maxLength;
import static org.convene.platform.FormChecks.publication;
import static org.convene.platform.FormChecks.requireVersion;
import static org.convene.platform.FormChecks.required;
import static org.convene.platform.FormChecks.url;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.account.Caller;
import org.convene.audit.AuditLog;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.platform.Page;
import org.convene.platform.Slugs;
import org.convene.tenancy.TenantScope;
import org.convene.text.Texts;

/**
 * Events as editors change them: each change authorised against the collaborative and written to
 * the audit log. What the public reads is {@link PublicEvents}; series, presenters and materials
 * have their own services.
 */
@Stateless
public class EventService {

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private CollaborativeService collaboratives;
  @EJB private AuditLog audit;
  @EJB private org.convene.revision.RevisionService revisions;
  @EJB private RegistrationService registrations;
  @EJB private PublicEvents publicEvents;

  // --- editors ---

  /** A row of the editors' events table: the event (with its series) and its confirmed seats. */
  public record EventRow(Event event, long taken) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    // getters for pages: Expression Language 5 does not read a record's components
    public Event getEvent() {
      return event;
    }

    public long getTaken() {
      return taken;
    }
  }

  /** What the editors' events table sorts by. */
  private static final Map<String, String> TABLE_SORT =
      Map.of("title", "LOWER(e.title)", "startsAt", "e.startsAt", "status", "e.status");

  /**
   * One page of the working collaborative's events (drafts and archived too) for its editors'
   * table: searched by title, filtered by status and by editorial state, sorted by a named column
   * (else latest first), each with its series and seats taken. Three statements.
   */
  @Authorized(EDITOR)
  public Page<EventRow> table(Actor actor, String slug, org.convene.platform.TableQuery query) {
    EventStatus status = query.filter("status", EventStatus.class);
    org.convene.platform.EditorialState state =
        query.filter("state", org.convene.platform.EditorialState.class);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("c", actor.space().getId());
    parameters.put("q", query.likePattern());
    if (status != null) {
      parameters.put("status", status);
    }
    Page<Event> events =
        org.convene.platform.TablePages.page(
            em,
            Event.class,
            "Event e",
            " LEFT JOIN FETCH e.series",
            " WHERE e.collaborative.id = :c AND LOWER(e.title) LIKE :q ESCAPE '\\'"
                + (status == null ? "" : " AND e.status = :status")
                + org.convene.platform.EditorialState.condition(state, "e"),
            parameters,
            query,
            TABLE_SORT,
            "e.startsAt DESC, e.id DESC",
            "e.id");
    Map<Long, Long> taken =
        publicEvents.confirmedCounts(events.items().stream().map(Event::getId).toList());
    return new Page<>(
        events.items().stream()
            .map(e -> new EventRow(e, taken.getOrDefault(e.getId(), 0L)))
            .toList(),
        events.number(),
        events.size(),
        events.total());
  }

  @Authorized(EDITOR)
  public Event eventForEditing(Actor actor, String slug, long id) {
    Collaborative c = actor.space();
    Event e = ownEvent(c, id);
    e.getPresenters().size();
    e.getTopics().size();
    if (e.getSeries() != null) {
      e.getSeries().getTitle();
    }
    return e;
  }

  @Authorized(EDITOR)
  public Event createEvent(Actor actor, String slug, EventForm form) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Checked checked = check(c, form);
    Event e =
        new Event(
            c,
            Slugs.from(form.getTitle(), 100),
            checked.title,
            checked.start,
            checked.end,
            checked.zone);
    apply(e, form, checked);
    em.persist(e);
    em.flush();
    revisions.record(
        caller,
        c,
        org.convene.revision.Revision.ItemType.EVENT,
        e.getId(),
        EventForm.of(e),
        "Created");
    audit.record(caller, slug, "event.create", "Created event #" + e.getId() + " " + e.getTitle());
    return e;
  }

  @Authorized(EDITOR)
  public Event updateEvent(Actor actor, String slug, long id, EventForm form) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Event e = ownEvent(c, id);
    requireVersion(e.getVersion(), form.getVersion(), Texts.of("thing.event"));
    Checked checked = check(c, form);
    Integer capacityBefore = e.getCapacity();
    e.setTitle(checked.title);
    e.setSlug(Slugs.from(checked.title, 100));
    e.schedule(checked.start, checked.end, checked.zone);
    apply(e, form, checked);
    flush(em, Texts.of("thing.event"));
    if (!Objects.equals(capacityBefore, e.getCapacity())) {
      registrations.fillFreeSeats(actor, slug, id);
    }
    revisions.record(
        caller,
        c,
        org.convene.revision.Revision.ItemType.EVENT,
        id,
        EventForm.of(e),
        form.getNote());
    audit.record(caller, slug, "event.update", "Updated event #" + id + " " + e.getTitle());
    return e;
  }

  /** Cancels an event; everyone signed up is told by e-mail. */
  @Authorized(EDITOR)
  public Event cancelEvent(Actor actor, String slug, long id, long version) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Event e = ownEvent(c, id);
    requireVersion(e.getVersion(), version, Texts.of("thing.event"));
    if (e.isCancelled()) {
      return e;
    }
    e.setStatus(EventStatus.CANCELLED);
    e.setRegistrationOpen(false);
    e.touch();
    flush(em, Texts.of("thing.event"));
    registrations.notifyCancellation(actor, slug, id);
    revisions.record(
        caller, c, org.convene.revision.Revision.ItemType.EVENT, id, EventForm.of(e), "Cancelled");
    audit.record(caller, slug, "event.cancel", "Cancelled event #" + id + " " + e.getTitle());
    return e;
  }

  /** Opens or closes registration. */
  @Authorized(EDITOR)
  public Event setRegistrationOpen(Actor actor, String slug, long id, boolean open) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Event e = ownEvent(c, id);
    if (open && e.isCancelled()) {
      throw new InvalidInputException(
          "registrationOpen", Texts.of("event.eventCancelledRegistrationCannot"));
    }
    e.setRegistrationOpen(open);
    e.touch();
    flush(em, Texts.of("thing.event"));
    revisions.record(
        caller,
        c,
        org.convene.revision.Revision.ItemType.EVENT,
        id,
        EventForm.of(e),
        open ? "Registration opened" : "Registration closed");
    audit.record(
        caller,
        slug,
        open ? "event.registration.open" : "event.registration.close",
        (open ? "Opened" : "Closed") + " registration for event #" + id + " " + e.getTitle());
    return e;
  }

  // --- helpers ---

  Event ownEvent(Collaborative c, long id) {
    return TenantScope.find(em, Event.class, c, id)
        .orElseThrow(() -> new NotFoundException("No such event"));
  }

  private record Checked(
      String title,
      Instant start,
      Instant end,
      ZoneId zone,
      List<org.convene.topic.Topic> topics,
      Instant publishAt,
      String keyFindings,
      String callReport,
      String summary) {}

  private Checked check(Collaborative c, EventForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    String title =
        required(errors, "title", form.getTitle(), 200, Texts.of("event.enterEventSTitle"));
    ZoneId zone = null;
    try {
      zone = form.getZoneId() == null ? null : ZoneId.of(form.getZoneId());
    } catch (DateTimeException e) {
      zone = null;
    }
    if (zone == null) {
      errors.put("zoneId", Texts.of("event.chooseTimeZoneEvent"));
    }
    if (form.getDate() == null) {
      errors.put("date", Texts.of("event.enterDateEvent"));
    }
    if (form.getStartTime() == null) {
      errors.put("startTime", Texts.of("event.enterStartTime"));
    }
    if (form.getEndTime() == null) {
      errors.put("endTime", Texts.of("event.enterEndTime"));
    }
    Instant start = null;
    Instant end = null;
    if (zone != null && form.getDate() != null && form.getStartTime() != null) {
      start = instant(errors, "startTime", form.getDate(), form.getStartTime(), zone);
    }
    LocalDate endDate = form.getEndDate() == null ? form.getDate() : form.getEndDate();
    if (zone != null && endDate != null && form.getEndTime() != null) {
      end = instant(errors, "endTime", endDate, form.getEndTime(), zone);
    }
    if (start != null && end != null && !end.isAfter(start)) {
      errors.put("endTime", Texts.of("event.eventMustEndAfter"));
    } else if (start != null && end != null && end.isAfter(start.plus(Event.LONGEST))) {
      errors.put("endTime", Texts.of("event.tooLong", Event.LONGEST.toDays()));
    }
    url(errors, "joinUrl", form.getJoinUrl(), false);
    url(errors, "recordingUrl", form.getRecordingUrl(), false);
    if (form.getCapacity() != null && form.getCapacity() < 1) {
      errors.put("capacity", Texts.of("event.capacityMustLeast1"));
    }
    if (form.getAttendance() != null && form.getAttendance() < 0) {
      errors.put("attendance", Texts.of("event.attendanceCannotNegative"));
    }
    if ((form.getFormat() == EventFormat.IN_PERSON || form.getFormat() == EventFormat.HYBRID)
        && (form.getLocation() == null || form.getLocation().isBlank())) {
      errors.put("location", Texts.of("event.enterWhereEventTakes"));
    }
    if (form.getSeriesId() != null
        && TenantScope.find(em, Series.class, c, form.getSeriesId()).isEmpty()) {
      errors.put("seriesId", Texts.of("event.chooseOneSeries"));
    }
    List<Long> presenterIds = Arrays.asList(form.getPresenterIds());
    if (!presenterIds.isEmpty()) {
      // one's own presenters, or people of the network who presented a published session
      long allowed =
          em.createQuery(
                  "SELECT COUNT(p) FROM Presenter p JOIN p.collaborative c WHERE p.id IN :ids"
                      + " AND (c.id = :own OR ("
                      + PresenterService.PUBLIC_PRESENTER
                      + "))",
                  Long.class)
              .setParameter("ids", presenterIds)
              .setParameter("own", c.getId())
              .setParameter("now", Instant.now())
              .getSingleResult();
      if (allowed != presenterIds.stream().distinct().count()) {
        errors.put("presenterIds", Texts.of("event.choosePresentersFromOwn"));
      }
    }
    String keyFindings =
        org.convene.platform.FormChecks.richText(
            errors, "keyFindings", form.getKeyFindings(), Texts.of("event.keyFindings"));
    String callReport =
        org.convene.platform.FormChecks.richText(
            errors, "callReport", form.getCallReport(), Texts.of("event.callReport"));
    // the abstract is rich text (paragraphs, emphasis, lists, links); plain text keeps its
    // paragraphs; its words (not its markup) are what the limit counts
    String summary =
        org.convene.platform.FormChecks.richText(
            errors,
            "summary",
            org.convene.platform.RichText.asHtml(form.getSummary()),
            Texts.of("event.abstract"));
    int words = org.convene.platform.RichText.plainText(summary).length();
    if (words > Event.SUMMARY_MAX) {
      errors.putIfAbsent("summary", Texts.of("event.abstractTooLong", words, Event.SUMMARY_MAX));
    }
    maxLength(
        errors, "location", form.getLocation(), Event.LOCATION_MAX, Texts.of("event.location"));
    maxLength(
        errors,
        "discussionTopics",
        form.getDiscussionTopics(),
        Event.DISCUSSION_TOPICS_MAX,
        Texts.of("event.discussionTopics"));
    List<org.convene.topic.Topic> topics =
        org.convene.platform.FormChecks.topics(em, form.getTopicIds(), errors);
    Instant publishAt =
        org.convene.platform.FormChecks.scheduled(form.getPublishAt(), form.getZoneId(), errors);
    failIfAny(errors);
    return new Checked(
        title, start, end, zone, topics, publishAt, keyFindings, callReport, summary);
  }

  private void apply(Event e, EventForm form, Checked checked) {
    e.setSummary(checked.summary());
    e.setFormat(form.getFormat() == null ? EventFormat.ONLINE : form.getFormat());
    e.setJoinUrl(blankToNull(form.getJoinUrl()));
    e.setLocation(blankToNull(form.getLocation()));
    e.setCapacity(form.getCapacity());
    if (!e.isCancelled()) {
      e.setRegistrationOpen(form.isRegistrationOpen());
    }
    e.setSeries(form.getSeriesId() == null ? null : em.find(Series.class, form.getSeriesId()));
    e.setDiscussionTopics(blankToNull(form.getDiscussionTopics()));
    e.setKeyFindings(checked.keyFindings());
    e.setRecordingUrl(blankToNull(form.getRecordingUrl()));
    e.setCallReport(checked.callReport());
    e.setAttendance(form.getAttendance());
    if (e.getStatus() == EventStatus.SCHEDULED
        && form.getAttendance() != null
        && checked.end.isBefore(Instant.now())) {
      e.setStatus(EventStatus.COMPLETED);
    }
    e.getTopics().clear();
    e.getTopics().addAll(checked.topics());
    e.getPresenters().clear();
    // each presenter once, in the order chosen (a tampered post may repeat an id)
    for (Long pid : new java.util.LinkedHashSet<>(Arrays.asList(form.getPresenterIds()))) {
      e.getPresenters().add(em.find(Presenter.class, pid));
    }
    e.setPublishedAt(publication(e.getPublishedAt(), form.isPublished(), checked.publishAt()));
    e.touch();
  }

  private static Instant instant(
      Map<String, String> errors,
      String field,
      LocalDate date,
      java.time.LocalTime time,
      ZoneId zone) {
    Optional<Instant> at = EventTimes.instant(date, time, zone);
    if (at.isEmpty()) {
      errors.put(
          field,
          Texts.of(
              "event.timeDoesNotExist",
              time,
              date,
              zone.getId(),
              EventTimes.gapExplanation(date, time, zone)));
      return null;
    }
    return at.get();
  }
}
