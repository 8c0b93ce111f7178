package org.convene.network;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reads the network this deployment serves. */
@Stateless
public class NetworkService {

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  /** The network, or empty on a database that has not been set up yet. */
  public Optional<Network> find() {
    return em.createNamedQuery(Network.FIND_ALL, Network.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
