package org.convene.collaborative;

import java.io.Serializable;
import java.util.List;

/**
 * What a list of collaboratives shows of each one (home grid, directory). A class with getters
 * rather than a record: Expression Language 5 (Jakarta EE 10) cannot read record components.
 */
public final class CollaborativeCard implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String slug;
  private final String name;
  private final String shortName;
  private final String tagline;
  private final String regionLabel;
  private final List<UsState> states;
  private final String monogram;
  private final String logoPath;
  private final String primaryColour;
  private final String onPrimaryColour;

  private CollaborativeCard(Collaborative c, List<UsState> states) {
    this.slug = c.getSlug();
    this.name = c.getName();
    this.shortName = c.getShortName();
    this.tagline = c.getTagline();
    this.states = List.copyOf(states);
    this.regionLabel =
        c.getRegion() != null && !c.getRegion().isBlank()
            ? c.getRegion()
            : String.join(", ", this.states.stream().map(UsState::getDisplayName).toList());
    this.monogram = c.getMonogram();
    this.logoPath = c.getLogoPath();
    this.primaryColour = c.getBrand().primary().hex();
    this.onPrimaryColour = c.getBrand().onPrimary().hex();
  }

  static CollaborativeCard of(Collaborative c, List<UsState> states) {
    return new CollaborativeCard(c, states);
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public String getShortName() {
    return shortName;
  }

  public String getTagline() {
    return tagline;
  }

  /** The region as written, or else the names of the states served. */
  public String getRegionLabel() {
    return regionLabel;
  }

  public List<UsState> getStates() {
    return states;
  }

  public String getMonogram() {
    return monogram;
  }

  public String getLogoPath() {
    return logoPath;
  }

  public String getPrimaryColour() {
    return primaryColour;
  }

  public String getOnPrimaryColour() {
    return onPrimaryColour;
  }
}
