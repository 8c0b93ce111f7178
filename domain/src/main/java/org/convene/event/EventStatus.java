package org.convene.event;

import org.convene.text.Texts;

/** Where an event stands. */
public enum EventStatus {
  SCHEDULED(Texts.of("eventStatus.SCHEDULED")),
  CANCELLED(Texts.of("eventStatus.CANCELLED")),
  COMPLETED(Texts.of("eventStatus.COMPLETED"));

  private final String label;

  EventStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
