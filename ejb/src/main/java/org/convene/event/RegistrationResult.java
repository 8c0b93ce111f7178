package org.convene.event;

import java.io.Serializable;

/**
 * What a sign-up came to: confirmed, or waitlisted at a position (1 = next in line). {@code
 * existing} says the address was already registered and the existing registration was returned.
 */
public class RegistrationResult implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long eventId;
  private final String eventTitle;
  private final RegistrationStatus status;
  private final int waitlistPosition;
  private final boolean existing;

  public RegistrationResult(
      long eventId,
      String eventTitle,
      RegistrationStatus status,
      int waitlistPosition,
      boolean existing) {
    this.eventId = eventId;
    this.eventTitle = eventTitle;
    this.status = status;
    this.waitlistPosition = waitlistPosition;
    this.existing = existing;
  }

  public long getEventId() {
    return eventId;
  }

  public String getEventTitle() {
    return eventTitle;
  }

  public RegistrationStatus getStatus() {
    return status;
  }

  public boolean isConfirmed() {
    return status == RegistrationStatus.CONFIRMED;
  }

  public int getWaitlistPosition() {
    return waitlistPosition;
  }

  public boolean isExisting() {
    return existing;
  }
}
