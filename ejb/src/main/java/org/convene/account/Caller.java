package org.convene.account;

/** The resolved, currently active caller of a service: its name for the audit log and rights. */
public record Caller(Long accountId, String name, boolean administrator) {

  static final Caller SYSTEM = new Caller(null, "system", true);
}
