package org.convene.event;

import org.convene.text.Texts;

/** Where a webinar series stands. */
public enum SeriesStatus {
  PLANNED(Texts.of("seriesStatus.PLANNED")),
  RUNNING(Texts.of("seriesStatus.RUNNING")),
  CONCLUDED(Texts.of("seriesStatus.CONCLUDED"));

  private final String label;

  SeriesStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
