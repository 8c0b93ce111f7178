package org.convene.audit;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.account.Caller;
import org.convene.platform.Like;
import org.convene.platform.Page;

/**
 * Records every administrative and editorial change in the same transaction as the change (so there
 * is never one without the other), and lets administrators read them back.
 */
@Stateless
public class AuditLog {

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  public void record(Caller caller, String collaborativeSlug, String action, String summary) {
    em.persist(new AuditEntry(caller.name(), collaborativeSlug, action, summary));
  }

  /** What the audit table sorts by. */
  private static final Map<String, String> TABLE_SORT =
      Map.of(
          "at", "a.at",
          "actor", "LOWER(a.actor)",
          "collaborativeSlug", "a.collaborativeSlug",
          "action", "a.action");

  /**
   * One page of the audit log for the administrators' table: narrowed by collaborative (its slug),
   * who (part of the name) and action as {@link #search} is, the table's words searched in what
   * changed, sorted by a named column (else most recent first). Two statements.
   */
  @Authorized(ADMINISTRATOR)
  public Page<AuditEntry> table(
      Actor actor,
      String collaborativeSlug,
      String who,
      String action,
      org.convene.platform.TableQuery query) {
    Map<String, Object> parameters = new java.util.HashMap<>();
    StringBuilder where = new StringBuilder(" WHERE LOWER(a.summary) LIKE :q ESCAPE '\\'");
    parameters.put("q", query.likePattern());
    if (collaborativeSlug != null && !collaborativeSlug.isBlank()) {
      where.append(" AND a.collaborativeSlug = :slug");
      parameters.put("slug", collaborativeSlug.strip());
    }
    if (who != null && !who.isBlank()) {
      where.append(" AND LOWER(a.actor) LIKE :who ESCAPE '\\'");
      parameters.put("who", Like.containing(who.strip()));
    }
    if (action != null && !action.isBlank()) {
      where.append(" AND a.action = :action");
      parameters.put("action", action.strip());
    }
    return org.convene.platform.TablePages.page(
        em,
        AuditEntry.class,
        "AuditEntry a",
        where.toString(),
        parameters,
        query,
        TABLE_SORT,
        "a.at DESC, a.id DESC",
        "a.id");
  }
}
