package org.convene.resource;

import org.convene.text.Texts;

/** What a resource is. */
public enum ResourceKind {
  APP(Texts.of("resourceKind.APP")),
  BLOG(Texts.of("resourceKind.BLOG")),
  PODCAST(Texts.of("resourceKind.PODCAST")),
  VIDEO(Texts.of("resourceKind.VIDEO")),
  DOCUMENT(Texts.of("resourceKind.DOCUMENT")),
  HOTLINE(Texts.of("resourceKind.HOTLINE")),
  TOOLKIT(Texts.of("resourceKind.TOOLKIT")),
  WEBSITE(Texts.of("resourceKind.WEBSITE")),
  PLAYBOOK(Texts.of("resourceKind.PLAYBOOK"));

  private final String label;

  ResourceKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
