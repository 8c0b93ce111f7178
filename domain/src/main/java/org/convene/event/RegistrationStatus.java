package org.convene.event;

import org.convene.text.Texts;

/** A registration holds a seat, waits for one, or was cancelled. */
public enum RegistrationStatus {
  CONFIRMED(Texts.of("registrationStatus.CONFIRMED")),
  WAITLISTED(Texts.of("registrationStatus.WAITLISTED")),
  CANCELLED(Texts.of("registrationStatus.CANCELLED"));

  private final String label;

  RegistrationStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
