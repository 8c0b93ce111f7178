package org.convene.link;

import java.io.Serializable;

/** A collaborative that presents or co-hosts another's event: its slug, name and role. */
public record Partner(long collaborativeId, String slug, String name, Role role)
    implements Serializable {

  /** What the partner does for the event. */
  public enum Role {
    PRESENTER("Presented by"),
    CO_HOST("Co-hosted with");

    private final String label;

    Role(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }
}
