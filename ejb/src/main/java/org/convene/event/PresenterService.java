package org.convene.event;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.account.Caller;
import org.convene.audit.AuditLog;
import org.convene.branding.ImageFormat;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;
import org.convene.platform.Digests;
import org.convene.platform.NotFoundException;
import org.convene.tenancy.TenantScope;
import org.convene.text.Texts;

/** Presenters a collaborative keeps and reuses across its events; their photos are public. */
@Stateless
public class PresenterService {

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private CollaborativeService collaboratives;
  @EJB private AuditLog audit;

  @Authorized(EDITOR)
  public List<Presenter> presenters(Actor actor, String slug) {
    Collaborative c = actor.space();
    return em.createQuery(
            "SELECT p FROM Presenter p WHERE p.collaborative.id = :c ORDER BY p.name",
            Presenter.class)
        .setParameter("c", c.getId())
        .getResultList();
  }

  /** What the editors' presenters table sorts by. */
  private static final Map<String, String> TABLE_SORT =
      Map.of(
          "name", "LOWER(p.name)",
          "affiliation", "LOWER(p.affiliation)",
          "role", "LOWER(p.role)");

  /**
   * One page of the working collaborative's presenters for its editors' table: searched by name,
   * role or affiliation, sorted by a named column (else by name). Two statements.
   */
  @Authorized(EDITOR)
  public org.convene.platform.Page<Presenter> table(
      Actor actor, String slug, org.convene.platform.TableQuery query) {
    Map<String, Object> parameters = new java.util.HashMap<>();
    parameters.put("c", actor.space().getId());
    parameters.put("q", query.likePattern());
    return org.convene.platform.TablePages.page(
        em,
        Presenter.class,
        "Presenter p",
        " WHERE p.collaborative.id = :c AND (LOWER(p.name) LIKE :q ESCAPE '\\'"
            + " OR LOWER(p.role) LIKE :q ESCAPE '\\'"
            + " OR LOWER(p.affiliation) LIKE :q ESCAPE '\\')",
        parameters,
        query,
        TABLE_SORT,
        "LOWER(p.name), p.id",
        "p.id");
  }

  /**
   * The network's people an editor may also name as presenters: presenters of other active
   * collaboratives who gave at least one published session (one record per person, reused across
   * the network instead of copied), by name.
   */
  @Authorized(EDITOR)
  public List<Presenter> networkPresenters(Actor actor, String slug) {
    return em.createQuery(
            "SELECT p FROM Presenter p JOIN FETCH p.collaborative c WHERE c.id <> :own AND "
                + PUBLIC_PRESENTER
                + " ORDER BY p.name, p.id",
            Presenter.class)
        .setParameter("own", actor.space().getId())
        .setParameter("now", java.time.Instant.now())
        .setMaxResults(300)
        .getResultList();
  }

  /**
   * A presenter anyone may see: of an active collaborative, with at least one published session of
   * an active collaborative (for a query over {@code p} and its collaborative {@code c}).
   */
  public static final String PUBLIC_PRESENTER =
      "c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE AND EXISTS (SELECT e FROM"
          + " Event e JOIN e.presenters ep WHERE ep = p AND e.publishedAt <= :now"
          + " AND e.collaborative.status = org.convene.collaborative.CollaborativeStatus.ACTIVE)";

  /** A presenter's public page: the person, if anyone may see them. */
  public java.util.Optional<Presenter> publicPresenter(long id) {
    return em.createQuery(
            "SELECT p FROM Presenter p JOIN FETCH p.collaborative c WHERE p.id = :id AND "
                + PUBLIC_PRESENTER,
            Presenter.class)
        .setParameter("id", id)
        .setParameter("now", java.time.Instant.now())
        .getResultStream()
        .findFirst();
  }

  /** Every published session {@code presenter} gave, of any active collaborative, latest first. */
  public List<Event> sessionsOf(Presenter presenter) {
    return em.createQuery(
            "SELECT e FROM Event e JOIN e.presenters ep JOIN FETCH e.collaborative c"
                + " LEFT JOIN FETCH e.series WHERE ep.id = :p AND e.publishedAt <= :now AND"
                + " c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE"
                + " ORDER BY e.startsAt DESC, e.id",
            Event.class)
        .setParameter("p", presenter.getId())
        .setParameter("now", java.time.Instant.now())
        .setMaxResults(200)
        .getResultList();
  }

  @Authorized(EDITOR)
  public Presenter presenterForEditing(Actor actor, String slug, long id) {
    Collaborative c = actor.space();
    return TenantScope.find(em, Presenter.class, c, id)
        .orElseThrow(() -> new NotFoundException("No such presenter"));
  }

  @Authorized(EDITOR)
  public Presenter savePresenter(
      Actor actor, String slug, Long id, PresenterForm form, byte[] photo) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Map<String, String> errors = new LinkedHashMap<>();
    String name =
        required(errors, "name", form.getName(), 160, Texts.of("presenter.enterPresenterSName"));
    ImageFormat photoFormat = null;
    if (photo != null && photo.length > 0) {
      if (photo.length > Presenter.MAX_PHOTO_BYTES) {
        errors.put("photo", Texts.of("presenter.photoCanMost2"));
      } else {
        photoFormat = ImageFormat.detect(photo).orElse(null);
        if (photoFormat == null) {
          errors.put("photo", Texts.of("presenter.photoMustPngJpeg"));
        }
      }
    }
    maxLength(
        errors,
        "credentials",
        form.getCredentials(),
        Presenter.CREDENTIALS_MAX,
        Texts.of("presenter.credentials"));
    maxLength(errors, "role", form.getRole(), Presenter.ROLE_MAX, Texts.of("presenter.role"));
    maxLength(
        errors,
        "affiliation",
        form.getAffiliation(),
        Presenter.AFFILIATION_MAX,
        Texts.of("presenter.affiliation"));
    maxLength(errors, "bio", form.getBio(), Presenter.BIO_MAX, Texts.of("presenter.biography"));
    failIfAny(errors);
    Presenter p;
    if (id == null) {
      p = new Presenter(c, name);
      em.persist(p);
    } else {
      p =
          TenantScope.find(em, Presenter.class, c, id)
              .orElseThrow(() -> new NotFoundException("No such presenter"));
      requireVersion(p.getVersion(), form.getVersion(), Texts.of("thing.presenter"));
      p.setName(name);
    }
    p.setCredentials(blankToNull(form.getCredentials()));
    p.setRole(blankToNull(form.getRole()));
    p.setAffiliation(blankToNull(form.getAffiliation()));
    p.setBio(blankToNull(form.getBio()));
    if (photoFormat != null) {
      p.usePhoto(photoFormat, Digests.sha256Hex(photo), photo);
    }
    flush(em, Texts.of("thing.presenter"));
    audit.record(caller, slug, id == null ? "presenter.create" : "presenter.update", name);
    return p;
  }

  /**
   * Merges a mistyped duplicate into the presenter to keep (both the caller's own): every session
   * of the duplicate is the kept presenter's afterwards (once each), the duplicate is removed, and
   * the merge is audited. Returns how many sessions moved.
   */
  @Authorized(EDITOR)
  public int mergePresenters(Actor actor, String slug, long keepId, long duplicateId) {
    Collaborative c = actor.space();
    if (keepId == duplicateId) {
      throw new org.convene.platform.InvalidInputException(
          "duplicate", "Choose another presenter to merge into this one.");
    }
    Presenter keep =
        TenantScope.find(em, Presenter.class, c, keepId)
            .orElseThrow(() -> new NotFoundException("No such presenter"));
    Presenter duplicate =
        TenantScope.find(em, Presenter.class, c, duplicateId)
            .orElseThrow(() -> new NotFoundException("No such presenter"));
    em.flush();
    int moved =
        em.createNativeQuery(
                "INSERT INTO event_presenter (event_id, presenter_id) SELECT event_id, ?1"
                    + " FROM event_presenter WHERE presenter_id = ?2 ON CONFLICT DO NOTHING")
            .setParameter(1, keepId)
            .setParameter(2, duplicateId)
            .executeUpdate();
    em.createNativeQuery("DELETE FROM presenter WHERE id = ?1")
        .setParameter(1, duplicateId)
        .executeUpdate();
    audit.record(
        actor.caller(),
        slug,
        "presenter.merge",
        "Merged "
            + duplicate.getName()
            + " (#"
            + duplicateId
            + ") into "
            + keep.getName()
            + " (#"
            + keepId
            + "), "
            + moved
            + " sessions moved");
    return moved;
  }

  /** A presenter's photo if {@code sha256} names the current one (public: photos are shown). */
  public Optional<Presenter> presenterPhoto(Collaborative owner, long id, String sha256) {
    return TenantScope.find(em, Presenter.class, owner, id)
        .filter(p -> sha256 != null && sha256.equals(p.getPhotoSha256()));
  }
}
