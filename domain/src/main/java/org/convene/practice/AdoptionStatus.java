package org.convene.practice;

/**
 * How far an adopter got with another collaborative's practice; a stopped attempt is knowledge too.
 */
public enum AdoptionStatus {
  CONSIDERING("Considering"),
  PILOTING("Piloting"),
  ADOPTED("Adopted"),
  STOPPED("Stopped");

  private final String label;

  AdoptionStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
