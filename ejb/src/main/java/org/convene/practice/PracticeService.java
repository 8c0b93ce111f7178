package org.convene.practice;

import static org.convene.account.Authorized.Rule.*;
import static org.convene.platform.FormChecks.blankToNull;
import static org.convene.platform.FormChecks.failIfAny;
import static org.convene.platform.FormChecks.flush;
import static org.convene.platform.FormChecks.maxLength;
import static org.convene.platform.FormChecks.publication;
import static org.convene.platform.FormChecks.requireVersion;
import static org.convene.platform.FormChecks.required;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
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
import org.convene.platform.FormChecks;
import org.convene.platform.NotFoundException;
import org.convene.platform.Page;
import org.convene.platform.Slugs;
import org.convene.resource.Resource;
import org.convene.revision.Revision;
import org.convene.revision.RevisionService;
import org.convene.tenancy.TenantScope;
import org.convene.text.Texts;
import org.convene.topic.Topic;

/**
 * Members' practices. Public reads see published practices of active collaboratives, and of what a
 * practice links to only what is itself public (published sessions of active collaboratives,
 * published resources); editors write their own collaborative's practices and may name as
 * "presented at" their own sessions or any published session of the network.
 */
@Stateless
public class PracticeService {

  static final String ACTIVE = "c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE";

  /** How many of its own sessions and resources an editor is offered to link. */
  static final int CHOICES = 300;

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private AuditLog audit;
  @EJB private RevisionService revisions;

  /** One collaborative's published practices, by name. */
  public Page<Practice> of(Collaborative owner, int page, int size) {
    Instant now = Instant.now();
    long total =
        em.createQuery(
                "SELECT COUNT(p) FROM Practice p WHERE p.collaborative.id = :c"
                    + " AND p.publishedAt <= :now",
                Long.class)
            .setParameter("c", owner.getId())
            .setParameter("now", now)
            .getSingleResult();
    List<Practice> items =
        em.createQuery(
                "SELECT p FROM Practice p WHERE p.collaborative.id = :c AND p.publishedAt <= :now"
                    + " ORDER BY p.name, p.id",
                Practice.class)
            .setParameter("c", owner.getId())
            .setParameter("now", now)
            .setFirstResult(Page.offset(page, size))
            .setMaxResults(size)
            .getResultList();
    return new Page<>(items, Math.max(1, page), size, total);
  }

  /** A published practice of {@code owner}, with its topics. */
  public Optional<Practice> published(Collaborative owner, String slug) {
    return em.createQuery(
            "SELECT p FROM Practice p WHERE p.collaborative.id = :c AND p.slug = :slug"
                + " AND p.publishedAt <= :now",
            Practice.class)
        .setParameter("c", owner.getId())
        .setParameter("slug", slug)
        .setParameter("now", Instant.now())
        .getResultStream()
        .findFirst()
        .map(
            p -> {
              p.getTopics().size();
              return p;
            });
  }

  /** The published sessions of active collaboratives where {@code practice} was presented. */
  public List<Event> presentedAt(Practice practice) {
    return em.createQuery(
            "SELECT e FROM Practice p JOIN p.presentedAt e JOIN FETCH e.collaborative c LEFT JOIN FETCH e.series"
                + " WHERE p.id = :p AND e.publishedAt <= :now AND "
                + ACTIVE
                + " ORDER BY e.startsAt DESC",
            Event.class)
        .setParameter("p", practice.getId())
        .setParameter("now", Instant.now())
        .getResultList();
  }

  /** The published resources that go with {@code practice}. */
  public List<Resource> resources(Practice practice) {
    return em.createQuery(
            "SELECT r FROM Practice p JOIN p.resources r WHERE p.id = :p AND r.publishedAt <= :now"
                + " ORDER BY r.title",
            Resource.class)
        .setParameter("p", practice.getId())
        .setParameter("now", Instant.now())
        .getResultList();
  }

  /** Published practices on a topic, across active collaboratives, by name. */
  public List<Practice> onTopic(org.convene.topic.Topic topic, int limit) {
    return em.createQuery(
            "SELECT p FROM Practice p JOIN p.topics t JOIN FETCH p.collaborative c"
                + " WHERE t.id = :topic AND p.publishedAt <= :now AND "
                + ACTIVE
                + " ORDER BY p.name, p.id",
            Practice.class)
        .setParameter("topic", topic.getId())
        .setParameter("now", Instant.now())
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * The published practices presented in {@code series}' sessions, with how often published
   * adoptions by active collaboratives took them up (directly; adaptations of adaptations are on
   * each practice's page).
   */
  public SeriesPractices presentedIn(org.convene.event.Series series) {
    List<Practice> found =
        em.createQuery(
                "SELECT DISTINCT p FROM Practice p JOIN p.presentedAt e JOIN FETCH p.collaborative c"
                    + " WHERE e.series.id = :s AND p.publishedAt <= :now AND "
                    + ACTIVE
                    + " ORDER BY p.name",
                Practice.class)
            .setParameter("s", series.getId())
            .setParameter("now", Instant.now())
            .getResultList();
    if (found.isEmpty()) {
      return new SeriesPractices(found, 0, 0);
    }
    Object[] counts =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(*), count(DISTINCT a.collaborative_id) FROM adoption a"
                        + " JOIN collaborative c ON c.id = a.collaborative_id"
                        + " WHERE a.published_at <= now() AND c.status = 'ACTIVE'"
                        + " AND a.practice_id = ANY (CAST(?1 AS bigint[]))")
                .setParameter(
                    1,
                    "{"
                        + String.join(
                            ",", found.stream().map(p -> Long.toString(p.getId())).toList())
                        + "}")
                .getSingleResult();
    return new SeriesPractices(
        found, ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
  }

  // --- editors ---

  @Authorized(EDITOR)
  public List<Practice> forEditing(Actor actor, String slug) {
    Collaborative c = actor.space();
    return em.createQuery(
            "SELECT p FROM Practice p WHERE p.collaborative.id = :c ORDER BY p.name, p.id",
            Practice.class)
        .setParameter("c", c.getId())
        .setMaxResults(500)
        .getResultList();
  }

  @Authorized(EDITOR)
  public Practice forEditing(Actor actor, String slug, long id) {
    Collaborative c = actor.space();
    Practice p =
        TenantScope.find(em, Practice.class, c, id)
            .orElseThrow(() -> new NotFoundException("No such practice"));
    p.getTopics().size();
    p.getPresentedAt().size();
    p.getResources().size();
    return p;
  }

  /**
   * The collaborative's own sessions, latest first: what an editor is offered as "presented at".
   */
  @Authorized(EDITOR)
  public List<Event> sessionChoices(Actor actor, String slug) {
    return em.createQuery(
            "SELECT e FROM Event e WHERE e.collaborative.id = :c ORDER BY e.startsAt DESC",
            Event.class)
        .setParameter("c", actor.space().getId())
        .setMaxResults(CHOICES)
        .getResultList();
  }

  /** The collaborative's own resources, by title. */
  @Authorized(EDITOR)
  public List<Resource> resourceChoices(Actor actor, String slug) {
    return em.createQuery(
            "SELECT r FROM Resource r WHERE r.collaborative.id = :c ORDER BY r.title",
            Resource.class)
        .setParameter("c", actor.space().getId())
        .setMaxResults(CHOICES)
        .getResultList();
  }

  @Authorized(EDITOR)
  public Practice save(Actor actor, String slug, Long id, PracticeForm form) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Map<String, String> errors = new LinkedHashMap<>();
    String name =
        required(
            errors, "name", form.getName(), Practice.NAME_MAX, Texts.of("practice.namePractice"));
    maxLength(
        errors, "summary", form.getSummary(), Practice.TEXT_MAX, Texts.of("practice.summary"));
    maxLength(
        errors, "problem", form.getProblem(), Practice.TEXT_MAX, Texts.of("practice.problem"));
    maxLength(
        errors,
        "howItWorks",
        form.getHowItWorks(),
        Practice.TEXT_MAX,
        Texts.of("practice.howWorks"));
    maxLength(
        errors, "setting", form.getSetting(), Practice.LINE_MAX, Texts.of("practice.setting"));
    maxLength(
        errors, "audience", form.getAudience(), Practice.LINE_MAX, Texts.of("practice.audience"));
    maxLength(
        errors, "evidence", form.getEvidence(), Practice.TEXT_MAX, Texts.of("practice.evidence"));
    maxLength(
        errors, "contact", form.getContact(), Practice.LINE_MAX, Texts.of("practice.contact"));
    List<Topic> topics = FormChecks.topics(em, form.getTopicIds(), errors);
    List<Event> sessions = sessions(c, form.getEventIds(), errors);
    List<Resource> resources = resources(c, form.getResourceIds(), errors);
    Instant publishAt = FormChecks.scheduled(form.getPublishAt(), form.getZoneId(), errors);
    failIfAny(errors);
    Practice p;
    if (id == null) {
      p = new Practice(c, uniqueSlug(c, name), name);
      em.persist(p);
    } else {
      p =
          TenantScope.find(em, Practice.class, c, id)
              .orElseThrow(() -> new NotFoundException("No such practice"));
      requireVersion(p.getVersion(), form.getVersion(), Texts.of("thing.practice"));
      p.setName(name);
    }
    p.setSummary(blankToNull(form.getSummary()));
    p.setProblem(blankToNull(form.getProblem()));
    p.setHowItWorks(blankToNull(form.getHowItWorks()));
    p.setSetting(blankToNull(form.getSetting()));
    p.setAudience(blankToNull(form.getAudience()));
    p.setEvidence(blankToNull(form.getEvidence()));
    p.setEvidenceLevel(
        form.getEvidenceLevel() == null ? EvidenceLevel.IDEA : form.getEvidenceLevel());
    p.setContact(blankToNull(form.getContact()));
    p.setPublishedAt(publication(p.getPublishedAt(), form.isPublished(), publishAt));
    p.getTopics().clear();
    p.getTopics().addAll(topics);
    p.getPresentedAt().clear();
    p.getPresentedAt().addAll(sessions);
    p.getResources().clear();
    p.getResources().addAll(resources);
    p.touch();
    flush(em, Texts.of("thing.practice"));
    revisions.record(
        caller,
        c,
        Revision.ItemType.PRACTICE,
        p.getId(),
        PracticeForm.of(p),
        id == null ? "Created" : form.getNote());
    audit.record(caller, slug, id == null ? "practice.create" : "practice.update", name);
    return p;
  }

  /**
   * The sessions named by {@code ids}: the collaborative's own (drafts too), or published sessions
   * of other active collaboratives; anything else is refused on field {@code eventIds}.
   */
  private List<Event> sessions(Collaborative c, Long[] ids, Map<String, String> errors) {
    List<Long> distinct = Arrays.stream(ids).distinct().toList();
    if (distinct.isEmpty()) {
      return List.of();
    }
    List<Event> found =
        em.createQuery(
                "SELECT e FROM Event e JOIN e.collaborative c WHERE e.id IN :ids AND (c.id = :own"
                    + " OR (e.publishedAt <= :now AND "
                    + ACTIVE
                    + "))",
                Event.class)
            .setParameter("ids", distinct)
            .setParameter("own", c.getId())
            .setParameter("now", Instant.now())
            .getResultList();
    if (found.size() != distinct.size()) {
      errors.put("eventIds", Texts.of("practice.chooseSessionsOwnPublished"));
    }
    return found;
  }

  /** The collaborative's own resources named by {@code ids}; others are refused. */
  private List<Resource> resources(Collaborative c, Long[] ids, Map<String, String> errors) {
    List<Long> distinct = Arrays.stream(ids).distinct().toList();
    if (distinct.isEmpty()) {
      return List.of();
    }
    List<Resource> found =
        em.createQuery(
                "SELECT r FROM Resource r WHERE r.id IN :ids AND r.collaborative.id = :own",
                Resource.class)
            .setParameter("ids", distinct)
            .setParameter("own", c.getId())
            .getResultList();
    if (found.size() != distinct.size()) {
      errors.put("resourceIds", Texts.of("practice.chooseResourcesOwnLibrary"));
    }
    return found;
  }

  private String uniqueSlug(Collaborative c, String name) {
    String base = Slugs.from(name, 100);
    String candidate = base;
    for (int i = 2; ; i++) {
      boolean taken =
          !em.createQuery(
                  "SELECT p.id FROM Practice p WHERE p.collaborative.id = :c AND p.slug = :s",
                  Long.class)
              .setParameter("c", c.getId())
              .setParameter("s", candidate)
              .getResultList()
              .isEmpty();
      if (!taken) {
        return candidate;
      }
      candidate = base + "-" + i;
    }
  }
}
