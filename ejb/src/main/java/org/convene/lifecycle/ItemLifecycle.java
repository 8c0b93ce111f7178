package org.convene.lifecycle;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.audit.AuditLog;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.revision.Revision.ItemType;
import org.convene.text.Texts;

/**
 * Archiving, restoring and deleting an editor's events, series, news, resources and practices.
 *
 * <p>An item that was ever public is archived, never deleted: its publication is taken back (so the
 * one visibility rule hides it from every page, feed, calendar and search at once) and kept, with
 * its registrations, revisions and history, to be restored as it was. Only a draft that was never
 * published can be deleted — and never an event with registrations, or a series that still has
 * sessions; what pointed at it (related links, campaign items, its revisions) goes with it. Every
 * change is audited. (V19's triggers keep {@code first_published_at} and the archive columns right
 * on every write path.)
 */
@Stateless
public class ItemLifecycle {

  /** The table of each kind of item this manages. */
  private static final Map<ItemType, String> TABLES =
      Map.of(
          ItemType.EVENT, "event",
          ItemType.SERIES, "event_series",
          ItemType.NEWS, "news_item",
          ItemType.RESOURCE, "resource",
          ItemType.PRACTICE, "practice");

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;

  /** What the workspace shows about an item's life: archived, and whether it can be deleted. */
  public record State(boolean archived, boolean deletable, String whyNot) {}

  @Authorized(EDITOR)
  public State state(Actor actor, String slug, ItemType type, long id) {
    Object[] row = row(actor, type, id);
    boolean archived = row[2] != null;
    String whyNot = whyNotDeletable(type, id, row);
    return new State(archived, whyNot == null, whyNot);
  }

  /** Takes a published item off every public page, keeping it to be restored. */
  @Authorized(EDITOR)
  public void archive(Actor actor, String slug, ItemType type, long id) {
    Object[] row = row(actor, type, id);
    if (row[2] != null) {
      return; // archived already
    }
    if (row[1] == null) {
      throw new InvalidInputException(
          "published", Texts.of("itemLifecycle.notPublishedSoThere", row[0]));
    }
    if (type == ItemType.EVENT) {
      long waiting =
          count(
              "SELECT count(*) FROM registration r JOIN event e ON e.id = r.event_id"
                  + " WHERE e.id = ?1 AND e.ends_at > now() AND e.status = 'SCHEDULED'"
                  + " AND r.status <> 'CANCELLED'",
              id);
      if (waiting > 0) {
        throw new InvalidInputException(
            "archive", Texts.of("itemLifecycle.notTakenPlace", row[0], waiting));
      }
    }
    em.createNativeQuery(
            "UPDATE "
                + table(type)
                + " SET archived_at = now(), archived_published_at = published_at,"
                + " published_at = NULL, version = version + 1 WHERE id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    audit.record(
        actor.caller(),
        slug,
        "item.archive",
        "Archived " + type.name().toLowerCase() + " #" + id + " " + row[0]);
  }

  /** Publishes an archived item again, as it was published before. */
  @Authorized(EDITOR)
  public void restore(Actor actor, String slug, ItemType type, long id) {
    Object[] row = row(actor, type, id);
    if (row[2] == null) {
      throw new InvalidInputException("archived", Texts.of("itemLifecycle.notArchived", row[0]));
    }
    em.createNativeQuery(
            "UPDATE "
                + table(type)
                + " SET published_at = coalesce(archived_published_at, now()),"
                + " version = version + 1 WHERE id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    audit.record(
        actor.caller(),
        slug,
        "item.restore",
        "Restored " + type.name().toLowerCase() + " #" + id + " " + row[0]);
  }

  /** Deletes a draft that was never published (see the class for what is refused). */
  @Authorized(EDITOR)
  public void delete(Actor actor, String slug, ItemType type, long id) {
    Object[] row = row(actor, type, id);
    String whyNot = whyNotDeletable(type, id, row);
    if (whyNot != null) {
      throw new InvalidInputException("delete", whyNot);
    }
    for (String sql :
        List.of(
            "DELETE FROM related_link WHERE (from_type = ?1 AND from_id = ?2)"
                + " OR (to_type = ?1 AND to_id = ?2)",
            "DELETE FROM campaign_item WHERE item_type = ?1 AND item_id = ?2",
            "DELETE FROM revision WHERE item_type = ?1 AND item_id = ?2")) {
      em.createNativeQuery(sql).setParameter(1, type.name()).setParameter(2, id).executeUpdate();
    }
    em.createNativeQuery("DELETE FROM " + table(type) + " WHERE id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    audit.record(
        actor.caller(),
        slug,
        "item.delete",
        "Deleted the draft " + type.name().toLowerCase() + " #" + id + " " + row[0]);
  }

  /** Why this item cannot be deleted, in words; null when it can. */
  private String whyNotDeletable(ItemType type, long id, Object[] row) {
    if (row[1] != null || row[2] != null || row[3] != null) {
      return "“"
          + row[0]
          + "” has been published, so it is kept: archive it to take it off the public pages.";
    }
    if (type == ItemType.EVENT
        && count("SELECT count(*) FROM registration WHERE event_id = ?1", id) > 0) {
      return "“" + row[0] + "” has registrations, so it is kept: cancel it instead.";
    }
    if (type == ItemType.SERIES
        && count("SELECT count(*) FROM event WHERE series_id = ?1", id) > 0) {
      return "“" + row[0] + "” has sessions: delete them or move them to another series first.";
    }
    return null;
  }

  private long count(String sql, long id) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
  }

  /** Title, published_at, archived_at, first_published_at of one of the caller's items. */
  private Object[] row(Actor actor, ItemType type, long id) {
    String titleColumn = type == ItemType.PRACTICE ? "name" : "title";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT "
                    + titleColumn
                    + ", published_at, archived_at, first_published_at FROM "
                    + table(type)
                    + " WHERE id = ?1 AND collaborative_id = ?2 FOR UPDATE")
            .setParameter(1, id)
            .setParameter(2, actor.space().getId())
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("No such " + type.name().toLowerCase());
    }
    return rows.get(0);
  }

  private static String table(ItemType type) {
    String table = TABLES.get(type);
    if (table == null) {
      throw new NotFoundException("Nothing to archive of kind " + type);
    }
    return table;
  }
}
