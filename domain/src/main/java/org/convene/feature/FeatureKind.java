package org.convene.feature;

import org.convene.text.Texts;

/** What is featured: a member collaborative, one of its events, or one of its news items. */
public enum FeatureKind {
  MEMBER(Texts.of("featureKind.MEMBER")),
  EVENT(Texts.of("featureKind.EVENT")),
  SERIES(Texts.of("featureKind.SERIES")),
  NEWS(Texts.of("featureKind.NEWS"));

  private final String label;

  FeatureKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
