package org.convene.practice;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a practice went: its published adoptions, each with the adopter's own version (when it
 * wrote one and published it) and that version's adoptions in turn, with network figures.
 */
public record Lineage(List<Node> adoptions, int times, int collaboratives, int listed) {

  /** A lineage listed whole. */
  public Lineage(List<Node> adoptions, int times, int collaboratives) {
    this(adoptions, times, collaboratives, times);
  }

  /** How many adoptions the list leaves out (beyond {@code AdoptionService.MAX_LISTED}). */
  public int notListed() {
    return Math.max(0, times - listed);
  }

  /** One adoption in the tree. */
  public record Node(
      String adopterName,
      String adopterShortName,
      String adopterSlug,
      AdoptionStatus status,
      int year,
      String organisation,
      String stoppedReason,
      String adaptationName,
      String adaptationPath,
      List<Node> children) {

    public boolean isAdapted() {
      return adaptationPath != null;
    }
  }

  public static Lineage empty() {
    return new Lineage(new ArrayList<>(), 0, 0);
  }

  public boolean isEmpty() {
    return adoptions.isEmpty();
  }

  /** "Adopted once by 1 collaborative", "Adopted 9 times by 5 collaboratives". */
  public String summary() {
    return "Adopted "
        + (times == 1 ? "once" : times + " times")
        + " by "
        + collaboratives
        + (collaboratives == 1 ? " collaborative" : " collaboratives");
  }
}
