package org.convene.revision;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.account.Caller;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;
import org.convene.platform.NotFoundException;
import org.convene.revision.Revision.ItemType;
import org.convene.tenancy.TenantScope;

/**
 * Revisions: each save of an event, series, resource or news item is kept with who saved it and
 * when, as the editor's form (JSON-B). Editors of the owning collaborative list, view and restore
 * them; restoring saves the old form again, which is itself a new revision.
 */
@Stateless
public class RevisionService {

  private static final Jsonb JSON =
      JsonbBuilder.create(new JsonbConfig().withFormatting(false).withNullValues(true));

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private CollaborativeService collaboratives;

  /** Keeps the state just saved (in the caller's transaction). */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Revision record(
      Caller caller, Collaborative owner, ItemType type, long itemId, Object form, String note) {
    Integer last =
        em.createQuery(
                "SELECT MAX(r.number) FROM Revision r WHERE r.itemType = :t AND r.itemId = :id",
                Integer.class)
            .setParameter("t", type)
            .setParameter("id", itemId)
            .getSingleResult();
    Revision r =
        new Revision(
            owner,
            type,
            itemId,
            last == null ? 1 : last + 1,
            caller.name(),
            note,
            JSON.toJson(form));
    em.persist(r);
    return r;
  }

  /** An item's revisions, latest first (its collaborative's editors). */
  @Authorized(EDITOR)
  public List<Revision> list(Actor actor, String slug, ItemType type, long itemId) {
    Collaborative c = actor.space();
    return em.createQuery(
            "SELECT r FROM Revision r WHERE r.collaborative.id = :c AND r.itemType = :t"
                + " AND r.itemId = :id ORDER BY r.number DESC",
            Revision.class)
        .setParameter("c", c.getId())
        .setParameter("t", type)
        .setParameter("id", itemId)
        .setMaxResults(200)
        .getResultList();
  }

  @Authorized(EDITOR)
  public Revision get(Actor actor, String slug, long revisionId) {
    Collaborative c = actor.space();
    return TenantScope.find(em, Revision.class, c, revisionId)
        .orElseThrow(() -> new NotFoundException("No such revision"));
  }

  /**
   * The form a revision of item {@code itemId} kept, to save again; a revision of another item (or
   * another collaborative's) is not found.
   */
  @Authorized(EDITOR)
  public <T> T form(
      Actor actor, String slug, long revisionId, ItemType itemType, long itemId, Class<T> type) {
    Revision r = get(actor, slug, revisionId);
    if (r.getItemType() != itemType || r.getItemId() != itemId) {
      throw new NotFoundException("No such revision of this item");
    }
    return JSON.fromJson(r.getSnapshot(), type);
  }

  /** A revision's fields, for viewing: name → value as text, in the form's order. */
  @SuppressWarnings("unchecked")
  @Authorized(EDITOR)
  public Map<String, String> fields(Actor actor, String slug, long revisionId) {
    Map<String, Object> raw = JSON.fromJson(get(actor, slug, revisionId).getSnapshot(), Map.class);
    Map<String, String> shown = new LinkedHashMap<>();
    raw.forEach(
        (k, v) -> {
          if (!k.equals("version")) {
            shown.put(k, v == null ? "" : v instanceof List<?> l ? l.toString() : v.toString());
          }
        });
    return shown;
  }
}
