package org.convene.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
}
