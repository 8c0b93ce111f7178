package org.convene.account;

import java.util.Objects;

/**
 * The resolved, currently active caller of a service: its name for the audit log and rights. Only
 * {@link AccessControl} creates one; services get it from an authorised {@link Actor}.
 */
public final class Caller {

  static final Caller SYSTEM = new Caller(null, "system", true);

  private final Long accountId;
  private final String name;
  private final boolean administrator;

  Caller(Long accountId, String name, boolean administrator) {
    this.accountId = accountId;
    this.name = name;
    this.administrator = administrator;
  }

  public Long accountId() {
    return accountId;
  }

  public String name() {
    return name;
  }

  public boolean administrator() {
    return administrator;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Caller c
        && Objects.equals(accountId, c.accountId)
        && Objects.equals(name, c.name)
        && administrator == c.administrator;
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountId, name, administrator);
  }

  @Override
  public String toString() {
    return name;
  }
}
