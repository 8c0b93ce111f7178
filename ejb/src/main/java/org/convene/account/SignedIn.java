package org.convene.account;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What the pages know of the signed-in account, reloaded on every request (one lookup: the list of
 * collaboratives it may edit is asked for separately, by the workspace pages that show it).
 */
public final class SignedIn implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String email;
  private final String displayName;
  private final boolean administrator;
  private final Instant sessionsValidFrom;

  SignedIn(Account account) {
    this.accountId = account.getId();
    this.email = account.getEmail();
    this.displayName = account.getDisplayName();
    this.administrator = account.isAdministrator();
    this.sessionsValidFrom = account.getSessionsValidFrom();
  }

  public long getAccountId() {
    return accountId;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public boolean isAdministrator() {
    return administrator;
  }

  /**
   * Whether a session that signed in at {@code signedInAt} still counts at {@code now}: it must be
   * younger than {@code lifetime} (however active it has been) and not older than the account's
   * last password reset.
   */
  public boolean sessionValid(Instant signedInAt, Instant now, Duration lifetime) {
    return sessionValid(signedInAt, sessionsValidFrom, now, lifetime);
  }

  static boolean sessionValid(
      Instant signedInAt, Instant sessionsValidFrom, Instant now, Duration lifetime) {
    return signedInAt != null
        && !signedInAt.isAfter(now)
        && signedInAt.plus(lifetime).isAfter(now)
        && (sessionsValidFrom == null || !signedInAt.isBefore(sessionsValidFrom));
  }

  /** A collaborative the account may edit. */
  public static final class Editable implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String slug;
    private final String name;

    Editable(String slug, String name) {
      this.slug = slug;
      this.name = name;
    }

    public String getSlug() {
      return slug;
    }

    public String getName() {
      return name;
    }
  }
}
