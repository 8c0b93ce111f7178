package org.convene.news;

/** A post or press release written here, or a short item pointing to another site. */
public enum NewsKind {
  POST("News"),
  PRESS_RELEASE("Press release"),
  LINK("Elsewhere");

  private final String label;

  NewsKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
