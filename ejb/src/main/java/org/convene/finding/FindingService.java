package org.convene.finding;

import static org.convene.account.Authorized.Rule.*;
import static org.convene.platform.FormChecks.blankToNull;
import static org.convene.platform.FormChecks.failIfAny;
import static org.convene.platform.FormChecks.flush;
import static org.convene.platform.FormChecks.maxLength;
import static org.convene.platform.FormChecks.requireVersion;
import static org.convene.platform.FormChecks.required;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.audit.AuditLog;
import org.convene.collaborative.Collaborative;
import org.convene.event.Event;
import org.convene.event.Series;
import org.convene.platform.FormChecks;
import org.convene.platform.NotFoundException;
import org.convene.platform.Page;
import org.convene.practice.Practice;
import org.convene.revision.Revision;
import org.convene.revision.RevisionService;
import org.convene.tenancy.TenantScope;
import org.convene.text.Texts;
import org.convene.topic.Topic;

/**
 * Key findings. Public reads see the findings of published events and series of active
 * collaboratives, with only the public practices they name; editors write the findings of their own
 * collaborative's events and series (drafts too) and may name their own practices or any published
 * practice of the network. Every read of a list is a fixed number of statements: the findings, then
 * their topics and their practices for all of them at once.
 */
@Stateless
public class FindingService {

  public static final int PAGE_SIZE = 20;

  /** How many findings one event or series may have (the list is edited by hand). */
  public static final int MAX_PER_ITEM = 50;

  /** How many practices an editor is offered to link. */
  static final int CHOICES = 300;

  private static final String ACTIVE =
      "c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE";

  /** A finding whose event or series is published (for a query over {@code f}). */
  private static final String PUBLIC =
      " (e.publishedAt <= :now OR s.publishedAt <= :now) AND " + ACTIVE;

  private static final String FROM =
      "SELECT f FROM Finding f JOIN FETCH f.collaborative c LEFT JOIN FETCH f.event e"
          + " LEFT JOIN FETCH f.series s";

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private AuditLog audit;
  @EJB private RevisionService revisions;

  /** The findings of a published event, in order. */
  public List<FindingView> of(Event event) {
    return views(
        em.createQuery(FROM + " WHERE e.id = :id ORDER BY f.position, f.id", Finding.class)
            .setParameter("id", event.getId())
            .getResultList());
  }

  /** The findings of a published series (not of its sessions), in order. */
  public List<FindingView> of(Series series) {
    return views(
        em.createQuery(FROM + " WHERE s.id = :id ORDER BY f.position, f.id", Finding.class)
            .setParameter("id", series.getId())
            .getResultList());
  }

  /**
   * The network's findings, newest event or series first, optionally of one topic and/or one
   * collaborative (by slug; blank for all).
   */
  public Page<FindingView> network(String topicSlug, String collaborativeSlug, int page) {
    String where =
        " WHERE"
            + PUBLIC
            + (blank(topicSlug)
                ? ""
                : " AND EXISTS (SELECT t FROM Finding g JOIN g.topics t WHERE g = f AND t.slug = :topic)")
            + (blank(collaborativeSlug) ? "" : " AND c.slug = :collaborative");
    TypedQuery<Long> count =
        em.createQuery(
            "SELECT COUNT(f) FROM Finding f JOIN f.collaborative c LEFT JOIN f.event e"
                + " LEFT JOIN f.series s"
                + where,
            Long.class);
    TypedQuery<Finding> items =
        em.createQuery(
            FROM + where + " ORDER BY COALESCE(e.startsAt, s.publishedAt) DESC, f.position, f.id",
            Finding.class);
    for (TypedQuery<?> q : List.of(count, items)) {
      q.setParameter("now", Instant.now());
      if (!blank(topicSlug)) {
        q.setParameter("topic", topicSlug);
      }
      if (!blank(collaborativeSlug)) {
        q.setParameter("collaborative", collaborativeSlug);
      }
    }
    long total = count.getSingleResult();
    List<Finding> found =
        items.setFirstResult(Page.offset(page, PAGE_SIZE)).setMaxResults(PAGE_SIZE).getResultList();
    return new Page<>(views(found), Math.max(1, page), PAGE_SIZE, total);
  }

  /** The latest public findings on a topic. */
  public List<FindingView> onTopic(Topic topic, int limit) {
    return views(
        em.createQuery(
                FROM
                    + " WHERE"
                    + PUBLIC
                    + " AND EXISTS (SELECT t FROM Finding g JOIN g.topics t WHERE g = f AND t.id = :topic)"
                    + " ORDER BY COALESCE(e.startsAt, s.publishedAt) DESC, f.position, f.id",
                Finding.class)
            .setParameter("now", Instant.now())
            .setParameter("topic", topic.getId())
            .setMaxResults(limit)
            .getResultList());
  }

  /** The public findings that name {@code practice}, newest first. */
  public List<FindingView> naming(Practice practice, int limit) {
    return views(
        em.createQuery(
                FROM
                    + " WHERE"
                    + PUBLIC
                    + " AND EXISTS (SELECT p FROM Finding g JOIN g.practices p WHERE g = f AND p.id = :p)"
                    + " ORDER BY COALESCE(e.startsAt, s.publishedAt) DESC, f.position, f.id",
                Finding.class)
            .setParameter("now", Instant.now())
            .setParameter("p", practice.getId())
            .setMaxResults(limit)
            .getResultList());
  }

  /** The active collaboratives with public findings, by name (the /findings filter). */
  public List<Collaborative> collaborativesWithFindings() {
    return em.createQuery(
            "SELECT DISTINCT c FROM Finding f JOIN f.collaborative c LEFT JOIN f.event e"
                + " LEFT JOIN f.series s WHERE"
                + PUBLIC
                + " ORDER BY c.name",
            Collaborative.class)
        .setParameter("now", Instant.now())
        .getResultList();
  }

  /** The topics of public findings, by name (the /findings filter). */
  public List<Topic> topicsWithFindings() {
    return em.createQuery(
            "SELECT DISTINCT t FROM Finding f JOIN f.topics t JOIN f.collaborative c"
                + " LEFT JOIN f.event e LEFT JOIN f.series s WHERE"
                + PUBLIC
                + " ORDER BY t.name",
            Topic.class)
        .setParameter("now", Instant.now())
        .getResultList();
  }

  /** {@code findings} with their topics and public practices: two statements for all of them. */
  private List<FindingView> views(List<Finding> findings) {
    if (findings.isEmpty()) {
      return List.of();
    }
    List<Long> ids = findings.stream().map(Finding::getId).toList();
    Map<Long, List<Topic>> topics = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT f.id, t FROM Finding f JOIN f.topics t WHERE f.id IN :ids ORDER BY t.name",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      topics.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Topic) row[1]);
    }
    Map<Long, List<Practice>> practices = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT f.id, p FROM Finding f JOIN f.practices p JOIN FETCH p.collaborative c"
                    + " WHERE f.id IN :ids AND p.publishedAt <= :now AND "
                    + ACTIVE
                    + " ORDER BY p.name",
                Object[].class)
            .setParameter("ids", ids)
            .setParameter("now", Instant.now())
            .getResultList()) {
      practices.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Practice) row[1]);
    }
    return findings.stream()
        .map(
            f ->
                new FindingView(
                    f,
                    topics.getOrDefault(f.getId(), List.of()),
                    practices.getOrDefault(f.getId(), List.of())))
        .toList();
  }

  // --- editors ---

  /** The findings of one of the collaborative's events ({@code eventId}) or series, in order. */
  @Authorized(EDITOR)
  public List<Finding> forEditing(Actor actor, String slug, Long eventId, Long seriesId) {
    Collaborative c = actor.space();
    parentTitle(c, eventId, seriesId);
    return em.createQuery(
            "SELECT f FROM Finding f WHERE f.collaborative.id = :c AND "
                + (eventId != null ? "f.event.id = :parent" : "f.series.id = :parent")
                + " ORDER BY f.position, f.id",
            Finding.class)
        .setParameter("c", c.getId())
        .setParameter("parent", eventId != null ? eventId : seriesId)
        .getResultList();
  }

  /** The title of the collaborative's event or series the findings belong to. */
  @Authorized(EDITOR)
  public String parentTitle(Actor actor, String slug, Long eventId, Long seriesId) {
    return parentTitle(actor.space(), eventId, seriesId);
  }

  private String parentTitle(Collaborative c, Long eventId, Long seriesId) {
    if (eventId != null) {
      return event(c, eventId).getTitle();
    }
    if (seriesId != null) {
      return series(c, seriesId).getTitle();
    }
    throw new NotFoundException("Choose the event or series whose findings to edit.");
  }

  @Authorized(EDITOR)
  public Finding forEditing(Actor actor, String slug, long id) {
    Finding f = own(actor.space(), id);
    f.getTopics().size();
    f.getPractices().size();
    return f;
  }

  /** The collaborative's own practices and the network's published ones, by name. */
  @Authorized(EDITOR)
  public List<Practice> practiceChoices(Actor actor, String slug) {
    return em.createQuery(
            "SELECT p FROM Practice p JOIN FETCH p.collaborative c WHERE c.id = :own"
                + " OR (p.publishedAt <= :now AND "
                + ACTIVE
                + ") ORDER BY p.name, p.id",
            Practice.class)
        .setParameter("own", actor.space().getId())
        .setParameter("now", Instant.now())
        .setMaxResults(CHOICES)
        .getResultList();
  }

  /**
   * Adds a finding at the end of the event's ({@code eventId}) or series' list, or changes finding
   * {@code id} (which must belong to the collaborative).
   */
  @Authorized(EDITOR)
  public Finding save(
      Actor actor, String slug, Long eventId, Long seriesId, Long id, FindingForm form) {
    Collaborative c = actor.space();
    Map<String, String> errors = new LinkedHashMap<>();
    String statement =
        required(
            errors,
            "statement",
            form.getStatement(),
            Finding.STATEMENT_MAX,
            Texts.of("finding.stateFindingSentenceTwo"));
    maxLength(errors, "quote", form.getQuote(), Finding.QUOTE_MAX, Texts.of("finding.quote"));
    maxLength(
        errors, "speaker", form.getSpeaker(), Finding.SPEAKER_MAX, Texts.of("finding.speaker"));
    if (blankToNull(form.getSpeaker()) != null && blankToNull(form.getQuote()) == null) {
      errors.put("speaker", Texts.of("finding.nameSpeakerOnlyQuote"));
    }
    List<Topic> topics = FormChecks.topics(em, form.getTopicIds(), errors);
    List<Practice> practices = practices(c, form.getPracticeIds(), errors);
    Finding f;
    if (id == null) {
      int count = forEditing(c, eventId, seriesId);
      if (count >= MAX_PER_ITEM) {
        errors.put("statement", Texts.of("finding.itemCanHaveMost", MAX_PER_ITEM));
      }
      failIfAny(errors);
      f =
          eventId != null
              ? new Finding(event(c, eventId), count + 1, statement)
              : new Finding(series(c, seriesId), count + 1, statement);
      em.persist(f);
    } else {
      failIfAny(errors);
      f = own(c, id);
      requireVersion(f.getVersion(), form.getVersion(), Texts.of("thing.finding"));
      f.setStatement(statement);
    }
    f.setQuote(blankToNull(form.getQuote()));
    f.setSpeaker(blankToNull(form.getSpeaker()));
    f.getTopics().clear();
    f.getTopics().addAll(topics);
    f.getPractices().clear();
    f.getPractices().addAll(practices);
    f.touch();
    flush(em, Texts.of("thing.finding"));
    revisions.record(
        actor.caller(),
        c,
        Revision.ItemType.FINDING,
        f.getId(),
        FindingForm.of(f),
        id == null ? "Created" : form.getNote());
    audit.record(
        actor.caller(),
        slug,
        id == null ? "finding.create" : "finding.update",
        f.getSourceTitle() + ": " + abbreviated(statement));
    return f;
  }

  /** Moves finding {@code id} one place up ({@code up}) or down in its list. */
  @Authorized(EDITOR)
  public void move(Actor actor, String slug, long id, boolean up) {
    Collaborative c = actor.space();
    Finding f = own(c, id);
    List<Finding> list =
        em.createQuery(
                "SELECT f FROM Finding f WHERE f.collaborative.id = :c AND "
                    + (f.getEvent() != null ? "f.event = :parent" : "f.series = :parent")
                    + " ORDER BY f.position, f.id",
                Finding.class)
            .setParameter("c", c.getId())
            .setParameter("parent", f.getEvent() != null ? f.getEvent() : f.getSeries())
            .getResultList();
    List<Finding> ordered = new ArrayList<>(list);
    int at = ordered.indexOf(f);
    int to = up ? at - 1 : at + 1;
    if (to < 0 || to >= ordered.size()) {
      return;
    }
    ordered.set(at, ordered.get(to));
    ordered.set(to, f);
    for (int i = 0; i < ordered.size(); i++) {
      ordered.get(i).setPosition(i + 1);
    }
    flush(em, Texts.of("thing.finding"));
    audit.record(
        actor.caller(),
        slug,
        "finding.move",
        f.getSourceTitle() + ": " + abbreviated(f.getStatement()) + (up ? " (up)" : " (down)"));
  }

  /** Removes finding {@code id} as the editor saw it ({@code version}); its revisions stay. */
  @Authorized(EDITOR)
  public void delete(Actor actor, String slug, long id, long version) {
    Collaborative c = actor.space();
    Finding f = own(c, id);
    requireVersion(f.getVersion(), version, Texts.of("thing.finding"));
    em.remove(f);
    flush(em, Texts.of("thing.finding"));
    audit.record(
        actor.caller(),
        slug,
        "finding.delete",
        f.getSourceTitle() + ": " + abbreviated(f.getStatement()));
  }

  private int forEditing(Collaborative c, Long eventId, Long seriesId) {
    parentTitle(c, eventId, seriesId);
    return em.createQuery(
            "SELECT COUNT(f) FROM Finding f WHERE "
                + (eventId != null ? "f.event.id = :parent" : "f.series.id = :parent"),
            Long.class)
        .setParameter("parent", eventId != null ? eventId : seriesId)
        .getSingleResult()
        .intValue();
  }

  private Finding own(Collaborative c, long id) {
    return TenantScope.find(em, Finding.class, c, id)
        .orElseThrow(() -> new NotFoundException("No such finding"));
  }

  private Event event(Collaborative c, long id) {
    return TenantScope.find(em, Event.class, c, id)
        .orElseThrow(() -> new NotFoundException("No such event"));
  }

  private Series series(Collaborative c, long id) {
    return TenantScope.find(em, Series.class, c, id)
        .orElseThrow(() -> new NotFoundException("No such series"));
  }

  /**
   * The practices named by {@code ids}: the collaborative's own (drafts too) or published practices
   * of active collaboratives; anything else is refused on field {@code practiceIds}.
   */
  private List<Practice> practices(Collaborative c, Long[] ids, Map<String, String> errors) {
    List<Long> distinct = Arrays.stream(ids).distinct().toList();
    if (distinct.isEmpty()) {
      return List.of();
    }
    List<Practice> found =
        em.createQuery(
                "SELECT p FROM Practice p JOIN p.collaborative c WHERE p.id IN :ids"
                    + " AND (c.id = :own OR (p.publishedAt <= :now AND "
                    + ACTIVE
                    + ")) ORDER BY p.name",
                Practice.class)
            .setParameter("ids", distinct)
            .setParameter("own", c.getId())
            .setParameter("now", Instant.now())
            .getResultList();
    if (found.size() != distinct.size()) {
      errors.put("practiceIds", Texts.of("finding.choosePracticesOwnPublished"));
    }
    return found;
  }

  private static String abbreviated(String s) {
    return s.length() <= 80 ? s : s.substring(0, 79) + "…";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
