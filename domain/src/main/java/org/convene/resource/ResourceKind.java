package org.convene.resource;

/** What a resource is. */
public enum ResourceKind {
  APP("App"),
  BLOG("Blog"),
  PODCAST("Podcast"),
  VIDEO("Video"),
  DOCUMENT("Document"),
  HOTLINE("Hotline"),
  TOOLKIT("Toolkit"),
  WEBSITE("Website"),
  PLAYBOOK("Playbook");

  private final String label;

  ResourceKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
