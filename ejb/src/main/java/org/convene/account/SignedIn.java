package org.convene.account;

import java.io.Serializable;
import java.util.List;

/** What the pages know of the signed-in account, reloaded on every request. */
public final class SignedIn implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String email;
  private final String displayName;
  private final boolean administrator;
  private final List<Editable> editable;

  SignedIn(Account account, List<Editable> editable) {
    this.accountId = account.getId();
    this.email = account.getEmail();
    this.displayName = account.getDisplayName();
    this.administrator = account.isAdministrator();
    this.editable = List.copyOf(editable);
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

  /** The collaboratives this account may edit, by name (every one for an administrator). */
  public List<Editable> getEditable() {
    return editable;
  }

  public boolean mayEdit(String slug) {
    return editable.stream().anyMatch(e -> e.getSlug().equals(slug));
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
