package org.convene.account;

/** A disabled account cannot sign in, and loses its session on its next request. */
public enum AccountStatus {
  ACTIVE,
  DISABLED
}
