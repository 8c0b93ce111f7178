package org.convene.feature;

/** What is featured: a member collaborative, one of its events, or one of its news items. */
public enum FeatureKind {
  MEMBER("Member"),
  EVENT("Event"),
  SERIES("Series"),
  NEWS("News item");

  private final String label;

  FeatureKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
