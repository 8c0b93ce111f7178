package org.convene.account;

import java.io.Serializable;

/**
 * Who is asking a service to do something: a signed-in account (from the authenticated session,
 * never from page input) or the system itself (start-up bootstrap and demo data). Services resolve
 * it through {@link AccessControl}, which reloads the account on every call.
 */
public final class Actor implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Actor SYSTEM = new Actor(null);

  private final Long accountId;

  private Actor(Long accountId) {
    this.accountId = accountId;
  }

  /** The signed-in account with this id; only the authentication layer creates these. */
  public static Actor account(long accountId) {
    return new Actor(accountId);
  }

  /** The portal itself, for bootstrap and demo data; never available to pages. */
  public static Actor system() {
    return SYSTEM;
  }

  public boolean isSystem() {
    return accountId == null;
  }

  public Long accountId() {
    return accountId;
  }

  @Override
  public String toString() {
    return isSystem() ? "system" : "account " + accountId;
  }
}
