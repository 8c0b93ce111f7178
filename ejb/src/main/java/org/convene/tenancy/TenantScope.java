package org.convene.tenancy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.Optional;
import org.convene.collaborative.Collaborative;

/**
 * The one way services load tenant-owned objects: always together with the collaborative they must
 * belong to. An id from another collaborative simply finds nothing, exactly as an unknown id does,
 * so a page can answer 404 without telling the two apart.
 *
 * <p>Chosen over EclipseLink's {@code @Multitenant}: network pages (topics, search, the network
 * home, administration) read across collaboratives on purpose, which a per-EntityManager tenant
 * property makes awkward and easy to get wrong; an explicit parameter is visible in every signature
 * and testable.
 */
public final class TenantScope {

  private TenantScope() {}

  public static <T extends TenantOwned> Optional<T> find(
      EntityManager em, Class<T> type, Collaborative owner, Object id) {
    if (owner == null || owner.getId() == null || id == null) {
      return Optional.empty();
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<T> query = cb.createQuery(type);
    Root<T> root = query.from(type);
    query.where(
        cb.equal(root.get("id"), id), cb.equal(root.get("collaborative").get("id"), owner.getId()));
    return em.createQuery(query).getResultStream().findFirst();
  }
}
