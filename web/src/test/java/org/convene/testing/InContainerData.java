package org.convene.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.convene.collaborative.Collaborative;
import org.convene.tenancy.TenantOwned;
import org.convene.tenancy.TenantScope;

/**
 * In-container tests' access to the persistence unit. Joins the caller's transaction, so a test
 * that begins a UserTransaction and rolls it back leaves the database as it found it.
 */
@Stateless
public class InContainerData {

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  public <T> T persist(T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }

  public int execute(String jpql) {
    return em.createQuery(jpql).executeUpdate();
  }

  public int executeNative(String sql) {
    return em.createNativeQuery(sql).executeUpdate();
  }

  public long count(String entityName) {
    return em.createQuery("SELECT COUNT(e) FROM " + entityName + " e", Long.class)
        .getSingleResult();
  }

  /** How many {@code entityName} rows match a JPQL condition on {@code e}. */
  public long countWhere(String entityName, String condition) {
    return em.createQuery(
            "SELECT COUNT(e) FROM " + entityName + " e WHERE " + condition, Long.class)
        .getSingleResult();
  }

  /** The collaborative as stored now (fresh from the database). */
  public Collaborative reload(String slug) {
    Collaborative c =
        em.createNamedQuery(Collaborative.FIND_BY_SLUG, Collaborative.class)
            .setParameter("slug", slug)
            .getSingleResult();
    em.refresh(c);
    c.getStates().size();
    return c;
  }

  public <T extends TenantOwned> Optional<T> findOwned(
      Class<T> type, Collaborative owner, Object id) {
    return TenantScope.find(em, type, owner, id);
  }

  public <T> T idOf(Class<T> type, String jpql, String slug) {
    return em.createQuery(jpql, type).setParameter("slug", slug).getSingleResult();
  }

  public static String uniqueSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
