package org.convene.audit;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
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

  public static final int PAGE_SIZE = 50;

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  public void record(Caller caller, String collaborativeSlug, String action, String summary) {
    em.persist(new AuditEntry(caller.name(), collaborativeSlug, action, summary));
  }

  /** Most recent first, filtered by collaborative, actor and action (any may be blank). */
  @Authorized(ADMINISTRATOR)
  public Page<AuditEntry> search(
      Actor actor, String collaborativeSlug, String who, String action, int page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<AuditEntry> counted = count.from(AuditEntry.class);
    count.select(cb.count(counted)).where(where(cb, counted, collaborativeSlug, who, action));
    long total = em.createQuery(count).getSingleResult();

    CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
    Root<AuditEntry> e = select.from(AuditEntry.class);
    select
        .where(where(cb, e, collaborativeSlug, who, action))
        .orderBy(cb.desc(e.get("at")), cb.desc(e.get("id")));
    List<AuditEntry> rows =
        em.createQuery(select)
            .setFirstResult(Page.offset(page, PAGE_SIZE))
            .setMaxResults(PAGE_SIZE)
            .getResultList();
    return new Page<>(rows, Math.max(1, page), PAGE_SIZE, total);
  }

  private static Predicate where(
      CriteriaBuilder cb, Root<AuditEntry> e, String slug, String who, String action) {
    List<Predicate> where = new ArrayList<>();
    if (slug != null && !slug.isBlank()) {
      where.add(cb.equal(e.get("collaborativeSlug"), slug.strip()));
    }
    if (who != null && !who.isBlank()) {
      where.add(cb.like(cb.lower(e.get("actor")), Like.containing(who.strip()), Like.ESCAPE));
    }
    if (action != null && !action.isBlank()) {
      where.add(cb.equal(e.get("action"), action.strip()));
    }
    return cb.and(where.toArray(Predicate[]::new));
  }
}
