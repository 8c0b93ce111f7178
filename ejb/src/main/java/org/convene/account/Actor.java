package org.convene.account;

import java.io.Serializable;
import org.convene.collaborative.Collaborative;

/**
 * Who is asking a service to do something: a signed-in account (made only by the authentication
 * layer, from the authenticated session, never from page input) or the platform itself (timers,
 * start-up bootstrap and demo data; {@code LayeringTest} keeps {@link #system()} to those classes).
 *
 * <p>A service method never checks an actor itself: it is annotated {@link Authorized}, and {@link
 * AuthorizationInterceptor} hands it an <em>authorised</em> actor, whose {@link #caller()} and
 * {@link #space()} are the only way the method learns who is calling and which collaborative it may
 * change. An actor that was not authorised answers neither.
 */
public final class Actor implements Serializable {

  private static final long serialVersionUID = 2L;
  private static final Actor SYSTEM = new Actor(null, null, null);

  private final Long accountId;
  private final transient Caller caller;
  private final transient Collaborative space;

  private Actor(Long accountId, Caller caller, Collaborative space) {
    this.accountId = accountId;
    this.caller = caller;
    this.space = space;
  }

  /** The signed-in account with this id; only the authentication layer ({@code CurrentUser}). */
  static Actor account(long accountId) {
    return new Actor(accountId, null, null);
  }

  /** The platform itself: timers, bootstrap and demo data only; never available to pages. */
  public static Actor system() {
    return SYSTEM;
  }

  /** This actor once {@link AccessControl} has applied a rule to it. */
  Actor authorised(Caller resolved, Collaborative collaborative) {
    return new Actor(accountId, resolved, collaborative);
  }

  public boolean isSystem() {
    return accountId == null;
  }

  public Long accountId() {
    return accountId;
  }

  /** Who is calling, for the audit log; only inside a method annotated {@link Authorized}. */
  public Caller caller() {
    if (caller == null) {
      throw new AccessDeniedException("Not authorised: the service method is not @Authorized");
    }
    return caller;
  }

  /**
   * The collaborative an {@link Authorized.Rule#EDITOR} method was authorised for: the one it may
   * read and change.
   */
  public Collaborative space() {
    if (space == null) {
      throw new AccessDeniedException("Not authorised for a collaborative");
    }
    return space;
  }

  @Override
  public String toString() {
    return isSystem() ? "system" : "account " + accountId;
  }
}
