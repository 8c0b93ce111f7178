package org.convene.practice;

import org.convene.text.Texts;

/** How far a practice has been shown to work, from an idea to evidence-based. */
public enum EvidenceLevel {
  IDEA(Texts.of("evidenceLevel.IDEA"), Texts.of("evidenceLevel.IDEA.description")),
  PILOTED(Texts.of("evidenceLevel.PILOTED"), Texts.of("evidenceLevel.PILOTED.description")),
  EVALUATED(Texts.of("evidenceLevel.EVALUATED"), Texts.of("evidenceLevel.EVALUATED.description")),
  EVIDENCE_BASED(
      Texts.of("evidenceLevel.EVIDENCE_BASED"),
      Texts.of("evidenceLevel.EVIDENCE_BASED.description"));

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
