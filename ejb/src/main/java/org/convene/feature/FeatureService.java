package org.convene.feature;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.account.Caller;
import org.convene.audit.AuditLog;
import org.convene.collaborative.Collaborative;
import org.convene.event.Event;
import org.convene.news.NewsItem;
import org.convene.platform.InvalidFormException;
import org.convene.platform.NotFoundException;
import org.convene.text.Texts;

/**
 * Featuring on the network home (administrators only). The home asks for what is featured now and
 * joins to the item live: an item its owner unpublishes or cancels, or a suspended member, drops
 * off at once.
 */
@Stateless
public class FeatureService {

  static final String ACTIVE = "c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE";

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private AuditLog audit;

  /** The member featured now, if any (the latest period that covers now wins). */
  public Optional<Feature> currentMember() {
    return em.createQuery(
            "SELECT f FROM Feature f JOIN FETCH f.collaborative c"
                + " WHERE f.kind = org.convene.feature.FeatureKind.MEMBER"
                + " AND f.startsAt <= :now AND f.endsAt > :now AND "
                + ACTIVE
                + " ORDER BY f.startsAt DESC, f.id DESC",
            Feature.class)
        .setParameter("now", Instant.now())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * The item featured now, if still public: an event (not cancelled), else a series, else a news
   * item — in one statement.
   */
  public Optional<Feature> currentItem() {
    return em.createQuery(
            "SELECT f FROM Feature f JOIN FETCH f.collaborative c LEFT JOIN FETCH f.event e"
                + " LEFT JOIN FETCH f.series s LEFT JOIN FETCH f.news n"
                + " WHERE f.kind <> org.convene.feature.FeatureKind.MEMBER"
                + " AND f.startsAt <= :now AND f.endsAt > :now AND "
                + ACTIVE
                + " AND ((f.kind = org.convene.feature.FeatureKind.EVENT AND e.publishedAt <= :now"
                + " AND e.status <> org.convene.event.EventStatus.CANCELLED)"
                + " OR (f.kind = org.convene.feature.FeatureKind.SERIES AND s.publishedAt <= :now)"
                + " OR (f.kind = org.convene.feature.FeatureKind.NEWS AND n.publishedAt <= :now))"
                + " ORDER BY CASE f.kind WHEN org.convene.feature.FeatureKind.EVENT THEN 0"
                + " WHEN org.convene.feature.FeatureKind.SERIES THEN 1 ELSE 2 END,"
                + " f.startsAt DESC, f.id DESC",
            Feature.class)
        .setParameter("now", Instant.now())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  // --- administrators ---

  /** What the featuring history sorts by. */
  private static final Map<String, String> HISTORY_SORT =
      Map.of("startsAt", "f.startsAt", "kind", "f.kind", "createdBy", "LOWER(f.createdBy)");

  /**
   * One page of every period ever featured (latest first) for the administrators' history table:
   * searched by the member's name or the item's title, filtered by kind, sorted by a named column,
   * each with what it features. Two statements.
   */
  @Authorized(ADMINISTRATOR)
  public org.convene.platform.Page<Feature> history(
      Actor actor, org.convene.platform.TableQuery query) {
    FeatureKind kind = query.filter("kind", FeatureKind.class);
    Map<String, Object> parameters = new java.util.HashMap<>();
    parameters.put("q", query.likePattern());
    if (kind != null) {
      parameters.put("kind", kind);
    }
    return org.convene.platform.TablePages.page(
        em,
        Feature.class,
        "Feature f JOIN f.collaborative fc LEFT JOIN f.event fe LEFT JOIN f.news fn"
            + " LEFT JOIN f.series fs",
        " JOIN FETCH f.collaborative LEFT JOIN FETCH f.event LEFT JOIN FETCH f.news"
            + " LEFT JOIN FETCH f.series",
        " WHERE (LOWER(fc.name) LIKE :q ESCAPE '\\' OR LOWER(fe.title) LIKE :q ESCAPE '\\'"
            + " OR LOWER(fn.title) LIKE :q ESCAPE '\\' OR LOWER(fs.title) LIKE :q ESCAPE '\\')"
            + (kind == null ? "" : " AND f.kind = :kind"),
        parameters,
        query,
        HISTORY_SORT,
        "f.createdAt DESC, f.id DESC",
        "f.id");
  }

  /** Something an administrator may feature, as the picker offers it. */
  public record Candidate(long id, String label) implements java.io.Serializable {}

  /** How many candidates the picker offers. */
  static final int CANDIDATES = 10;

  /**
   * The events, series or news items an administrator may feature whose title contains {@code
   * words} (published, of an active collaborative; events not cancelled), the ten latest, each as
   * "Title — ICSI (Mar 4, 2027) #123" (the id the picker's choice names).
   */
  @Authorized(ADMINISTRATOR)
  public List<Candidate> candidates(Actor actor, FeatureKind kind, String words) {
    String like =
        org.convene.platform.Like.containing(
            words == null ? "" : words.strip().toLowerCase(java.util.Locale.ROOT));
    Instant now = Instant.now();
    return switch (kind) {
      case EVENT ->
          em
              .createQuery(
                  "SELECT e FROM Event e JOIN FETCH e.collaborative c WHERE e.publishedAt <= :now"
                      + " AND e.status <> org.convene.event.EventStatus.CANCELLED AND "
                      + ACTIVE
                      + " AND LOWER(e.title) LIKE :q ESCAPE '\\' ORDER BY e.startsAt DESC, e.id DESC",
                  Event.class)
              .setParameter("now", now)
              .setParameter("q", like)
              .setMaxResults(CANDIDATES)
              .getResultList()
              .stream()
              .map(
                  e ->
                      new Candidate(
                          e.getId(),
                          e.getTitle()
                              + " — "
                              + e.getCollaborative().getShortName()
                              + " ("
                              + org.convene.event.EventTimes.shortDate(e.getLocalStart())
                              + ") #"
                              + e.getId()))
              .toList();
      case SERIES ->
          em
              .createQuery(
                  "SELECT s FROM Series s JOIN FETCH s.collaborative c WHERE s.publishedAt <= :now"
                      + " AND "
                      + ACTIVE
                      + " AND LOWER(s.title) LIKE :q ESCAPE '\\' ORDER BY s.publishedAt DESC, s.id DESC",
                  org.convene.event.Series.class)
              .setParameter("now", now)
              .setParameter("q", like)
              .setMaxResults(CANDIDATES)
              .getResultList()
              .stream()
              .map(
                  x ->
                      new Candidate(
                          x.getId(),
                          x.getTitle()
                              + " — "
                              + x.getCollaborative().getShortName()
                              + " #"
                              + x.getId()))
              .toList();
      case NEWS ->
          em
              .createQuery(
                  "SELECT n FROM NewsItem n JOIN FETCH n.collaborative c WHERE n.publishedAt <= :now"
                      + " AND "
                      + ACTIVE
                      + " AND LOWER(n.title) LIKE :q ESCAPE '\\' ORDER BY n.dated DESC, n.id DESC",
                  NewsItem.class)
              .setParameter("now", now)
              .setParameter("q", like)
              .setMaxResults(CANDIDATES)
              .getResultList()
              .stream()
              .map(
                  n ->
                      new Candidate(
                          n.getId(),
                          n.getTitle()
                              + " — "
                              + n.getCollaborative().getShortName()
                              + " ("
                              + n.getDated()
                              + ") #"
                              + n.getId()))
              .toList();
      case MEMBER -> List.of();
    };
  }

  /**
   * Features a member ({@code itemId} is its collaborative id), an event or a news item from the
   * start of {@code from} to the end of {@code to}, days in {@code zoneId}. One of each kind is
   * featured at a time: a period overlapping another of its kind is refused, naming it — unless
   * {@code replace} says to end the other when this one starts (audited as such).
   */
  @Authorized(ADMINISTRATOR)
  public Feature feature(
      Actor actor,
      FeatureKind kind,
      Long itemId,
      String blurb,
      LocalDate from,
      LocalDate to,
      String zoneId,
      boolean replace) {
    Caller caller = actor.caller();
    Map<String, String> errors = new LinkedHashMap<>();
    if (zoneId == null || !org.convene.event.EventTimes.ZONES.contains(zoneId)) {
      errors.put("period", Texts.of("feature.chooseTimeZoneDays"));
    }
    if (kind == null) {
      errors.put("kind", Texts.of("feature.chooseWhatFeature"));
    }
    if (itemId == null) {
      errors.put("item", Texts.of("feature.chooseMemberItemFeature"));
    }
    if (from == null || to == null) {
      errors.put("period", Texts.of("feature.enterFirstLastDay"));
    } else if (to.isBefore(from)) {
      errors.put("period", Texts.of("feature.lastDayBeforeFirst"));
    }
    String text = blurb == null || blurb.isBlank() ? null : blurb.strip();
    if (text != null && text.length() > 1000) {
      errors.put("blurb", Texts.of("feature.blurbCanMost1"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidFormException(errors);
    }
    java.time.ZoneId zone = java.time.ZoneId.of(zoneId);
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    Instant now = Instant.now();
    // one featured member, one event, one news item at a time: an overlap is refused and named,
    // never a silent replacement of what the home page shows
    List<Feature> overlapping =
        em.createQuery(
                "SELECT f FROM Feature f WHERE f.kind = :kind AND f.startsAt < :end"
                    + " AND f.endsAt > :start AND f.endsAt > :now ORDER BY f.startsAt",
                Feature.class)
            .setParameter("kind", kind)
            .setParameter("start", start)
            .setParameter("end", end)
            .setParameter("now", now)
            .getResultList();
    if (replace) {
      for (Feature other : overlapping) {
        // it ends when this one starts (or now, if this one starts in the past)
        other.endAt(start.isAfter(now) ? start : now);
        audit.record(
            caller,
            other.getCollaborative().getSlug(),
            "feature.end",
            "Featuring #" + other.getId() + " ended: replaced by a new " + kind.getLabel());
      }
      overlapping = List.of();
    }
    if (!overlapping.isEmpty()) {
      Feature other = overlapping.get(0);
      java.time.LocalDate otherLast = other.getLastDay();
      throw new InvalidFormException(
          Map.of(
              "period",
              other.getZoneId().equals(zoneId)
                  ? Texts.of("feature.overlaps", titleOf(other), other.getFirstDay(), otherLast)
                  : Texts.of(
                      "feature.overlapsInZone",
                      titleOf(other),
                      other.getFirstDay(),
                      otherLast,
                      other.getZoneId())));
    }
    Feature f =
        switch (kind) {
          case MEMBER -> {
            Collaborative member = em.find(Collaborative.class, itemId);
            if (member == null || !member.isActive()) {
              throw new InvalidFormException(
                  Map.of("item", Texts.of("feature.chooseActiveMember")));
            }
            yield Feature.member(member, text, start, end, caller.name());
          }
          case EVENT -> {
            Event e = em.find(Event.class, itemId);
            if (e == null || !e.isPublicAt(now) || e.isCancelled()) {
              throw new InvalidFormException(
                  Map.of("item", Texts.of("feature.onlyPublishedEventNot")));
            }
            yield Feature.event(e, text, start, end, caller.name());
          }
          case SERIES -> {
            org.convene.event.Series series = em.find(org.convene.event.Series.class, itemId);
            if (series == null || !series.isPublicAt(now)) {
              throw new InvalidFormException(
                  Map.of("item", Texts.of("feature.onlyPublishedSeriesCan")));
            }
            yield Feature.series(series, text, start, end, caller.name());
          }
          case NEWS -> {
            NewsItem n = em.find(NewsItem.class, itemId);
            if (n == null || !n.isPublicAt(now)) {
              throw new InvalidFormException(
                  Map.of("item", Texts.of("feature.onlyPublishedNewsItem")));
            }
            yield Feature.news(n, text, start, end, caller.name());
          }
        };
    f.inZone(zoneId);
    em.persist(f);
    audit.record(
        caller,
        f.getCollaborative().getSlug(),
        "feature.create",
        kind.getLabel() + " featured " + from + " – " + to + " (days in " + zoneId + ")");
    return f;
  }

  private static String titleOf(Feature f) {
    return switch (f.getKind()) {
      case MEMBER -> f.getCollaborative().getName();
      case EVENT -> f.getEvent().getTitle();
      case SERIES -> f.getSeries().getTitle();
      case NEWS -> f.getNews().getTitle();
    };
  }

  /** Ends a featuring period now; it stays in the history. */
  @Authorized(ADMINISTRATOR)
  public void end(Actor actor, long id) {
    Caller caller = actor.caller();
    Feature f =
        Optional.ofNullable(em.find(Feature.class, id))
            .orElseThrow(() -> new NotFoundException("No such feature"));
    f.endAt(Instant.now());
    audit.record(
        caller, f.getCollaborative().getSlug(), "feature.end", "Featuring #" + id + " ended");
  }
}
