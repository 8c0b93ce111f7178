package org.convene.event;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.account.Caller;
import org.convene.audit.AuditLog;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;
import org.convene.platform.Digests;
import org.convene.platform.InvalidInputException;
import org.convene.platform.Like;
import org.convene.platform.NotFoundException;
import org.convene.platform.Page;
import org.convene.tenancy.TenantScope;
import org.convene.text.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-ups. Seats are handed out while holding a row lock on the event ({@code SELECT … FOR
 * UPDATE}), so however many requests arrive at once, exactly {@code capacity} registrations are
 * ever confirmed and the rest wait in the order they were taken. Mail goes through the outbox,
 * after the decision has been committed.
 */
@Stateless
public class RegistrationService {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private CollaborativeService collaboratives;
  @EJB private AuditLog audit;
  @EJB private RegistrationMail mail;

  /** Signing up again re-sends a registration's details at most once in this many minutes. */
  @Inject
  @ConfigProperty(name = "convene.signup.remail-minutes", defaultValue = "15")
  private int remailMinutes;

  // --- visitors ---

  /**
   * Signs someone up for a published event ({@code owner} null: any active collaborative's, as the
   * JSON API addresses events by id alone). The same address twice returns the existing
   * registration and e-mails its details again; it never takes a second seat.
   */
  public RegistrationResult register(Collaborative owner, long eventId, RegistrationForm form) {
    SignUp.Checked who = SignUp.check(form);
    Event event = lockPublicEvent(owner, eventId);
    if (!event.acceptsRegistrationsAt(Instant.now())) {
      throw new RegistrationClosedException(SignUp.closedReason(event, who.language()));
    }
    return register(event, who);
  }

  /**
   * Signs someone up for every upcoming session of a published series that takes sign-ups, and
   * sends one e-mail for all of them: each session with its own cancel link, one link that cancels
   * the whole series, and one calendar file holding every confirmed session.
   */
  public List<RegistrationResult> registerForSeries(
      Collaborative owner, long seriesId, RegistrationForm form) {
    SignUp.Checked who = SignUp.check(form);
    Instant now = Instant.now();
    List<Long> ids =
        em.createQuery(
                "SELECT e.id FROM Event e JOIN e.series s WHERE s.id = :series"
                    + " AND e.collaborative.id = :owner AND s.publishedAt <= :now"
                    + " AND e.publishedAt <= :now AND e.endsAt > :now ORDER BY e.id",
                Long.class)
            .setParameter("series", seriesId)
            .setParameter("owner", owner.getId())
            .setParameter("now", now)
            .getResultList();
    List<Taken> taken = new ArrayList<>();
    for (Long id : ids) { // in id order, so two series sign-ups never deadlock
      Event event = em.find(Event.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (event.acceptsRegistrationsAt(now)) {
        taken.add(take(event, who));
      }
    }
    if (taken.isEmpty()) {
      throw new RegistrationClosedException(SignUp.noSessionOpen(who.language()));
    }
    taken.sort(
        java.util.Comparator.comparing((Taken t) -> t.registration().getEvent().getStartsAt()));
    if (taken.stream().anyMatch(Taken::mail)) {
      List<RegistrationMail.Session> sessions = new ArrayList<>();
      for (Taken t : taken) {
        Registration r = t.registration();
        r.detailsMailed(now);
        boolean confirmed = r.getStatus() == RegistrationStatus.CONFIRMED;
        sessions.add(
            new RegistrationMail.Session(
                r.getEvent(),
                confirmed,
                confirmed ? 0 : waitlistPosition(r.getEvent(), r),
                t.token() != null ? t.token() : newCancelLink(r)));
      }
      Series series = taken.get(0).registration().getEvent().getSeries();
      mail.series(
          who.name(),
          who.email(),
          who.language(),
          series,
          sessions,
          newSeriesCancelLink(series, who.email()));
    }
    return taken.stream()
        .map(t -> result(t.registration().getEvent(), t.registration(), t.existing()))
        .toList();
  }

  /** What a whole-series cancel link names: the series and the person's upcoming sign-ups. */
  public record SeriesSignUp(Series series, String name, List<Registration> registrations) {}

  /** The series sign-up a whole-series cancel link names, with the sessions still to cancel. */
  public Optional<SeriesSignUp> findSeriesSignUp(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    String sha = Digests.sha256Hex(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    List<?> rows =
        em.createNativeQuery(
                "SELECT series_id, email FROM series_cancel_token WHERE token_sha256 = ?1")
            .setParameter(1, sha)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    Series series = em.find(Series.class, ((Number) row[0]).longValue());
    if (series == null) {
      return Optional.empty();
    }
    List<Registration> active =
        em.createQuery(
                "SELECT r FROM Registration r JOIN FETCH r.event e WHERE e.series.id = :series"
                    + " AND r.email = :email AND e.endsAt > :now"
                    + " AND r.status <> org.convene.event.RegistrationStatus.CANCELLED"
                    + " ORDER BY e.startsAt, e.id",
                Registration.class)
            .setParameter("series", series.getId())
            .setParameter("email", (String) row[1])
            .setParameter("now", Instant.now())
            .getResultList();
    String name = active.isEmpty() ? "" : active.get(0).getName();
    return Optional.of(new SeriesSignUp(series, name, active));
  }

  /**
   * Cancels every upcoming session the whole-series link's person holds; freed seats go to those
   * waiting, and one e-mail says what was cancelled.
   */
  public CancelOutcome cancelSeries(String token) {
    Optional<SeriesSignUp> found = findSeriesSignUp(token);
    if (found.isEmpty()) {
      return CancelOutcome.UNKNOWN;
    }
    List<Registration> held = new ArrayList<>(found.get().registrations());
    if (held.isEmpty()) {
      return CancelOutcome.ALREADY_CANCELLED;
    }
    held.sort(java.util.Comparator.comparing(r -> r.getEvent().getId())); // lock order
    List<Event> freed = new ArrayList<>();
    List<Event> cancelled = new ArrayList<>();
    for (Registration h : held) {
      Event event = em.find(Event.class, h.getEvent().getId(), LockModeType.PESSIMISTIC_WRITE);
      Registration r = em.find(Registration.class, h.getId());
      em.refresh(r);
      if (r.getStatus() == RegistrationStatus.CANCELLED) {
        continue;
      }
      if (r.getStatus() == RegistrationStatus.CONFIRMED) {
        freed.add(event);
      }
      r.cancel();
      cancelled.add(event);
    }
    if (cancelled.isEmpty()) {
      return CancelOutcome.ALREADY_CANCELLED;
    }
    cancelled.sort(java.util.Comparator.comparing(Event::getStartsAt));
    mail.seriesCancelled(held.get(0), found.get().series(), cancelled);
    em.flush();
    for (Event event : freed) {
      fillFreeSeats(event);
    }
    return CancelOutcome.CANCELLED;
  }

  /** The registration a cancel link names, if any. */
  public Optional<Registration> findByCancelToken(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    String sha = Digests.sha256Hex(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Optional<Registration> newest =
        em.createQuery(
                "SELECT r FROM Registration r JOIN FETCH r.event e JOIN FETCH e.collaborative"
                    + " WHERE r.cancelTokenSha256 = :sha",
                Registration.class)
            .setParameter("sha", sha)
            .getResultStream()
            .findFirst();
    if (newest.isPresent()) {
      return newest;
    }
    // an earlier link of the same registration
    return em.createNativeQuery(
            "SELECT registration_id FROM registration_token WHERE token_sha256 = ?1")
        .setParameter(1, sha)
        .getResultStream()
        .findFirst()
        .map(id -> em.find(Registration.class, ((Number) id).longValue()));
  }

  /**
   * Cancels the registration a personal link names. The link works once; a confirmed seat goes to
   * the first person waiting, who is told by e-mail.
   */
  public CancelOutcome cancel(String token) {
    return cancel(token, true);
  }

  /**
   * As {@link #cancel(String)}; {@code tell} false sends the person nothing (they are erasing their
   * details and saw the outcome on the page). Those given the freed seat are told either way.
   */
  public CancelOutcome cancel(String token, boolean tell) {
    Optional<Registration> found = findByCancelToken(token);
    if (found.isEmpty()) {
      return CancelOutcome.UNKNOWN;
    }
    Event event =
        em.find(Event.class, found.get().getEvent().getId(), LockModeType.PESSIMISTIC_WRITE);
    Registration r = em.find(Registration.class, found.get().getId());
    em.refresh(r);
    if (r.getStatus() == RegistrationStatus.CANCELLED) {
      return CancelOutcome.ALREADY_CANCELLED;
    }
    boolean hadSeat = r.getStatus() == RegistrationStatus.CONFIRMED;
    r.cancel();
    if (tell) {
      mail.cancelled(r, event, hadSeat);
    }
    if (hadSeat) {
      em.flush();
      fillFreeSeats(event);
    }
    return CancelOutcome.CANCELLED;
  }

  // --- editors ---

  @Authorized(EDITOR)
  public Page<Registration> registrants(
      Actor actor, String slug, long eventId, String search, int page, int size) {
    Event event = ownEvent(actor, eventId);
    String like = Like.containing(search == null ? "" : search.strip().toLowerCase(Locale.ROOT));
    String where =
        " WHERE r.event.id = :event AND (LOWER(r.name) LIKE :q ESCAPE '\\' OR r.email LIKE :q"
            + " ESCAPE '\\' OR LOWER(r.organization) LIKE :q ESCAPE '\\')";
    long total =
        em.createQuery("SELECT COUNT(r) FROM Registration r" + where, Long.class)
            .setParameter("event", event.getId())
            .setParameter("q", like)
            .getSingleResult();
    List<Registration> items =
        em.createQuery(
                "SELECT r FROM Registration r"
                    + where
                    + " ORDER BY CASE r.status WHEN org.convene.event.RegistrationStatus.CONFIRMED"
                    + " THEN 0 WHEN org.convene.event.RegistrationStatus.WAITLISTED THEN 1 ELSE 2"
                    + " END, r.requestedAt, r.id",
                Registration.class)
            .setParameter("event", event.getId())
            .setParameter("q", like)
            .setFirstResult(Page.offset(page, size))
            .setMaxResults(size)
            .getResultList();
    return new Page<>(items, Math.max(1, page), size, total);
  }

  @Authorized(EDITOR)
  public RegistrantCounts counts(Actor actor, String slug, long eventId) {
    return RegistrantTable.counts(em, ownEvent(actor, eventId).getId());
  }

  /** Every registrant of the event as CSV, safe to open in a spreadsheet. */
  @Authorized(EDITOR)
  public String exportCsv(Actor actor, String slug, long eventId) {
    Event event = ownEvent(actor, eventId);
    List<Registration> all =
        em.createQuery(
                "SELECT r FROM Registration r WHERE r.event.id = :event"
                    + " ORDER BY r.status, r.requestedAt, r.id",
                Registration.class)
            .setParameter("event", event.getId())
            .getResultList();
    Caller caller = actor.caller();
    audit.record(
        caller,
        slug,
        "registrations.export",
        "Exported " + all.size() + " registrations of event #" + eventId);
    return RegistrantCsv.write(event, all);
  }

  @Authorized(EDITOR)
  public void setAttended(Actor actor, String slug, long registrationId, boolean attended) {
    Collaborative c = actor.space();
    Registration r =
        TenantScope.find(em, Registration.class, c, registrationId)
            .orElseThrow(() -> new NotFoundException("No such registration"));
    if (r.isAttended() == attended) {
      return;
    }
    r.setAttended(attended);
    audit.record(
        actor.caller(),
        slug,
        attended ? "registration.attended" : "registration.absent",
        "Marked registration #"
            + r.getId()
            + (attended ? " as attended" : " as not attended")
            + " at event #"
            + r.getEvent().getId());
  }

  /**
   * Gives a waitlisted person a seat now, out of turn. If every seat is taken, the event gains one
   * seat for them: the count of confirmed registrations never exceeds the capacity.
   */
  @Authorized(EDITOR)
  public Registration promote(Actor actor, String slug, long registrationId) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Registration found =
        TenantScope.find(em, Registration.class, c, registrationId)
            .orElseThrow(() -> new NotFoundException("No such registration"));
    Event event = em.find(Event.class, found.getEvent().getId(), LockModeType.PESSIMISTIC_WRITE);
    Registration r = em.find(Registration.class, registrationId);
    em.refresh(r);
    if (r.getStatus() != RegistrationStatus.WAITLISTED) {
      throw new InvalidInputException(
          "registration",
          Texts.of("registration.notWaitlist", r.getName(), r.getStatus().getLabel()));
    }
    long confirmed = confirmedCount(event);
    if (event.getCapacity() != null && confirmed >= event.getCapacity()) {
      event.setCapacity((int) confirmed + 1);
    }
    confirm(event, r, "promoted");
    audit.record(
        caller,
        slug,
        "registration.promote",
        "Promoted registration #" + r.getId() + " from the waitlist of event #" + event.getId());
    return r;
  }

  // --- used by EventService and the reminder timer ---

  /** After an editor raised the capacity: the new seats go to those waiting, in order. */
  @Authorized(EDITOR)
  public void fillFreeSeats(Actor actor, String slug, long eventId) {
    fillFreeSeats(ownEvent(actor, eventId));
  }

  /**
   * Gives free seats (after a cancellation or a larger capacity) to those waiting, in order; not
   * once the event is cancelled or over (nobody is told of a seat they can no longer use).
   */
  private void fillFreeSeats(Event event) {
    em.lock(event, LockModeType.PESSIMISTIC_WRITE);
    if (event.isCancelled() || !event.getEndsAt().isAfter(Instant.now())) {
      return;
    }
    long free =
        event.getCapacity() == null ? Long.MAX_VALUE : event.getCapacity() - confirmedCount(event);
    if (free <= 0) {
      return;
    }
    List<Registration> next =
        em.createQuery(
                "SELECT r FROM Registration r WHERE r.event.id = :event"
                    + " AND r.status = org.convene.event.RegistrationStatus.WAITLISTED"
                    + " ORDER BY r.requestedAt, r.id",
                Registration.class)
            .setParameter("event", event.getId())
            .setMaxResults((int) Math.min(free, 10_000))
            .getResultList();
    for (Registration r : next) {
      confirm(event, r, "seatOpened");
    }
  }

  /** Tells everyone signed up for an event its editor has just cancelled. */
  @Authorized(EDITOR)
  public void notifyCancellation(Actor actor, String slug, long eventId) {
    Event event = ownEvent(actor, eventId);
    List<Registration> people =
        em.createQuery(
                "SELECT r FROM Registration r WHERE r.event.id = :event"
                    + " AND r.status <> org.convene.event.RegistrationStatus.CANCELLED",
                Registration.class)
            .setParameter("event", event.getId())
            .getResultList();
    mail.eventCancelled(event, people);
  }

  // --- internals ---

  private Event lockPublicEvent(Collaborative owner, long eventId) {
    Event event = em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    if (event == null
        || !event.isPublicAt(Instant.now())
        || (owner != null && !owner.getId().equals(event.getCollaborative().getId()))
        || !event.getCollaborative().isActive()) {
      throw new NotFoundException("No such event");
    }
    return event;
  }

  private RegistrationResult register(Event event, SignUp.Checked who) {
    Taken t = take(event, who);
    if (t.mail()) {
      sendDetails(event, t.registration(), t.token(), t.existing() ? "already" : null);
    }
    return result(event, t.registration(), t.existing());
  }

  /**
   * A sign-up taken (or found): the registration, a new cancel link when its details are to be
   * mailed, whether it existed, and whether to mail it.
   */
  private record Taken(Registration registration, String token, boolean existing, boolean mail) {}

  /** Takes a seat or a waitlist place for {@code who}; the caller mails the details. */
  private Taken take(Event event, SignUp.Checked who) {
    Registration existing =
        em.createQuery(
                "SELECT r FROM Registration r WHERE r.event.id = :event AND r.email = :email",
                Registration.class)
            .setParameter("event", event.getId())
            .setParameter("email", who.email())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (existing != null && existing.getStatus() != RegistrationStatus.CANCELLED) {
      // signing up again re-sends the details (with a cancel link that works besides the earlier
      // ones), at most once per interval: a form posted again and again mails nobody again
      Instant mailed = existing.getDetailsMailedAt();
      boolean remail =
          mailed == null || mailed.plus(Duration.ofMinutes(remailMinutes)).isBefore(Instant.now());
      return new Taken(existing, remail ? newCancelLink(existing) : null, true, remail);
    }
    Registration r;
    String token;
    if (existing != null) {
      token = newCancelLink(existing);
      existing.renew(who.name(), who.organization(), who.profession());
      r = existing;
      r.speaks(who.language());
    } else {
      token = newToken();
      String tokenHash = Digests.sha256Hex(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      r =
          new Registration(
              event, who.name(), who.email(), who.organization(), who.profession(), tokenHash);
      r.speaks(who.language());
      em.persist(r);
    }
    long confirmed = confirmedCount(event);
    if (event.getCapacity() == null || confirmed < event.getCapacity()) {
      r.confirm();
      if (event.getStartsAt().isBefore(Instant.now().plus(Duration.ofHours(24)))) {
        r.markReminded();
      }
    }
    em.flush();
    return new Taken(r, token, false, true);
  }

  /** A new whole-series cancel link for an address (only its hash is kept). */
  private String newSeriesCancelLink(Series series, String email) {
    String token = newToken();
    em.createNativeQuery(
            "INSERT INTO series_cancel_token (token_sha256, series_id, email) VALUES (?1, ?2, ?3)")
        .setParameter(1, Digests.sha256Hex(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .setParameter(2, series.getId())
        .setParameter(3, email)
        .executeUpdate();
    return token;
  }

  private void confirm(Event event, Registration r, String headline) {
    r.confirm();
    if (event.getStartsAt().isBefore(Instant.now().plus(Duration.ofHours(24)))) {
      r.markReminded();
    }
    sendDetails(event, r, newCancelLink(r), headline);
  }

  /**
   * A new cancel link for a registration; its earlier links keep working (only their hashes are
   * kept, in {@code registration_token}).
   */
  private String newCancelLink(Registration r) {
    em.createNativeQuery(
            "INSERT INTO registration_token (token_sha256, registration_id) VALUES (?1, ?2)"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, r.getCancelTokenSha256())
        .setParameter(2, r.getId())
        .executeUpdate();
    String token = newToken();
    r.renewToken(Digests.sha256Hex(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return token;
  }

  /** Mails a registration's details (see {@link RegistrationMail#details}). */
  private void sendDetails(Event event, Registration r, String token, String headline) {
    r.detailsMailed(Instant.now());
    mail.details(
        event,
        r,
        token,
        headline,
        r.getStatus() == RegistrationStatus.CONFIRMED ? 0 : waitlistPosition(event, r));
  }

  private RegistrationResult result(Event event, Registration r, boolean existing) {
    int position = r.getStatus() == RegistrationStatus.WAITLISTED ? waitlistPosition(event, r) : 0;
    return new RegistrationResult(
        event.getId(), event.getTitle(), r.getStatus(), position, existing);
  }

  private int waitlistPosition(Event event, Registration r) {
    return em.createQuery(
            "SELECT COUNT(o) FROM Registration o WHERE o.event.id = :event"
                + " AND o.status = org.convene.event.RegistrationStatus.WAITLISTED"
                + " AND (o.requestedAt < :at OR (o.requestedAt = :at AND o.id <= :id))",
            Long.class)
        .setParameter("event", event.getId())
        .setParameter("at", r.getRequestedAt())
        .setParameter("id", r.getId())
        .getSingleResult()
        .intValue();
  }

  private long confirmedCount(Event event) {
    return em.createQuery(
            "SELECT COUNT(r) FROM Registration r WHERE r.event.id = :event"
                + " AND r.status = org.convene.event.RegistrationStatus.CONFIRMED",
            Long.class)
        .setParameter("event", event.getId())
        .getSingleResult();
  }

  private Event ownEvent(Actor actor, long eventId) {
    return TenantScope.find(em, Event.class, actor.space(), eventId)
        .orElseThrow(() -> new NotFoundException("No such event"));
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
