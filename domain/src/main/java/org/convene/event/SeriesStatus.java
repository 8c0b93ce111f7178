package org.convene.event;

/** Where a webinar series stands. */
public enum SeriesStatus {
  PLANNED("Planned"),
  RUNNING("Running"),
  CONCLUDED("Concluded");

  private final String label;

  SeriesStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
