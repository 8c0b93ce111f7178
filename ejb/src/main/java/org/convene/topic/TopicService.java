package org.convene.topic;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.account.Caller;
import org.convene.audit.AuditLog;
import org.convene.collaborative.Slug;
import org.convene.event.Event;
import org.convene.event.Series;
import org.convene.platform.ConcurrentEditException;
import org.convene.platform.InvalidFormException;
import org.convene.platform.NotFoundException;
import org.convene.platform.Slugs;
import org.convene.text.Texts;

/**
 * The network's topics: anyone reads them and their pages; only administrators create and change
 * them. A topic page gathers every collaborative's published items tagged with it, live — nothing
 * is copied, so an owner's edit shows there at once.
 */
@Stateless
public class TopicService {

  static final String ACTIVE = "c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE";
  static final int PAST_LIMIT = 30;

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private AuditLog audit;

  public List<Topic> all() {
    return em.createQuery("SELECT t FROM Topic t ORDER BY t.name", Topic.class).getResultList();
  }

  public Optional<Topic> bySlug(String slug) {
    return em.createQuery("SELECT t FROM Topic t WHERE t.slug = :slug", Topic.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** Topics whose observance window includes {@code day} (the network home promotes them). */
  public List<Topic> observedOn(LocalDate day) {
    return all().stream().filter(t -> t.isObservedOn(day)).toList();
  }

  /** Everything published on {@code slug}, across active collaboratives. */
  public Optional<TopicPage> page(String slug) {
    Optional<Topic> found = bySlug(slug);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Topic topic = found.get();
    Instant now = Instant.now();
    List<Event> upcoming =
        em.createQuery(
                "SELECT e FROM Event e JOIN e.topics t JOIN FETCH e.collaborative c"
                    + " WHERE t.id = :topic AND e.publishedAt <= :now AND e.endsAt > :now"
                    + " AND e.startsAt > :earliest AND "
                    + ACTIVE
                    + " ORDER BY e.startsAt, e.id",
                Event.class)
            .setParameter("topic", topic.getId())
            .setParameter("now", now)
            .setParameter("earliest", Event.earliestUnended(now))
            .setMaxResults(50)
            .getResultList();
    List<Event> past =
        em.createQuery(
                "SELECT e FROM Event e JOIN e.topics t JOIN FETCH e.collaborative c"
                    + " WHERE t.id = :topic AND e.publishedAt <= :now AND e.endsAt <= :now"
                    + " AND e.startsAt <= :now AND "
                    + ACTIVE
                    + " ORDER BY e.startsAt DESC, e.id DESC",
                Event.class)
            .setParameter("topic", topic.getId())
            .setParameter("now", now)
            .setMaxResults(PAST_LIMIT)
            .getResultList();
    List<Series> series =
        em.createQuery(
                "SELECT s FROM Series s JOIN s.topics t JOIN FETCH s.collaborative c"
                    + " WHERE t.id = :topic AND s.publishedAt <= :now AND "
                    + ACTIVE
                    + " ORDER BY s.createdAt DESC",
                Series.class)
            .setParameter("topic", topic.getId())
            .setParameter("now", now)
            .getResultList();
    Map<String, List<Event>> byCollaborative = new LinkedHashMap<>();
    List<Event> all = new ArrayList<>(upcoming);
    all.addAll(past);
    all.stream()
        .sorted(java.util.Comparator.comparing(e -> e.getCollaborative().getName()))
        .forEach(
            e ->
                byCollaborative
                    .computeIfAbsent(e.getCollaborative().getName(), k -> new ArrayList<>())
                    .add(e));
    return Optional.of(new TopicPage(topic, upcoming, series, past, byCollaborative));
  }

  // --- administrators ---

  @Authorized(ADMINISTRATOR)
  public Topic forEditing(Actor actor, long id) {
    return Optional.ofNullable(em.find(Topic.class, id))
        .orElseThrow(() -> new NotFoundException("No such topic"));
  }

  @Authorized(ADMINISTRATOR)
  public Topic save(Actor actor, Long id, TopicForm form) {
    Caller caller = actor.caller();
    Map<String, String> errors = new LinkedHashMap<>();
    String name = form.getName() == null ? "" : form.getName().strip();
    if (name.isEmpty()) {
      errors.put("name", Texts.of("topic.enterTopicSName"));
    } else if (name.length() > 120) {
      errors.put("name", Texts.of("topic.nameCanMost120"));
    }
    String slug =
        form.getSlug() == null || form.getSlug().isBlank()
            ? Slugs.from(name, 80)
            : form.getSlug().strip();
    if (!Slug.isValid(slug) || slug.length() > 80) {
      errors.put("slug", Texts.of("topic.addressMayHoldLower"));
    } else if (bySlug(slug).filter(t -> !t.getId().equals(id)).isPresent()) {
      errors.put("slug", Texts.of("topic.anotherTopicAlreadyUses", slug));
    }
    MonthDay start = null;
    MonthDay end = null;
    boolean anyWindow =
        form.getStartMonth() != null
            || form.getStartDay() != null
            || form.getEndMonth() != null
            || form.getEndDay() != null;
    if (anyWindow) {
      try {
        start = MonthDay.of(form.getStartMonth(), form.getStartDay());
        end = MonthDay.of(form.getEndMonth(), form.getEndDay());
      } catch (DateTimeException | NullPointerException e) {
        errors.put("observance", Texts.of("topic.giveObservanceWindowStart"));
      }
    }
    String description =
        org.convene.platform.FormChecks.richText(
            errors, "description", form.getDescription(), Texts.of("topic.description"));
    if (!errors.isEmpty()) {
      throw new InvalidFormException(errors);
    }
    Topic topic;
    if (id == null) {
      topic = new Topic(slug, name);
      em.persist(topic);
    } else {
      topic = forEditing(actor, id);
      if (topic.getVersion() != form.getVersion()) {
        throw new ConcurrentEditException(Texts.of("thing.topic"));
      }
      topic.setSlug(slug);
      topic.setName(name);
    }
    topic.setDescription(description);
    topic.observe(start == null ? null : blank(form.getObservanceName()), start, end);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentEditException(Texts.of("thing.topic"));
    }
    audit.record(
        caller,
        null,
        id == null ? "topic.create" : "topic.update",
        name + " (" + slug + ")" + (start == null ? "" : ", " + topic.getObservanceLabel()));
    return topic;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
