package org.convene.account;

import java.io.Serializable;

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

  SignedIn(Account account) {
    this.accountId = account.getId();
    this.email = account.getEmail();
    this.displayName = account.getDisplayName();
    this.administrator = account.isAdministrator();
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
