package org.convene.practice;

import java.util.List;

/**
 * The published practices presented in a series' sessions, and how often other collaboratives
 * adopted them ("5 practices presented in this series, adopted 4 times by 4 collaboratives").
 */
public record SeriesPractices(List<Practice> practices, long adoptions, long adopters) {

  public boolean isEmpty() {
    return practices.isEmpty();
  }

  public String summary() {
    int n = practices.size();
    String presented = n + (n == 1 ? " practice" : " practices") + " presented in this series";
    if (adoptions == 0) {
      return presented + ", not yet recorded as adopted elsewhere";
    }
    return presented
        + ", adopted "
        + (adoptions == 1 ? "once" : adoptions + " times")
        + " by "
        + adopters
        + (adopters == 1 ? " collaborative" : " collaboratives");
  }
}
