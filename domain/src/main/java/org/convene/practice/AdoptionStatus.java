package org.convene.practice;

import org.convene.text.Texts;

/**
 * How far an adopter got with another collaborative's practice; a stopped attempt is knowledge too.
 */
public enum AdoptionStatus {
  CONSIDERING(Texts.of("adoptionStatus.CONSIDERING")),
  PILOTING(Texts.of("adoptionStatus.PILOTING")),
  ADOPTED(Texts.of("adoptionStatus.ADOPTED")),
  STOPPED(Texts.of("adoptionStatus.STOPPED"));

  private final String label;

  AdoptionStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
