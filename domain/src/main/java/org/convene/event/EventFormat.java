package org.convene.event;

/** How an event is attended. */
public enum EventFormat {
  ONLINE("Online"),
  IN_PERSON("In person"),
  HYBRID("Hybrid");

  private final String label;

  EventFormat(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
