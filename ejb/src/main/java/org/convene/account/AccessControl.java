package org.convene.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;

/**
 * The one place that decides who may do what, reached only through {@link Authorized} (its methods
 * are not public): every service method that takes an {@link Actor} is checked here before it runs.
 * The account is reloaded each time, so disabling it or removing a membership takes effect on its
 * very next request; "no account" never means "all rights". A plain CDI bean (not an EJB), so its
 * methods can stay package-private; it joins the transaction of the service method it guards.
 */
@Dependent
public class AccessControl {

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private CollaborativeService collaboratives;

  /**
   * Applies {@code rule} to {@code actor} and returns the authorised actor; for {@link
   * Authorized.Rule#EDITOR}, against the collaborative {@code slug} names (unknown: not found).
   */
  Actor authorise(Actor actor, Authorized.Rule rule, String slug) {
    Caller caller = caller(actor);
    return switch (rule) {
      case PLATFORM -> {
        if (actor.accountId() != null) {
          throw new AccessDeniedException("Only the platform itself");
        }
        yield actor.authorised(caller, null);
      }
      case SIGNED_IN -> actor.authorised(caller, null);
      case ADMINISTRATOR -> {
        if (!caller.administrator()) {
          throw new AccessDeniedException("Administrators only");
        }
        yield actor.authorised(caller, null);
      }
      case EDITOR -> {
        Collaborative collaborative = collaboratives.getActiveOrSuspended(slug);
        if (!caller.administrator() && !isMember(caller.accountId(), collaborative)) {
          throw new AccessDeniedException("Not an editor of this collaborative");
        }
        yield actor.authorised(caller, collaborative);
      }
    };
  }

  /** The active caller behind {@code actor}. */
  Caller caller(Actor actor) {
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

  private boolean isMember(Long accountId, Collaborative collaborative) {
    return !em.createNamedQuery(Membership.FIND_ONE, Membership.class)
        .setParameter("account", accountId)
        .setParameter("collaborative", collaborative.getId())
        .getResultList()
        .isEmpty();
  }
}
