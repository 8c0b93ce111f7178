package org.convene.event;

/** A registration holds a seat, waits for one, or was cancelled. */
public enum RegistrationStatus {
  CONFIRMED("Confirmed"),
  WAITLISTED("Waitlisted"),
  CANCELLED("Cancelled");

  private final String label;

  RegistrationStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
