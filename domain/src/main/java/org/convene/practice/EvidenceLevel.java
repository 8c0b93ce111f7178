package org.convene.practice;

/** How far a practice has been shown to work, from an idea to evidence-based. */
public enum EvidenceLevel {
  IDEA("Idea", "Proposed, not yet tried"),
  PILOTED("Piloted", "Tried in a pilot"),
  EVALUATED("Evaluated", "Tried and evaluated"),
  EVIDENCE_BASED("Evidence-based", "Backed by published evidence");

  private final String label;
  private final String description;

  EvidenceLevel(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String getLabel() {
    return label;
  }

  public String getDescription() {
    return description;
  }
}
