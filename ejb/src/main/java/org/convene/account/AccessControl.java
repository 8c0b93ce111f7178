package org.convene.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.convene.collaborative.Collaborative;

/**
 * The one place that decides who may do what. Every service write and every non-public read asks
 * here first. The account is reloaded each time, so disabling it or removing a membership takes
 * effect on its very next request; "no account" never means "all rights".
 */
@Stateless
public class AccessControl {

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  /** The active caller behind {@code actor}. */
  public Caller caller(Actor actor) {
    if (actor == null) {
      throw new AccessDeniedException("No caller");
    }
    if (actor.isSystem()) {
      return Caller.SYSTEM;
    }
    Account account = em.find(Account.class, actor.accountId());
    if (account == null || !account.isActive()) {
      throw new AccessDeniedException("Account not active");
    }
    return new Caller(account.getId(), account.getEmail(), account.isAdministrator());
  }

  /** A network administrator (or the system). */
  public Caller requireAdministrator(Actor actor) {
    Caller caller = caller(actor);
    if (!caller.administrator()) {
      throw new AccessDeniedException("Administrators only");
    }
    return caller;
  }

  /** Someone who may edit this collaborative: one of its editors, or an administrator. */
  public Caller requireEditor(Actor actor, Collaborative collaborative) {
    Caller caller = caller(actor);
    if (caller.administrator() || isMember(caller.accountId(), collaborative)) {
      return caller;
    }
    throw new AccessDeniedException("Not an editor of this collaborative");
  }

  private boolean isMember(Long accountId, Collaborative collaborative) {
    return collaborative != null
        && !em.createNamedQuery(Membership.FIND_ONE, Membership.class)
            .setParameter("account", accountId)
            .setParameter("collaborative", collaborative.getId())
            .getResultList()
            .isEmpty();
  }
}
