package org.convene.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.convene.account.CurrentUser;
import org.convene.feature.FeatureKind;
import org.convene.feature.FeatureService;

/**
 * {@code #{featurePicker.events}} (and {@code series}, {@code news}): the featuring form's item
 * pickers search titles as the administrator types — ten matches, each naming its id ("… #123") —
 * instead of listing every item in the page.
 */
@Named
@ApplicationScoped
public class FeaturePicker {

  @Inject private CurrentUser user;
  @Inject private FeatureService features;

  public List<String> events(String words) {
    return labels(FeatureKind.EVENT, words);
  }

  public List<String> series(String words) {
    return labels(FeatureKind.SERIES, words);
  }

  public List<String> news(String words) {
    return labels(FeatureKind.NEWS, words);
  }

  private List<String> labels(FeatureKind kind, String words) {
    return features.candidates(user.actor(), kind, words).stream()
        .map(FeatureService.Candidate::label)
        .toList();
  }
}
