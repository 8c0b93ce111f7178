package org.convene.event;

/** What following a personal cancel link did. */
public enum CancelOutcome {
  /** The registration was cancelled now. */
  CANCELLED,
  /** It had been cancelled before: the link works once. */
  ALREADY_CANCELLED,
  /** No registration has this link. */
  UNKNOWN
}
