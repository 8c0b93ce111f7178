package org.convene.news;

import org.convene.text.Texts;

/** A post or press release written here, or a short item pointing to another site. */
public enum NewsKind {
  POST(Texts.of("newsKind.POST")),
  PRESS_RELEASE(Texts.of("newsKind.PRESS_RELEASE")),
  LINK(Texts.of("newsKind.LINK"));

  private final String label;

  NewsKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
