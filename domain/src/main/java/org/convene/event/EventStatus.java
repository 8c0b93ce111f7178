package org.convene.event;

/** Where an event stands. */
public enum EventStatus {
  SCHEDULED("Scheduled"),
  CANCELLED("Cancelled"),
  COMPLETED("Completed");

  private final String label;

  EventStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
