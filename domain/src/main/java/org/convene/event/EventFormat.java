package org.convene.event;

import org.convene.text.Texts;

/** How an event is attended. */
public enum EventFormat {
  ONLINE(Texts.of("eventFormat.ONLINE")),
  IN_PERSON(Texts.of("eventFormat.IN_PERSON")),
  HYBRID(Texts.of("eventFormat.HYBRID"));

  private final String label;

  EventFormat(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
