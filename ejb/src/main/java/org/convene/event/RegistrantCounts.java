package org.convene.event;

import java.io.Serializable;

/** How an event's registrations stand. */
public class RegistrantCounts implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long confirmed;
  private final long waitlisted;
  private final long cancelled;
  private final long attended;

  public RegistrantCounts(long confirmed, long waitlisted, long cancelled, long attended) {
    this.confirmed = confirmed;
    this.waitlisted = waitlisted;
    this.cancelled = cancelled;
    this.attended = attended;
  }

  public long getConfirmed() {
    return confirmed;
  }

  public long getWaitlisted() {
    return waitlisted;
  }

  public long getCancelled() {
    return cancelled;
  }

  public long getAttended() {
    return attended;
  }
}
