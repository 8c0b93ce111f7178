package org.convene.collaborative;

import java.util.Optional;

/** The states (and DC and territories) a collaborative may serve, by postal code. */
public enum UsState {
  AL("Alabama"),
  AK("Alaska"),
  AZ("Arizona"),
  AR("Arkansas"),
  CA("California"),
  CO("Colorado"),
  CT("Connecticut"),
  DE("Delaware"),
  DC("District of Columbia"),
  FL("Florida"),
  GA("Georgia"),
  HI("Hawaii"),
  ID("Idaho"),
  IL("Illinois"),
  IN("Indiana"),
  IA("Iowa"),
  KS("Kansas"),
  KY("Kentucky"),
  LA("Louisiana"),
  ME("Maine"),
  MD("Maryland"),
  MA("Massachusetts"),
  MI("Michigan"),
  MN("Minnesota"),
  MS("Mississippi"),
  MO("Missouri"),
  MT("Montana"),
  NE("Nebraska"),
  NV("Nevada"),
  NH("New Hampshire"),
  NJ("New Jersey"),
  NM("New Mexico"),
  NY("New York"),
  NC("North Carolina"),
  ND("North Dakota"),
  OH("Ohio"),
  OK("Oklahoma"),
  OR("Oregon"),
  PA("Pennsylvania"),
  RI("Rhode Island"),
  SC("South Carolina"),
  SD("South Dakota"),
  TN("Tennessee"),
  TX("Texas"),
  UT("Utah"),
  VT("Vermont"),
  VA("Virginia"),
  WA("Washington"),
  WV("West Virginia"),
  WI("Wisconsin"),
  WY("Wyoming"),
  PR("Puerto Rico"),
  GU("Guam"),
  VI("U.S. Virgin Islands");

  private final String displayName;

  UsState(String displayName) {
    this.displayName = displayName;
  }

  public String getCode() {
    return name();
  }

  public String getDisplayName() {
    return displayName;
  }

  /** The state for a postal code in any case, or empty for anything else. */
  public static Optional<UsState> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (UsState state : values()) {
      if (state.name().equalsIgnoreCase(code.trim())) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }
}
