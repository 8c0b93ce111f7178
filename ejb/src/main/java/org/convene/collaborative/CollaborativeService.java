package org.convene.collaborative;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Public reads of the network's collaboratives. */
@Stateless
public class CollaborativeService {

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  /** Every collaborative, by name. */
  public List<Collaborative> listAll() {
    return em.createNamedQuery(Collaborative.FIND_ALL_ORDERED, Collaborative.class).getResultList();
  }

  public Optional<Collaborative> findBySlug(String slug) {
    if (!Slug.isValid(slug)) {
      return Optional.empty();
    }
    return em.createNamedQuery(Collaborative.FIND_BY_SLUG, Collaborative.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Collaborative getBySlug(String slug) {
    return findBySlug(slug).orElseThrow(() -> new CollaborativeNotFoundException(slug));
  }
}
