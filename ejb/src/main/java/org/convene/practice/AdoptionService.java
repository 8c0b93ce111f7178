package org.convene.practice;

import static org.convene.account.Authorized.Rule.*;
import static org.convene.platform.FormChecks.blankToNull;
import static org.convene.platform.FormChecks.failIfAny;
import static org.convene.platform.FormChecks.flush;
import static org.convene.platform.FormChecks.maxLength;
import static org.convene.platform.FormChecks.requireVersion;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.account.Caller;
import org.convene.audit.AuditLog;
import org.convene.collaborative.Collaborative;
import org.convene.mail.MailOutbox;
import org.convene.mail.Mailer;
import org.convene.platform.NotFoundException;
import org.convene.tenancy.TenantScope;
import org.convene.text.Texts;

/**
 * Adoptions of practices across collaboratives. The adopter records (and alone may change) its
 * adoption; the originator sees it on its practice and is told by e-mail when it is first
 * published. Only published adoptions and published practices of active collaboratives appear in
 * lineages; a lineage never loops (an adaptation cannot be where its own origin comes from).
 */
@Stateless
public class AdoptionService {

  static final String ACTIVE = PracticeService.ACTIVE;

  /** How deep a lineage is followed: far deeper than any real chain of adaptations. */
  static final int MAX_DEPTH = 8;

  /** How many adoptions a practice page lists (its figures count them all). */
  public static final int MAX_LISTED = 200;

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private AuditLog audit;
  @EJB private MailOutbox outbox;
  @EJB private org.convene.revision.RevisionService revisions;
  @EJB private Mailer mailer;

  /** Where {@code practice} went: its published adoptions and their adaptations', as a tree. */
  public Lineage lineage(Practice practice) {
    // the figures count every adoption; the tree lists the first MAX_LISTED (nearest first)
    List<?> rows =
        em.createNativeQuery(
                "WITH RECURSIVE tree AS ("
                    + " SELECT a.id, a.practice_id, a.adaptation_id, 1 AS depth FROM adoption a"
                    + " JOIN collaborative c ON c.id = a.collaborative_id"
                    + " WHERE a.practice_id = ?1 AND a.published_at <= now() AND c.status = 'ACTIVE'"
                    + " UNION ALL SELECT a.id, a.practice_id, a.adaptation_id, t.depth + 1"
                    + " FROM tree t JOIN practice p ON p.id = t.adaptation_id"
                    + " AND p.published_at <= now()"
                    + " JOIN adoption a ON a.practice_id = p.id AND a.published_at <= now()"
                    + " JOIN collaborative c ON c.id = a.collaborative_id AND c.status = 'ACTIVE'"
                    + " WHERE t.depth < ?2)"
                    + " SELECT t.id, t.practice_id, c.name, c.slug, a.status,"
                    + " coalesce(date_part('year', a.started_on),"
                    + " date_part('year', a.created_at AT TIME ZONE 'UTC'))::int,"
                    + " a.organisation, a.stopped_reason, ap.name, ap.slug, apc.slug, ap.id,"
                    + " coalesce(c.short_name, c.name), count(*) OVER (),"
                    + " (SELECT count(DISTINCT a2.collaborative_id) FROM tree t2"
                    + " JOIN adoption a2 ON a2.id = t2.id)"
                    + " FROM tree t JOIN adoption a ON a.id = t.id"
                    + " JOIN collaborative c ON c.id = a.collaborative_id"
                    + " LEFT JOIN practice ap ON ap.id = a.adaptation_id"
                    + " AND ap.published_at <= now()"
                    + " LEFT JOIN collaborative apc ON apc.id = ap.collaborative_id"
                    + " AND apc.status = 'ACTIVE'"
                    + " ORDER BY t.depth, 6, c.name, t.id LIMIT ?3")
            .setParameter(1, practice.getId())
            .setParameter(2, MAX_DEPTH)
            .setParameter(3, MAX_LISTED)
            .getResultList();
    Map<Long, List<Lineage.Node>> childrenOf = new LinkedHashMap<>();
    List<Lineage.Node> top = new ArrayList<>();
    for (Object o : rows) {
      Object[] r = (Object[]) o;
      long from = ((Number) r[1]).longValue();
      boolean adapted = r[8] != null && r[10] != null;
      List<Lineage.Node> children = new ArrayList<>();
      if (adapted) {
        childrenOf.put(((Number) r[11]).longValue(), children);
      }
      Lineage.Node node =
          new Lineage.Node(
              (String) r[2],
              (String) r[12],
              (String) r[3],
              AdoptionStatus.valueOf((String) r[4]),
              ((Number) r[5]).intValue(),
              (String) r[6],
              (String) r[7],
              adapted ? (String) r[8] : null,
              adapted ? "/c/" + r[10] + "/practices/" + r[9] : null,
              children);
      if (from == practice.getId()) {
        top.add(node);
      } else if (childrenOf.containsKey(from)) {
        childrenOf.get(from).add(node);
      }
    }
    if (rows.isEmpty()) {
      return Lineage.empty();
    }
    Object[] first = (Object[]) rows.get(0);
    return new Lineage(
        top, ((Number) first[13]).intValue(), ((Number) first[14]).intValue(), rows.size());
  }

  /** The published adoption whose adaptation {@code practice} is: where it came from. */
  public Optional<Adoption> origin(Practice practice) {
    return em.createQuery(
            "SELECT a FROM Adoption a JOIN FETCH a.practice p JOIN FETCH p.collaborative c"
                + " WHERE a.adaptation.id = :id AND a.publishedAt <= :now"
                + " AND p.publishedAt <= :now AND "
                + ACTIVE,
            Adoption.class)
        .setParameter("id", practice.getId())
        .setParameter("now", Instant.now())
        .getResultStream()
        .findFirst();
  }

  // --- editors ---

  @Authorized(EDITOR)
  public List<Adoption> forEditing(Actor actor, String slug) {
    return em.createQuery(
            "SELECT a FROM Adoption a JOIN FETCH a.practice p JOIN FETCH p.collaborative"
                + " WHERE a.collaborative.id = :c ORDER BY a.createdAt DESC, a.id DESC",
            Adoption.class)
        .setParameter("c", actor.space().getId())
        .setMaxResults(500)
        .getResultList();
  }

  @Authorized(EDITOR)
  public Adoption forEditing(Actor actor, String slug, long id) {
    Adoption a =
        TenantScope.find(em, Adoption.class, actor.space(), id)
            .orElseThrow(() -> new NotFoundException("No such adoption"));
    a.getPractice().getName();
    return a;
  }

  /** Published practices of the other active collaboratives: what can be adopted. */
  @Authorized(EDITOR)
  public List<Practice> practiceChoices(Actor actor, String slug) {
    return em.createQuery(
            "SELECT p FROM Practice p JOIN FETCH p.collaborative c WHERE c.id <> :own"
                + " AND p.publishedAt <= :now AND "
                + ACTIVE
                + " ORDER BY c.name, p.name",
            Practice.class)
        .setParameter("own", actor.space().getId())
        .setParameter("now", Instant.now())
        .setMaxResults(PracticeService.CHOICES)
        .getResultList();
  }

  /** The collaborative's own practices: its description of the adapted version. */
  @Authorized(EDITOR)
  public List<Practice> adaptationChoices(Actor actor, String slug) {
    return em.createQuery(
            "SELECT p FROM Practice p WHERE p.collaborative.id = :own ORDER BY p.name",
            Practice.class)
        .setParameter("own", actor.space().getId())
        .setMaxResults(PracticeService.CHOICES)
        .getResultList();
  }

  @Authorized(EDITOR)
  public Adoption save(Actor actor, String slug, Long id, AdoptionForm form) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Map<String, String> errors = new LinkedHashMap<>();
    Practice practice = form.getPracticeId() == null ? null : adoptable(c, form.getPracticeId());
    if (practice == null) {
      errors.put("practiceId", Texts.of("adoption.choosePublishedPracticeAnother"));
    }
    Practice adaptation = null;
    if (form.getAdaptationId() != null) {
      adaptation = TenantScope.find(em, Practice.class, c, form.getAdaptationId()).orElse(null);
      if (adaptation == null) {
        errors.put("adaptationId", Texts.of("adoption.chooseOneOwnPractices"));
      } else if (practice != null && descendsFrom(practice.getId(), adaptation.getId())) {
        errors.put(
            "adaptationId",
            Texts.of("adoption.comesFromPracticeCannot", practice.getName(), adaptation.getName()));
      } else if (takenElsewhere(adaptation.getId(), id)) {
        errors.put(
            "adaptationId", Texts.of("adoption.alreadyRecordedAdaptedFrom", adaptation.getName()));
      }
    }
    AdoptionStatus status =
        form.getStatus() == null ? AdoptionStatus.CONSIDERING : form.getStatus();
    String stopped = blankToNull(form.getStoppedReason());
    if (status == AdoptionStatus.STOPPED && stopped == null) {
      errors.put("stoppedReason", Texts.of("adoption.sayWhyStoppedFailed"));
    }
    if (form.getStartedOn() != null
        && form.getEndedOn() != null
        && form.getEndedOn().isBefore(form.getStartedOn())) {
      errors.put("endedOn", Texts.of("adoption.endDateBeforeStart"));
    }
    maxLength(
        errors,
        "organisation",
        form.getOrganisation(),
        Adoption.ORGANISATION_MAX,
        Texts.of("adoption.organisation"));
    maxLength(
        errors,
        "changes",
        form.getChanges(),
        Practice.TEXT_MAX,
        Texts.of("adoption.whatWasChanged"));
    maxLength(errors, "stoppedReason", stopped, Practice.TEXT_MAX, Texts.of("adoption.whyStopped"));
    maxLength(
        errors, "results", form.getResults(), Practice.TEXT_MAX, Texts.of("adoption.results"));
    failIfAny(errors);
    Adoption a;
    if (id == null) {
      a = new Adoption(c, practice);
      em.persist(a);
    } else {
      a =
          TenantScope.find(em, Adoption.class, c, id)
              .orElseThrow(() -> new NotFoundException("No such adoption"));
      requireVersion(a.getVersion(), form.getVersion(), Texts.of("thing.adoption"));
      a.setPractice(practice);
    }
    a.setAdaptation(adaptation);
    a.setOrganisation(blankToNull(form.getOrganisation()));
    a.setStatus(status);
    a.setChanges(blankToNull(form.getChanges()));
    a.setStoppedReason(status == AdoptionStatus.STOPPED ? stopped : null);
    a.setStartedOn(form.getStartedOn());
    a.setEndedOn(form.getEndedOn());
    a.setResults(blankToNull(form.getResults()));
    a.setPublishedAt(
        org.convene.platform.FormChecks.publication(a.getPublishedAt(), form.isPublished()));
    a.touch();
    if (a.notifyOnce(Instant.now())) {
      tellTheOriginator(c, a);
    }
    flush(em, Texts.of("thing.adoption"));
    revisions.record(
        caller,
        c,
        org.convene.revision.Revision.ItemType.ADOPTION,
        a.getId(),
        AdoptionForm.of(a),
        id == null ? "Created" : form.getNote());
    audit.record(
        caller,
        slug,
        id == null ? "adoption.create" : "adoption.update",
        practice.getName() + " (" + status.getLabel() + ")");
    return a;
  }

  /** A published practice of another active collaborative, or null. */
  private Practice adoptable(Collaborative adopter, long practiceId) {
    return em.createQuery(
            "SELECT p FROM Practice p JOIN FETCH p.collaborative c WHERE p.id = :id"
                + " AND c.id <> :own AND p.publishedAt <= :now AND "
                + ACTIVE,
            Practice.class)
        .setParameter("id", practiceId)
        .setParameter("own", adopter.getId())
        .setParameter("now", Instant.now())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Whether {@code practice} is {@code ancestor} or comes from it through adaptations. */
  private boolean descendsFrom(long practice, long ancestor) {
    return !em.createNativeQuery(
            "WITH RECURSIVE up AS (SELECT CAST(?1 AS bigint) AS id, 0 AS depth"
                + " UNION ALL SELECT a.practice_id, up.depth + 1 FROM up"
                + " JOIN adoption a ON a.adaptation_id = up.id WHERE up.depth < 64)"
                + " SELECT 1 FROM up WHERE id = ?2 LIMIT 1")
        .setParameter(1, practice)
        .setParameter(2, ancestor)
        .getResultList()
        .isEmpty();
  }

  /** Whether another adoption already names {@code adaptation} as its adapted version. */
  private boolean takenElsewhere(long adaptation, Long self) {
    return em
        .createQuery("SELECT a.id FROM Adoption a WHERE a.adaptation.id = :p", Long.class)
        .setParameter("p", adaptation)
        .getResultList()
        .stream()
        .anyMatch(other -> !other.equals(self));
  }

  /** Mails every active editor of the practice's collaborative, once, in this transaction. */
  private void tellTheOriginator(Collaborative adopter, Adoption a) {
    Practice p = a.getPractice();
    List<String> editors =
        em.createQuery(
                "SELECT m.account.email FROM Membership m WHERE m.collaborative.id = :c"
                    + " AND m.account.status = org.convene.account.AccountStatus.ACTIVE"
                    + " ORDER BY m.account.email",
                String.class)
            .setParameter("c", p.getCollaborative().getId())
            .getResultList();
    String link = mailer.link("/c/" + p.getCollaborative().getSlug() + p.getPath());
    String status = a.getStatus().getLabel().toLowerCase(java.util.Locale.ROOT);
    for (String editor : editors) {
      // a letter each: the outbox keeps what was sent to whom
      org.convene.mail.Letter letter =
          new org.convene.mail.Letter(
                  "en", p.getCollaborative().getName(), p.getCollaborative().getBrand().primary())
              .footer("footer.editor")
              .subject("subject.adopting", adopter.getShortName(), p.getName())
              .greetAll();
      if (a.getOrganisation() == null) {
        letter.p("adopt.recorded", adopter.getName(), p.getName(), status);
      } else {
        letter.p("adopt.recordedFor", adopter.getName(), p.getName(), status, a.getOrganisation());
      }
      if (a.getChanges() != null) {
        letter.p("adopt.changes").text(a.getChanges());
      }
      letter.p("adopt.shown").button("button.seePractice", link).p("adopt.theirs");
      outbox.enqueue(editor, letter, null);
    }
  }
}
